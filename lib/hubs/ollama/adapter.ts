/** The Ollama adapter, as the background and the command line see it. */
import type { HubAdapter } from '../adapter';
import { gatherOllamaFacts } from './gather';
import { modelPageUrl, ollamaModelId } from './urls';

export const ollama: HubAdapter = {
  hub: 'ollama',
  // The site, and the registry whose manifest is the fallback for the layer list.
  hosts: ['ollama.com', 'registry.ollama.ai'],
  executor: 'background',
  modelIdFromUrl: (url) => ollamaModelId(url),
  modelUrl: modelPageUrl,
  gather: gatherOllamaFacts,
};
