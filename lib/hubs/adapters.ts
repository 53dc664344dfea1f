/**
 * The background halves of the hub adapters: what the background and the command line gather facts with. One line
 * per hub (the type asks for every hub of the vocabulary). No content script imports this file: each imports only
 * its own hub's page half.
 */
import type { HubId } from '../schema/vocabulary';
import type { HubAdapter } from './adapter';
import { civitai } from './civitai/adapter';
import { huggingface } from './huggingface/adapter';
import { kaggle } from './kaggle/adapter';
import { modelscope } from './modelscope/adapter';
import { ollama } from './ollama/adapter';

export const HUB_ADAPTERS: Readonly<Record<HubId, HubAdapter>> = { huggingface, civitai, ollama, modelscope, kaggle };

export const adapterFor = (hub: HubId): HubAdapter => HUB_ADAPTERS[hub];

/** The adapter and model id of a model page URL of any supported hub. */
export function adapterForUrl(url: string): { adapter: HubAdapter; id: string } | null {
  for (const adapter of Object.values(HUB_ADAPTERS)) {
    const id = adapter.modelIdFromUrl(url);
    if (id !== null) return { adapter, id };
  }
  return null;
}
