/**
 * One metadata broker per hub, each over the executor its adapter names: Hugging Face's requests run in a live
 * huggingface.co page (same origin, the user's session); every other hub's run from the background's own fetch
 * under the manifest's host permissions.
 */
import { browser } from 'wxt/browser';
import { Broker, type KeyValueStore } from '@/lib/broker';
import type { HubAdapter } from '@/lib/hubs/adapter';
import { HUB_ADAPTERS } from '@/lib/hubs/registry';
import { ModelFactsSchema, type ModelFacts } from '@/lib/schema/model-facts';
import { HUBS, type HubId } from '@/lib/schema/vocabulary';
import { backgroundFetch } from './background-fetch';
import { RunnerPool } from './port-runner';

export interface HubServices {
  adapter: HubAdapter;
  broker: Broker<ModelFacts>;
  /** Live pages of this hub able to run requests (used when the adapter's executor is `page`). */
  pool: RunnerPool;
}

/**
 * `store` keeps the brokers' facts cache and budget: `storage.local` for normal windows; an in-memory store for
 * private (incognito) windows, whose lookups must neither run in a normal window's page (with its login) nor leave
 * anything on disk.
 */
export function createHubServices(store: KeyValueStore = browser.storage.local): Record<HubId, HubServices> {
  const services = {} as Record<HubId, HubServices>;
  for (const hub of HUBS) {
    const adapter = HUB_ADAPTERS[hub];
    const pool = new RunnerPool();
    const broker = new Broker<ModelFacts>({
      hub,
      executor:
        adapter.executor === 'page'
          ? (url, { signal }) => pool.run(url, signal)
          : (url, { signal }) => backgroundFetch(url, adapter.hosts, signal),
      store,
      factsSchema: ModelFactsSchema,
    });
    services[hub] = { adapter, broker, pool };
  }
  return services;
}

/** The hub a connected page belongs to, by its URL's host (what the browser reports, not what the page says). */
export function hubOfSender(url: string | undefined): HubId | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const bare = host.replace(/^www\./, '');
  return HUBS.find((hub) => HUB_ADAPTERS[hub].hosts.some((h) => h === host || h.replace(/^www\./, '') === bare));
}
