/** The Hugging Face adapter, as the background and the command line see it. */
import type { HubAdapter } from '../adapter';
import { hubUrl } from '../url-path';
import { huggingfaceHub } from './descriptor';
import { modelPageUrl } from './endpoints';
import { factsFromPageRecord, gatherHuggingFaceFacts, normaliseModelId } from './gather';
import { parseModelRecord } from './record';

export const huggingface: HubAdapter = {
  hub: 'huggingface',
  // Anonymous from the background; what needs the user's login (gated files, private repos) from their own page.
  executor: 'background-then-page',
  // A URL on the hub's origins only (`normaliseModelId` also takes a bare id).
  modelIdFromUrl: (url) => (hubUrl(url, huggingfaceHub.origins) ? normaliseModelId(url) : null),
  modelUrl: modelPageUrl,
  gather: (id, fetcher, options) => gatherHuggingFaceFacts(id, fetcher, options),
  // A listing card whose records leave its verdict open: its README and datasets, and its bases' READMEs.
  listingCards: true,
  pageFacts: (page) => {
    if (page.record === undefined) return undefined;
    const parsed = parseModelRecord(page.record, 'page');
    return parsed.ok ? factsFromPageRecord(parsed.record) : undefined;
  },
};
