/** The Civitai adapter, as the background and the command line see it. */
import type { HubAdapter } from '../adapter';
import { gatherCivitaiFacts } from './gather';
import { civitaiModelId, modelPageUrl } from './urls';

export const civitai: HubAdapter = {
  hub: 'civitai',
  executor: 'background',
  modelIdFromUrl: (url) => civitaiModelId(url),
  modelUrl: modelPageUrl,
  gather: gatherCivitaiFacts,
};
