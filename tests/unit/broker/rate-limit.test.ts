import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseRateLimit, parseRetryAfter } from '@/lib/broker';
import { answer, fakeExecutor, makeBroker, url } from './helpers';
import type { FetchResponse } from '@/lib/hubs/fetcher';

const START = 1_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Answers 429 with `headers` the first `times` times, then 200. */
function limitedThenOk(times: number, headers: Record<string, string>) {
  let count = 0;
  return fakeExecutor((): FetchResponse => (count++ < times ? answer(429, 'slow down', headers) : answer(200, 'ok')));
}

describe('header parsing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('12', 0)).toBe(12_000);
    expect(parseRetryAfter(new Date(START + 30_000).toUTCString(), START)).toBe(30_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('reads the RateLimit header', () => {
    expect(parseRateLimit('"api";r=0;t=120')).toEqual([{ remaining: 0, resetSeconds: 120 }]);
    expect(parseRateLimit(undefined)).toEqual([]);
  });
});

describe('429', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    const fake = limitedThenOk(1, { 'retry-after': '5' });
    const pending = makeBroker(fake.executor).fetch(url(1));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fake.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ state: 'ok' });
    expect(fake.sent).toHaveLength(2);
  });

  it("waits for the RateLimit header's reset, then succeeds", async () => {
    const fake = limitedThenOk(1, { ratelimit: '"api";r=0;t=7' });
    const pending = makeBroker(fake.executor).fetch(url(1));
    await vi.advanceTimersByTimeAsync(6_999);
    expect(fake.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ state: 'ok' });
  });

  it('gives up as rate-limited after two retries, and holds other requests back meanwhile', async () => {
    const fake = limitedThenOk(10, { 'retry-after': '2' });
    const broker = makeBroker(fake.executor);
    const pending = broker.fetch(url(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(await broker.fetch(url(2))).toMatchObject({ state: 'paused', reason: 'hub', resumesAt: START + 2_000 });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await pending).toMatchObject({ state: 'rate-limited', status: 429, retryAt: START + 6_000 });
    expect(fake.sent).toEqual([url(1), url(1), url(1)]);
  });

  it('backs off without headers: 1 s, then 2 s', async () => {
    const fake = limitedThenOk(2, {});
    const pending = makeBroker(fake.executor).fetch(url(1));
    await vi.advanceTimersByTimeAsync(999);
    expect(fake.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toMatchObject({ state: 'ok' });
    expect(fake.sent).toHaveLength(3);
  });

  it('does not sit out a wait longer than a minute: rate-limited at once, then paused', async () => {
    const fake = limitedThenOk(1, { 'retry-after': '600' });
    const broker = makeBroker(fake.executor);
    expect(await broker.fetch(url(1))).toMatchObject({ state: 'rate-limited', retryAt: START + 600_000 });
    expect(await broker.fetch(url(2))).toMatchObject({ state: 'paused', status: 429, resumesAt: START + 600_000 });
    expect(fake.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(await broker.fetch(url(2))).toMatchObject({ state: 'ok' });
  });

  it('pauses when a successful answer says nothing remains in the window', async () => {
    const fake = fakeExecutor(() => answer(200, 'ok', { ratelimit: '"api";r=0;t=30' }));
    const broker = makeBroker(fake.executor);
    expect(await broker.fetch(url(1))).toMatchObject({ state: 'ok' });
    expect(await broker.fetch(url(2))).toMatchObject({ state: 'paused', reason: 'hub', resumesAt: START + 30_000 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await broker.fetch(url(2))).toMatchObject({ state: 'ok' });
    expect(fake.sent).toEqual([url(1), url(2)]);
  });
});

describe('budget per five minutes', () => {
  it('pauses quietly once the budget is spent and resumes with the next window', async () => {
    const fake = fakeExecutor(() => answer(200, 'ok'));
    const broker = makeBroker(fake.executor, { budget: { requests: 3, windowMs: 300_000 } });
    for (let i = 0; i < 3; i++) expect(await broker.fetch(url(i))).toMatchObject({ state: 'ok' });
    const paused = await broker.fetch(url(3));
    expect(paused).toMatchObject({ state: 'paused', reason: 'budget', status: 429, resumesAt: START + 300_000 });
    expect(paused.headers['retry-after']).toBe('300');
    expect(fake.sent).toHaveLength(3);
    // Cached answers and merged callers cost nothing.
    expect(await broker.fetch(url(0))).toMatchObject({ state: 'ok', cached: true });
    await vi.advanceTimersByTimeAsync(300_000);
    expect(await broker.fetch(url(3))).toMatchObject({ state: 'ok' });
    expect(fake.sent).toHaveLength(4);
  });

  it('counts retries against the budget', async () => {
    const fake = limitedThenOk(5, { 'retry-after': '1' });
    const broker = makeBroker(fake.executor, { budget: { requests: 2, windowMs: 300_000 } });
    const pending = broker.fetch(url(1));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toMatchObject({ state: 'paused', reason: 'budget' });
    expect(fake.sent).toHaveLength(2);
    expect((await broker.status()).budget).toMatchObject({ used: 2, limit: 2 });
  });
});

describe('pauses from several answers', () => {
  it('a retry that waited out its own pause is still held back by a longer one set meanwhile', async () => {
    const fake = fakeExecutor((u): FetchResponse => answer(429, '', { 'retry-after': u === url(1) ? '2' : '600' }));
    const broker = makeBroker(fake.executor);
    const short = broker.fetch(url(1));
    const long = broker.fetch(url(2));
    expect(await long).toMatchObject({ state: 'rate-limited', retryAt: START + 600_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await short).toMatchObject({ state: 'paused', reason: 'hub', resumesAt: START + 600_000 });
    expect(fake.sent).toEqual([url(1), url(2)]);
  });

  it('a retry is not held back by the pause its own 429 set', async () => {
    const fake = limitedThenOk(1, { 'retry-after': '2' });
    const pending = makeBroker(fake.executor).fetch(url(1));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toMatchObject({ state: 'ok' });
  });
});
