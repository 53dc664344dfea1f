/**
 * Settings are never lost to cache pressure: settings live in storage.sync, the broker's facts cache in
 * storage.local. Filling the cache far past its cap (LRU eviction itself is covered in
 * tests/unit/broker/facts.test.ts, "evicts the least recently used entries…") leaves sync untouched.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Broker, type KeyValueStore } from '@/lib/broker';
import { emptyFacts, ModelFactsSchema, type ModelFacts } from '@/lib/schema/model-facts';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/utils/settings-store';

const chosen: Settings = {
  ...DEFAULT_SETTINGS,
  policy: 'mof',
  toggles: { ...DEFAULT_SETTINGS.toggles, openWeightsCaps: true },
  listingBadges: false,
  dim: { mode: 'hide', threshold: 'osaid' },
};

function bigFacts(i: number): ModelFacts {
  const facts = emptyFacts('huggingface', `org/model-${i}`, `https://huggingface.co/org/model-${i}`);
  facts.licenses = [{ id: 'other', source: 'card', text: 'x'.repeat(150_000) }];
  return facts;
}

describe('cache pressure', () => {
  beforeEach(() => fakeBrowser.reset());

  it('filling the facts cache past its cap evicts old facts in storage.local and never touches storage.sync', async () => {
    await saveSettings(chosen);
    const syncBefore = JSON.stringify(await browser.storage.sync.get(null));
    const writes: string[] = [];
    const local = browser.storage.local as unknown as KeyValueStore;
    const store: KeyValueStore = {
      get: (keys) => local.get(keys),
      set: (items) => (writes.push(...Object.keys(items)), local.set(items)),
      remove: (keys) => local.remove(keys),
    };
    const broker = new Broker<ModelFacts>({
      hub: 'huggingface',
      executor: async () => ({ status: 500, headers: {}, body: '' }),
      store,
      factsSchema: ModelFactsSchema,
      facts: { maxBytes: 1024 * 1024, ttlMs: 86_400_000 },
    });
    for (let i = 0; i < 40; i++)
      await broker.cachedFacts({ id: `org/model-${i}` }, async () => ({ ok: true, facts: bigFacts(i) }));
    await broker.flush();

    const localKeys = Object.keys(await browser.storage.local.get(null));
    const entries = localKeys.filter((k) => k.startsWith('broker:huggingface:f:'));
    // Old entries were evicted: about 1 MiB of 150 kB facts is six entries, the newest ones.
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(8);
    expect(entries).toContain('broker:huggingface:f:org/model-39');
    expect(entries).not.toContain('broker:huggingface:f:org/model-0');
    expect((await broker.status()).facts.bytes).toBeLessThanOrEqual(1024 * 1024);
    // Everything the cache wrote went to local, under its own prefix; sync is exactly as the user left it.
    expect(writes.every((key) => key.startsWith('broker:huggingface:'))).toBe(true);
    expect(JSON.stringify(await browser.storage.sync.get(null))).toBe(syncBefore);
    expect(await loadSettings()).toEqual(chosen);

    await broker.clear();
    await broker.flush();
    expect(await loadSettings()).toEqual(chosen);
  });
});
