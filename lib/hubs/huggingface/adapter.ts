/** The Hugging Face adapter, as the background and the command line see it. */
import type { HubAdapter } from '../adapter';
import { modelPageUrl } from './endpoints';
import { factsFromPageRecord, gatherHuggingFaceFacts, normaliseModelId } from './gather';
import { parseModelRecord } from './record';

export const huggingface: HubAdapter = {
  hub: 'huggingface',
  hosts: ['huggingface.co'],
  // Anonymous from the background; what needs the user's login (gated files, private repos) from their own page.
  executor: 'background-then-page',
  modelIdFromUrl: (url) => {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return null;
    }
    return host === 'huggingface.co' || host === 'www.huggingface.co' ? normaliseModelId(url) : null;
  },
  modelUrl: modelPageUrl,
  gather: (id, fetcher, options) => gatherHuggingFaceFacts(id, fetcher, options),
  pageFacts: (page) => {
    if (page.record === undefined) return undefined;
    const parsed = parseModelRecord(page.record, 'page');
    return parsed.ok ? factsFromPageRecord(parsed.record) : undefined;
  },
};
