/**
 * The Civitai half a content script needs: which model the page shows, where the badge goes, and the grid's cards.
 * Civitai's markup is not recorded in our fixtures; the badge goes after the page's first heading and floats
 * when there is none. Cards are the grid's links to a model page (the descriptor's selector).
 */
import type { HubPageAdapter } from '../adapter';
import { civitaiModelId, isModelPage } from './urls';

export const civitaiPage: HubPageAdapter = {
  hub: 'civitai',
  findModel: (_doc, href) => {
    const id = civitaiModelId(href);
    return id === null ? undefined : { hub: 'civitai', id, url: href };
  },
  badgeAnchor: (doc) => doc.querySelector('main h1, h1'),
  cardModelId: (card, base) => {
    const href = card.getAttribute('href');
    if (href === null) return undefined;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return undefined;
    }
    // A card always names the model, never a version: the grid shows models.
    return isModelPage(url) ? (civitaiModelId(url.origin + url.pathname) ?? undefined) : undefined;
  },
};
