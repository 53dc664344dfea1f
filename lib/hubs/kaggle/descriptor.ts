/** Kaggle Models (beta), as data (lib/hubs/descriptor.ts). */
import type { HubDescriptor } from '../descriptor';

export const kaggleHub = {
  id: 'kaggle',
  label: 'Kaggle Models',
  beta: true,
  origins: ['https://www.kaggle.com'],
  // No anonymous API: the facts are what the page renders, sent by the content script; no host permission.
  fetchHosts: [],
  // No listing badges: a card's facts could only come from the model's own page.
  // Not recorded: the `dark` class on <html> is read, as on the other hubs; otherwise the system preference.
  theme: { attribute: 'class', dark: 'dark' },
} as const satisfies HubDescriptor;
