/** The ModelScope adapter, as the background and the command line see it. */
import type { HubAdapter } from '../adapter';
import { gatherModelScopeFacts } from './gather';
import { modelPageUrl, modelscopeModelId } from './urls';

export const modelscope: HubAdapter = {
  hub: 'modelscope',
  executor: 'background',
  modelIdFromUrl: (url) => modelscopeModelId(url),
  modelUrl: modelPageUrl,
  gather: gatherModelScopeFacts,
};
