import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchFollowing } from '@/lib/hubs/huggingface/gather';
import { BROKER_STATE_HEADER } from '@/lib/broker';
import { answer, deferred, fakeExecutor, makeBroker, url } from './helpers';
import type { FetchResponse } from '@/lib/hubs/fetcher';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('states', () => {
  it('parses a JSON answer and says so in the state header too', async () => {
    const fake = fakeExecutor(() => answer(200, { id: 'org/m1' }));
    const result = await makeBroker(fake.executor).fetch(url(1), { accept: 'json' });
    expect(result).toMatchObject({ state: 'ok', status: 200, json: { id: 'org/m1' }, cached: false });
    expect(result.headers[BROKER_STATE_HEADER]).toBe('ok');
  });

  it.each<[string, FetchResponse, Record<string, unknown>]>([
    ['401', answer(401, { error: 'Invalid username or password.' }), { state: 'not-found-or-private', status: 401 }],
    [
      '403 gated',
      answer(403, { error: 'Access restricted' }, { 'x-error-code': 'GatedRepo' }),
      { state: 'gated', message: 'Access restricted' },
    ],
    [
      '403 disabled',
      answer(403, {}, { 'x-error-message': 'Access to this resource is disabled.' }),
      { state: 'disabled', status: 403 },
    ],
    ['403 other', answer(403, { error: 'no' }), { state: 'forbidden', status: 403 }],
    ['404', answer(404, {}, { 'x-error-code': 'RepoNotFound' }), { state: 'not-found', code: 'RepoNotFound' }],
    ['500', answer(500, 'oops'), { state: 'hub-error', status: 500 }],
    ['503', answer(503, 'down'), { state: 'hub-error', status: 503 }],
    ['status 0', answer(0, ''), { state: 'network-error', status: 0 }],
    ['invalid JSON', answer(200, '<html>not json'), { state: 'invalid-response', status: 200 }],
    [
      '307',
      answer(307, 'Temporary Redirect', { location: '/api/models/org/other' }),
      { state: 'redirect', location: '/api/models/org/other' },
    ],
  ])('names %s', async (_name, response, expected) => {
    const fake = fakeExecutor(() => response);
    expect(await makeBroker(fake.executor).fetch(url(1), { accept: 'json' })).toMatchObject(expected);
  });

  it('reports a thrown executor as a network error', async () => {
    const fake = fakeExecutor(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await makeBroker(fake.executor).fetch(url(1))).toMatchObject({
      state: 'network-error',
      status: 0,
      message: 'Failed to fetch',
    });
  });

  it('refuses answers over the size cap, by body or by declared length', async () => {
    const big = fakeExecutor(() => answer(200, 'x'.repeat(2_000)));
    expect(await makeBroker(big.executor, { maxResponseBytes: 1_000 }).fetch(url(1))).toMatchObject({
      state: 'too-large',
      status: 413,
      body: '',
    });
    const declared = fakeExecutor(() => answer(200, 'small', { 'Content-Length': '99999' }));
    expect(await makeBroker(declared.executor, { maxResponseBytes: 1_000 }).fetch(url(1))).toMatchObject({
      state: 'too-large',
    });
  });

  it('times out after 10 s and aborts the executor', async () => {
    const fake = fakeExecutor(() => new Promise<FetchResponse>(() => {}));
    const pending = makeBroker(fake.executor).fetch(url(1));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fake.signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ state: 'timeout', status: 0 });
    expect(fake.signals[0]?.aborted).toBe(true);
  });

  it('keeps hub adapters working: fetchFollowing follows a redirect through the broker', async () => {
    const fake = fakeExecutor((u) =>
      u.endsWith('/old') ? answer(307, '', { location: '/api/models/org/new' }) : answer(200, { id: 'org/new' }),
    );
    const res = await fetchFollowing(
      makeBroker(fake.executor).fetcher(),
      'https://huggingface.co/api/models/old',
      'json',
    );
    expect(res.status).toBe(200);
    expect(fake.sent).toEqual(['https://huggingface.co/api/models/old', 'https://huggingface.co/api/models/org/new']);
  });
});

