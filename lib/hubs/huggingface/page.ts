/** The Hugging Face half a content script needs: the model on the page, the badge's place, the listing cards. */
import type { HubPageAdapter } from '../adapter';
import { cardModelId } from './card-id';
import { findModelOnPage } from './find-model';

export const huggingfacePage: HubPageAdapter = {
  hub: 'huggingface',
  findModel: findModelOnPage,
  // Next to the model's name in the header.
  badgeAnchor: (doc) =>
    doc.querySelector('[data-target="ModelHeader"] header h1') ?? doc.querySelector('main header h1'),
  cardModelId,
};
