/** The MV3 service worker may stop at any time: a new broker over the same store carries on where the old one was. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore, type Computed } from '@/lib/broker';
import { answer, fakeExecutor, makeBroker, url, type Facts } from './helpers';

const START = 1_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a restart in the middle', () => {
  it('keeps the facts cache and the spent budget', async () => {
    const store = memoryStore();
    const budget = { requests: 3, windowMs: 300_000 };
    const before = fakeExecutor(() => answer(200, 'ok'));
    const first = makeBroker(before.executor, { store, budget });
    await first.fetch(url(1));
    await first.fetch(url(2));
    await first.cachedFacts({ id: 'a', revision: 'r1' }, async () => ({
      ok: true,
      facts: { id: 'a', license: 'apache-2.0' },
    }));
    await first.flush();

    await vi.advanceTimersByTimeAsync(60_000);
    const after = fakeExecutor(() => answer(200, 'ok'));
    const second = makeBroker(after.executor, { store, budget });
    let computed = 0;
    const compute = async (): Promise<Computed<Facts, string>> => {
      computed++;
      return { ok: true, facts: { id: 'a', license: 'other' } };
    };
    expect(await second.cachedFacts({ id: 'a', revision: 'r1' }, compute)).toEqual({
      state: 'cached',
      facts: { id: 'a', license: 'apache-2.0' },
    });
    expect(computed).toBe(0);
    // Two of three spent before the restart: one more, then paused until the window that began before it ends.
    expect(await second.fetch(url(3))).toMatchObject({ state: 'ok' });
    expect(await second.fetch(url(4))).toMatchObject({
      state: 'paused',
      reason: 'budget',
      resumesAt: START + 300_000,
    });
    expect(after.sent).toEqual([url(3)]);
  });

  it("keeps the hub's pause", async () => {
    const store = memoryStore();
    const first = makeBroker(fakeExecutor(() => answer(429, '', { 'retry-after': '600' })).executor, { store });
    expect(await first.fetch(url(1))).toMatchObject({ state: 'rate-limited' });
    await first.flush();
    const after = fakeExecutor(() => answer(200, 'ok'));
    const second = makeBroker(after.executor, { store });
    expect(await second.fetch(url(2))).toMatchObject({ state: 'paused', reason: 'hub', resumesAt: START + 600_000 });
    expect(after.sent).toHaveLength(0);
  });

  it('keeps the LRU order and size across the restart', async () => {
    const store = memoryStore();
    const facts = { maxBytes: 800, ttlMs: 24 * 60 * 60 * 1000 };
    const noNetwork = fakeExecutor(() => answer(500)).executor;
    const compute = (id: string) => async (): Promise<Computed<Facts, string>> => ({
      ok: true,
      facts: { id, license: 'mit' },
    });
    const first = makeBroker(noNetwork, { store, facts });
    for (const id of ['a', 'b', 'c', 'a']) await first.cachedFacts({ id }, compute(id));
    await first.flush();
    const second = makeBroker(noNetwork, { store, facts });
    await second.cachedFacts({ id: 'd' }, compute('d')); // evicts b, the least recently used before the restart
    await second.flush();
    expect(store.data.has('broker:test:f:b')).toBe(false);
    expect(await second.cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({ state: 'cached' });
  });
});
