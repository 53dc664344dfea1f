/** Hugging Face, as data (lib/hubs/descriptor.ts). */
import type { HubDescriptor } from '../descriptor';

export const huggingfaceHub = {
  id: 'huggingface',
  label: 'Hugging Face',
  origins: ['https://huggingface.co'],
  fetchHosts: ['huggingface.co'],
  // Search results, profiles, collections, the model tree and sidebars share one card; its title is an <h4>.
  cards: { selector: 'article.overview-card-wrapper', title: 'h4' },
  // The site sets `dark` or `light` on <html>, following its own switch or the system.
  theme: { attribute: 'class', dark: 'dark', light: 'light' },
} as const satisfies HubDescriptor;
