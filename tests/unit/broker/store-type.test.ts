/** The background's real arguments fit the broker's types: `browser.storage.local` and the ModelFacts schema. */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { Broker, memoryStore, type KeyValueStore } from '@/lib/broker';
import { ModelFactsSchema, type ModelFacts } from '@/lib/schema/model-facts';

describe('wiring types', () => {
  it('accepts browser.storage.local as the store', () => {
    const accept = (area: Browser.storage.LocalStorageArea): KeyValueStore => area;
    expect(typeof accept).toBe('function');
  });

  it('accepts ModelFactsSchema as the facts schema', () => {
    const broker: Broker<ModelFacts> = new Broker({
      hub: 'huggingface',
      executor: async () => ({ status: 0, headers: {}, body: '' }),
      store: memoryStore(),
      factsSchema: ModelFactsSchema,
    });
    expect(broker).toBeInstanceOf(Broker);
  });
});
