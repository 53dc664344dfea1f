/** The Ollama half a content script needs: the model on the page, the badge's place, the library's cards. */
import type { HubPageAdapter } from '../adapter';
import { ollamaModelId } from './urls';

export const ollamaPage: HubPageAdapter = {
  hub: 'ollama',
  findModel: (_doc, href) => {
    const id = ollamaModelId(href);
    return id === null ? undefined : { hub: 'ollama', id, url: href };
  },
  // After the model's name in the header (`x-test-model-name`).
  badgeAnchor: (doc) => doc.querySelector('[x-test-model-name]')?.parentElement ?? null,
  cardModelId: (card, base) => {
    const href = card.querySelector('a[href]')?.getAttribute('href');
    if (!href) return undefined;
    try {
      return ollamaModelId(new URL(href, base)) ?? undefined;
    } catch {
      return undefined;
    }
  },
};
