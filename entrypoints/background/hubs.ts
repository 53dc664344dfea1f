/**
 * One metadata broker per hub, each over the executor its adapter names: every request runs from the background's
 * own fetch under the manifest's host permissions, anonymously; for Hugging Face, one that needs the user's login
 * (a gated model's files, a private repo) runs again in a live huggingface.co page (same origin, their session).
 */
import { browser } from 'wxt/browser';
import { Broker, withSessionFallback, type Executor, type KeyValueStore } from '@/lib/broker';
import type { HubAdapter } from '@/lib/hubs/adapter';
import type { HubDescriptor } from '@/lib/hubs/descriptor';
import { HUB_ADAPTERS } from '@/lib/hubs/adapters';
import { HUB_DESCRIPTORS, hubOfOrigin } from '@/lib/hubs/registry';
import { ModelFactsSchema, type ModelFacts } from '@/lib/schema/model-facts';
import { HUBS, type HubId } from '@/lib/schema/vocabulary';
import { backgroundFetch } from './background-fetch';
import { RunnerPool } from './port-runner';

export interface HubServices {
  descriptor: HubDescriptor;
  adapter: HubAdapter;
  broker: Broker<ModelFacts>;
  /** Live pages of this hub able to run requests with the user's session (executor `background-then-page`). */
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
    const descriptor = HUB_DESCRIPTORS[hub];
    const adapter = HUB_ADAPTERS[hub];
    const pool = new RunnerPool();
    const anonymous: Executor = (url, { signal }) => backgroundFetch(url, descriptor.fetchHosts, signal);
    const broker = new Broker<ModelFacts>({
      hub,
      executor:
        adapter.executor === 'background-then-page'
          ? withSessionFallback(anonymous, (url, { signal }) => pool.run(url, signal))
          : anonymous,
      store,
      factsSchema: ModelFactsSchema,
    });
    services[hub] = { descriptor, adapter, broker, pool };
  }
  return services;
}

/** The hub a connected page belongs to, by its URL's origin (what the browser reports, not what the page says). */
export const hubOfSender = (url: string | undefined): HubId | undefined => hubOfOrigin(url)?.id;
