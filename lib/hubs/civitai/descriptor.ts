/** Civitai, as data (lib/hubs/descriptor.ts). */
import type { HubDescriptor } from '../descriptor';

export const civitaiHub = {
  id: 'civitai',
  label: 'Civitai',
  origins: ['https://civitai.com'],
  // The public REST API (`/api/v1/models/{id}`, `/api/v1/model-versions/{id}`).
  fetchHosts: ['civitai.com'],
  // A card of the model grid: a link to `/models/{id}` that holds an image (title links elsewhere hold none).
  cards: { selector: 'a[href^="/models/"]:has(img), a[href^="https://civitai.com/models/"]:has(img)' },
  // Not recorded: the `dark` class on <html> is read, as on the other hubs; otherwise the system preference.
  theme: { attribute: 'class', dark: 'dark' },
} as const satisfies HubDescriptor;