describe('merging, concurrency and the response cache', () => {
  it('sends one request for identical concurrent callers', async () => {
    const gate = deferred<FetchResponse>();
    const fake = fakeExecutor(() => gate.promise);
    const broker = makeBroker(fake.executor);
    const callers = [1, 2, 3].map(() => broker.fetch(url(1), { accept: 'json' }));
    await vi.advanceTimersByTimeAsync(0);
    gate.resolve(answer(200, { id: 'org/m1' }));
    const results = await Promise.all(callers);
    expect(fake.sent).toHaveLength(1);
    expect(results.map((r) => r.state)).toEqual(['ok', 'ok', 'ok']);
  });

  it('never has more than 4 requests in flight, and sends them all in the end', async () => {
    const fake = fakeExecutor(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return answer(200, {});
    });
    const broker = makeBroker(fake.executor);
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => broker.fetch(url(i))));
    await vi.advanceTimersByTimeAsync(1_000);
    const results = await all;
    expect(fake.stats.maxActive).toBe(4);
    expect(fake.sent).toHaveLength(10);
    expect(results.every((r) => r.state === 'ok')).toBe(true);
  });

  it('answers a repeated small success from memory, unless asked for a fresh one', async () => {
    const fake = fakeExecutor(() => answer(200, { id: 'org/m1' }));
    const broker = makeBroker(fake.executor);
    await broker.fetch(url(1), { accept: 'json' });
    const again = await broker.fetch(url(1), { accept: 'json' });
    expect(again).toMatchObject({ state: 'ok', cached: true, json: { id: 'org/m1' } });
    expect(fake.sent).toHaveLength(1);
    await broker.fetch(url(1), { accept: 'json', fresh: true });
    expect(fake.sent).toHaveLength(2);
  });

  it('remembers definite "no such repo" answers, never transient failures; the cache can be turned off', async () => {
    const missing = fakeExecutor(() => answer(404));
    const broker = makeBroker(missing.executor);
    await broker.fetch(url(1));
    expect(await broker.fetch(url(1))).toMatchObject({ state: 'not-found', status: 404 });
    expect(missing.sent).toHaveLength(1);
    const failing = fakeExecutor(() => answer(503));
    const flaky = makeBroker(failing.executor);
    await flaky.fetch(url(1));
    await flaky.fetch(url(1));
    expect(failing.sent).toHaveLength(2);
    const ok = fakeExecutor(() => answer(200, {}));
    const uncached = makeBroker(ok.executor, { responses: false });
    await uncached.fetch(url(1));
    await uncached.fetch(url(1));
    expect(ok.sent).toHaveLength(2);
  });
});

describe('cancellation', () => {
  it('cancels a single caller at once and aborts its request', async () => {
    const fake = fakeExecutor(() => new Promise<FetchResponse>(() => {}));
    const controller = new AbortController();
    const pending = makeBroker(fake.executor).fetch(url(1), { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await pending).toMatchObject({ state: 'cancelled', status: 0 });
    expect(fake.signals[0]?.aborted).toBe(true);
  });

  it('keeps a merged request going while one caller remains', async () => {
    const gate = deferred<FetchResponse>();
    const fake = fakeExecutor(() => gate.promise);
    const broker = makeBroker(fake.executor);
    const leaving = new AbortController();
    const staying = new AbortController();
    const first = broker.fetch(url(1), { signal: leaving.signal });
    const second = broker.fetch(url(1), { signal: staying.signal });
    await vi.advanceTimersByTimeAsync(0);
    leaving.abort();
    expect(await first).toMatchObject({ state: 'cancelled' });
    expect(fake.signals[0]?.aborted).toBe(false);
    gate.resolve(answer(200, 'ok'));
    expect(await second).toMatchObject({ state: 'ok', body: 'ok' });
    expect(fake.sent).toHaveLength(1);
  });

  it('aborts a merged request when its last caller cancels', async () => {
    const fake = fakeExecutor(() => new Promise<FetchResponse>(() => {}));
    const broker = makeBroker(fake.executor);
    const a = new AbortController();
    const b = new AbortController();
    const results = [broker.fetch(url(1), { signal: a.signal }), broker.fetch(url(1), { signal: b.signal })];
    await vi.advanceTimersByTimeAsync(0);
    a.abort();
    b.abort();
    expect((await Promise.all(results)).map((r) => r.state)).toEqual(['cancelled', 'cancelled']);
    expect(fake.signals[0]?.aborted).toBe(true);
  });

  it('never sends a request cancelled while it waited for a slot', async () => {
    const fake = fakeExecutor(() => new Promise<FetchResponse>(() => {}));
    const broker = makeBroker(fake.executor, { timeoutMs: 60_000 });
    for (let i = 0; i < 4; i++) void broker.fetch(url(i));
    const controller = new AbortController();
    const queued = broker.fetch(url('queued'), { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await queued).toMatchObject({ state: 'cancelled' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.sent).not.toContain(url('queued'));
  });
});
