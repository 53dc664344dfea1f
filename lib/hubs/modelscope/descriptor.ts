/** ModelScope, as data (lib/hubs/descriptor.ts). */
import type { HubDescriptor } from '../descriptor';

export const modelscopeHub = {
  id: 'modelscope',
  label: 'ModelScope',
  // The site answers on both hosts.
  origins: ['https://modelscope.cn', 'https://www.modelscope.cn'],
  // `/api/v1/models/{owner}/{name}`.
  fetchHosts: ['modelscope.cn'],
  // Links to a model page that hold a heading (a client-rendered app; its markup is not recorded).
  cards: { selector: 'a[href^="/models/"]:has(h2, h3, h4)' },
  // Not recorded: the `dark` class on <html> is read, as on the other hubs; otherwise the system preference.
  theme: { attribute: 'class', dark: 'dark' },
} as const satisfies HubDescriptor;
