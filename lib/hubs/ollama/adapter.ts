/** The Ollama adapter, as the background and the command line see it. */
import type { HubAdapter } from '../adapter';
import { gatherOllamaFacts } from './gather';
import { modelPageUrl, ollamaModelId } from './urls';

export const ollama: HubAdapter = {
  hub: 'ollama',
  executor: 'background',
  modelIdFromUrl: (url) => ollamaModelId(url),
  modelUrl: modelPageUrl,
  gather: gatherOllamaFacts,
};
