/**
 * The ModelScope half a content script needs. ModelScope's markup is not recorded (a client-rendered app):
 * the badge goes after the first heading, floating when there is none; cards are links to a
 * model page that hold a heading (the descriptor's selector).
 */
import type { HubPageAdapter } from '../adapter';
import { modelscopeModelId } from './urls';

export const modelscopePage: HubPageAdapter = {
  hub: 'modelscope',
  findModel: (_doc, href) => {
    const id = modelscopeModelId(href);
    return id === null ? undefined : { hub: 'modelscope', id, url: href };
  },
  badgeAnchor: (doc) => doc.querySelector('main h1, h1'),
  cardModelId: (card, base) => {
    const href = card.getAttribute('href');
    if (!href) return undefined;
    try {
      return modelscopeModelId(new URL(href, base)) ?? undefined;
    } catch {
      return undefined;
    }
  },
};
