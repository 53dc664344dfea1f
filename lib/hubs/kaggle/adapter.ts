/**
 * The Kaggle Models adapter (beta). Kaggle has no anonymous API, so the facts are what the page rendered, sent by
 * the content script; the adapter asks the hub nothing.
 */
import type { HubAdapter } from '../adapter';
import { kaggleToFacts } from './to-facts';
import { kaggleModelId, modelPageUrl } from './urls';

export const kaggle: HubAdapter = {
  hub: 'kaggle',
  executor: 'background',
  modelIdFromUrl: (url) => kaggleModelId(url),
  modelUrl: modelPageUrl,
  gather: (id) => Promise.resolve({ status: 'error', reason: { code: 'page-only', params: { id: id.slice(0, 256) } } }),
  pageFacts: (page) => kaggleToFacts(page.id, page.record),
};
