import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore, type Computed } from '@/lib/broker';
import { answer, deferred, fakeExecutor, makeBroker, type Facts } from './helpers';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

const noNetwork = fakeExecutor(() => answer(500)).executor;

/** A computation that counts its runs. */
function counting(license = 'mit', extra: Partial<Extract<Computed<Facts, string>, { ok: true }>> = {}) {
  const runs: string[] = [];
  const compute = (id: string) => async (): Promise<Computed<Facts, string>> => {
    runs.push(id);
    return { ok: true, facts: { id, license }, ...extra };
  };
  return { runs, compute };
}

describe('cachedFacts', () => {
  it('computes once, then answers from the cache', async () => {
    const broker = makeBroker(noNetwork);
    const { runs, compute } = counting();
    expect(await broker.cachedFacts({ id: 'a', revision: 'r1' }, compute('a'))).toEqual({
      state: 'computed',
      facts: { id: 'a', license: 'mit' },
    });
    expect(await broker.cachedFacts({ id: 'a', revision: 'r1' }, compute('a'))).toEqual({
      state: 'cached',
      facts: { id: 'a', license: 'mit' },
    });
    // Without a revision, whatever revision is cached will do.
    expect(await broker.cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({ state: 'cached' });
    expect(runs).toEqual(['a']);
  });

  it('recomputes when the revision changed, and the new entry replaces the old', async () => {
    const broker = makeBroker(noNetwork);
    const { runs, compute } = counting();
    await broker.cachedFacts({ id: 'a', revision: 'r1' }, compute('a'));
    expect(await broker.cachedFacts({ id: 'a', revision: 'r2' }, compute('a'))).toMatchObject({ state: 'computed' });
    expect(await broker.cachedFacts({ id: 'a', revision: 'r2' }, compute('a'))).toMatchObject({ state: 'cached' });
    expect(await broker.cachedFacts({ id: 'a', revision: 'r1' }, compute('a'))).toMatchObject({ state: 'computed' });
    expect(runs).toEqual(['a', 'a', 'a']);
  });

  it('stores the revision the computation learnt', async () => {
    const broker = makeBroker(noNetwork);
    const { runs, compute } = counting('mit', { revision: 'sha1' });
    await broker.cachedFacts({ id: 'a' }, compute('a'));
    expect(await broker.cachedFacts({ id: 'a', revision: 'sha1' }, compute('a'))).toMatchObject({ state: 'cached' });
    expect(runs).toHaveLength(1);
  });

  it('expires entries after one day, and recomputes on a fresh request or after forget', async () => {
    const broker = makeBroker(noNetwork);
    const { runs, compute } = counting();
    await broker.cachedFacts({ id: 'a' }, compute('a'));
    await vi.advanceTimersByTimeAsync(DAY - 1);
    expect(await broker.cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({ state: 'cached' });
    await vi.advanceTimersByTimeAsync(1);
    expect(await broker.cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({ state: 'computed' });
    expect(await broker.cachedFacts({ id: 'a' }, compute('a'), { fresh: true })).toMatchObject({ state: 'computed' });
    await broker.forget('a');
    expect(await broker.cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({ state: 'computed' });
    expect(runs).toHaveLength(4);
  });

  it('does not cache failures or facts marked skip; keeps memory-only facts out of the store', async () => {
    const store = memoryStore();
    const broker = makeBroker(noNetwork, { store });
    const failing = async (): Promise<Computed<Facts, string>> => ({ ok: false, error: 'model-not-found' });
    expect(await broker.cachedFacts({ id: 'x' }, failing)).toEqual({ state: 'failed', error: 'model-not-found' });
    expect(await broker.cachedFacts({ id: 'x' }, failing)).toMatchObject({ state: 'failed' });

    const skipped = counting('mit', { cache: 'skip' });
    await broker.cachedFacts({ id: 's' }, skipped.compute('s'));
    await broker.cachedFacts({ id: 's' }, skipped.compute('s'));
    expect(skipped.runs).toHaveLength(2);

    const memory = counting('mit', { cache: 'memory' });
    await broker.cachedFacts({ id: 'private' }, memory.compute('private'));
    expect(await broker.cachedFacts({ id: 'private' }, memory.compute('private'))).toMatchObject({ state: 'cached' });
    await broker.flush();
    expect([...store.data.keys()].some((key) => key.includes('private'))).toBe(false);
    expect([...store.data.values()].some((value) => value.includes('private'))).toBe(false);
  });

  it('runs one computation for concurrent callers; one caller cancelling leaves it running', async () => {
    const broker = makeBroker(noNetwork);
    const gate = deferred<Computed<Facts, string>>();
    let runs = 0;
    let seen: AbortSignal | undefined;
    const compute = (signal: AbortSignal) => {
      runs++;
      seen = signal;
      return gate.promise;
    };
    const leaving = new AbortController();
    const first = broker.cachedFacts({ id: 'a' }, compute, { signal: leaving.signal });
    const second = broker.cachedFacts({ id: 'a' }, compute);
    await vi.advanceTimersByTimeAsync(0);
    leaving.abort();
    expect(await first).toEqual({ state: 'cancelled' });
    expect(seen?.aborted).toBe(false);
    gate.resolve({ ok: true, facts: { id: 'a', license: 'mit' } });
    expect(await second).toMatchObject({ state: 'computed' });
    expect(runs).toBe(1);
  });

  it('aborts the computation when its only caller cancels, and caches nothing from it', async () => {
    const broker = makeBroker(noNetwork);
    const gate = deferred<Computed<Facts, string>>();
    let seen: AbortSignal | undefined;
    const controller = new AbortController();
    const pending = broker.cachedFacts(
      { id: 'a' },
      (signal) => {
        seen = signal;
        return gate.promise;
      },
      { signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await pending).toEqual({ state: 'cancelled' });
    expect(seen?.aborted).toBe(true);
    gate.resolve({ ok: true, facts: { id: 'a', license: 'partial' } });
    await vi.advanceTimersByTimeAsync(0);
    const { runs, compute } = counting();
    expect(await broker.cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({ state: 'computed' });
    expect(runs).toHaveLength(1);
  });

  it('evicts the least recently used entries to stay under the byte cap, in memory and in the store', async () => {
    const store = memoryStore();
    // Each entry costs a little over 200 bytes; room for three.
    const broker = makeBroker(noNetwork, { store, facts: { maxBytes: 800, ttlMs: DAY } });
    const { runs, compute } = counting();
    for (const id of ['a', 'b', 'c']) await broker.cachedFacts({ id }, compute(id));
    await broker.cachedFacts({ id: 'a' }, compute('a')); // a is now the most recently used
    await broker.cachedFacts({ id: 'd' }, compute('d')); // b goes
    await broker.flush();
    expect([...store.data.keys()].filter((key) => key.includes(':f:')).sort()).toEqual([
      'broker:test:f:a',
      'broker:test:f:c',
      'broker:test:f:d',
    ]);
    expect((await broker.status()).facts.bytes).toBeLessThanOrEqual(800);
    runs.length = 0;
    for (const id of ['a', 'c', 'd', 'b']) await broker.cachedFacts({ id }, compute(id));
    expect(runs).toEqual(['b']);
  });

  it('recomputes facts whose stored form no longer fits the schema', async () => {
    const store = memoryStore();
    const first = makeBroker(noNetwork, { store });
    await first.cachedFacts({ id: 'a' }, counting().compute('a'));
    await first.flush();
    const entry = JSON.parse(store.data.get('broker:test:f:a') ?? '{}') as { v: unknown };
    entry.v = { id: 'a', license: 42 };
    store.data.set('broker:test:f:a', JSON.stringify(entry));
    const { runs, compute } = counting();
    expect(await makeBroker(noNetwork, { store }).cachedFacts({ id: 'a' }, compute('a'))).toMatchObject({
      state: 'computed',
    });
    expect(runs).toHaveLength(1);
  });
});
