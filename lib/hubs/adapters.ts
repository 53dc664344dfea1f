/**
 * The hub adapters the background and the command line know. Adding a hub: a folder `lib/hubs/<hub>/`, a line here,
 * a line in `HUB_PAGES` (lib/hubs/pages.ts) and a content-script entrypoint; the engine and the UI do not change.
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

/** The hosts the background's own fetch asks: the manifest's host permissions are exactly these. */
export const backgroundFetchHosts = (): string[] =>
  Object.values(HUB_ADAPTERS)
    .filter((a) => !a.pageOnly)
    .flatMap((a) => [...a.hosts]);
