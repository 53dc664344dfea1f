/** Ollama, as data (lib/hubs/descriptor.ts). */
import type { HubDescriptor } from '../descriptor';

export const ollamaHub = {
  id: 'ollama',
  label: 'Ollama',
  origins: ['https://ollama.com'],
  // The site (tag pages, layer pages), and the registry whose manifest is the fallback for the layer list.
  fetchHosts: ['ollama.com', 'registry.ollama.ai'],
  // The library's and the search's list items.
  cards: { selector: 'li[x-test-model]' },
  // Not recorded: the `dark` class on <html> is read, as on the other hubs; otherwise the system preference.
  theme: { attribute: 'class', dark: 'dark' },
} as const satisfies HubDescriptor;
