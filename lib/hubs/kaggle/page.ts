/** The Kaggle half a content script needs (beta): the model on the page and what the page renders about it. */
import type { HubPageAdapter } from '../adapter';
import { readKagglePage } from './page-record';
import { kaggleModelId } from './urls';

export const kagglePage: HubPageAdapter = {
  hub: 'kaggle',
  findModel: (doc, href) => {
    const id = kaggleModelId(href);
    return id === null ? undefined : { hub: 'kaggle', id, url: href, record: readKagglePage(doc) };
  },
  badgeAnchor: (doc) => doc.querySelector('main h1, h1'),
};
