/**
 * The metadata broker: the one path every hub request takes. One instance per hub, over an executor that actually
 * sends (the page's content script for Hugging Face, the background's fetch elsewhere). It merges identical
 * requests, caps concurrency, keeps to a request budget, honours the hub's 429s, times out, names every outcome
 * (`BrokerResult`), and caches derived facts in memory and in the persistent store.
 *
 * Pure TypeScript: no browser API. Time comes from the injected clock; persistence from the injected store.
 */
import type * as z from 'zod/mini';
import type { FetchInit, FetchResponse, Fetcher } from '../hubs/fetcher';
import { sleep, systemClock, type Clock } from './clock';
import { FactsCache, type FactsKey } from './facts-cache';
import { ByteLru } from './lru';
import { hubWaitMs, RateBudget, type Gate } from './rate-limit';
import { SharedWork } from './shared';
import { Slots } from './slots';
import { answered, classify, synthetic, type BrokerResult } from './states';
import { utf8Bytes, WriteQueue, type KeyValueStore } from './store';

const REMEMBERED: ReadonlySet<BrokerResult['state']> = new Set(['ok', 'not-found', 'not-found-or-private']);

export interface ExecutorInit extends FetchInit {
  /** Aborted on timeout, or when every caller of the request cancelled. */
  signal: AbortSignal;
  /** Bodies larger than this are refused anyway; an executor may stop reading early. */
  maxBytes: number;
}

/** Sends one request. A plain `Fetcher` qualifies (it just ignores the signal). Throwing counts as network error. */
export type Executor = (url: string, init: ExecutorInit) => Promise<FetchResponse>;

export interface BrokerRequestInit extends FetchInit {
  /** Cancels this caller's interest; the request itself stops when all its callers cancelled. */
  signal?: AbortSignal;
  /** Skip the in-memory response cache (a user's "check again"). */
  fresh?: boolean;
}

export interface BrokerOptions<F> {
  /** Names the hub; namespaces the broker's keys in the store (`broker:<hub>:`). */
  hub: string;
  executor: Executor;
  store: KeyValueStore;
  /** Validates facts read back from the store; entries that fail (e.g. after a schema change) are recomputed. */
  factsSchema: z.ZodMiniType<F>;
  clock?: Clock;
  /** Requests in flight at once (default 4). */
  maxConcurrent?: number;
  /** Per attempt, from when it is sent (default 10 s). */
  timeoutMs?: number;
  /** Larger answers become `too-large` (default 12 MiB). */
  maxResponseBytes?: number;
  /** Our own budget: at most `requests` sent per fixed `windowMs` (default 300 per 5 minutes). */
  budget?: { requests: number; windowMs: number };
  /** 429 handling: retries after the first attempt (default 2), longest wait we sit out (60 s), backoff base (1 s). */
  retry?: { maxRetries: number; maxWaitMs: number; baseDelayMs: number };
  /** Derived facts (default 4 MiB, one day). */
  facts?: { maxBytes: number; ttlMs: number };
  /** Successful small answers, memory only (default 2 MiB, 256 KiB each, 10 minutes); false for none. */
  responses?: { maxBytes: number; maxEntryBytes: number; ttlMs: number } | false;
  /** Store writes that failed (quota, storage unavailable); the broker carries on in memory. */
  onStoreError?: (error: unknown) => void;
}

/** What a facts computation produced. */
export type Computed<F, E> =
  | {
      ok: true;
      facts: F;
      /** The revision the facts describe, if the computation learnt it (stored instead of the key's). */
      revision?: string;
      /**
       * `persist` (default): memory and store. `memory`: this service worker's life only, e.g. facts from a private
       * or gated repo read with the user's session. `skip`: not cached, e.g. incomplete because a request was paused.
       */
      cache?: 'persist' | 'memory' | 'skip';
    }
  | { ok: false; error: E };

export type FactsAnswer<F, E> =
  { state: 'cached' | 'computed'; facts: F } | { state: 'failed'; error: E } | { state: 'cancelled' };

export interface BrokerStatus {
  budget: { used: number; limit: number; windowEndsAt: number; pausedUntil?: number };
  facts: { bytes: number };
  inFlight: number;
}

const MiB = 1024 * 1024;

const cancelled = (): BrokerResult => synthetic('cancelled', 0, {});

function paused(gate: Extract<Gate, { ok: false }>, now: number): BrokerResult {
  const seconds = String(Math.max(1, Math.ceil((gate.resumesAt - now) / 1000)));
  return synthetic('paused', 429, { reason: gate.reason, resumesAt: gate.resumesAt }, { 'retry-after': seconds });
}

function lowercaseHeaders(res: FetchResponse): FetchResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers ?? {})) headers[name.toLowerCase()] = String(value);
  return { status: res.status, headers, body: typeof res.body === 'string' ? res.body : '' };
}

export class Broker<F> {
  /** Resolves once the stored budget and facts index are loaded; every method waits for it. */
  readonly ready: Promise<void>;
  private readonly clock: Clock;
  private readonly writes: WriteQueue;
  private readonly budget: RateBudget;
  private readonly facts: FactsCache<F>;
  private readonly slots: Slots;
  private readonly requests = new SharedWork<BrokerResult>();
  private readonly computing = new SharedWork<FactsAnswer<F, unknown>>();
  private readonly responses: ByteLru<{ result: BrokerResult; at: number }> | undefined;
  private readonly settings;

  constructor(options: BrokerOptions<F>) {
    this.clock = options.clock ?? systemClock;
    this.settings = {
      executor: options.executor,
      timeoutMs: options.timeoutMs ?? 10_000,
      maxResponseBytes: options.maxResponseBytes ?? 12 * MiB,
      retry: options.retry ?? { maxRetries: 2, maxWaitMs: 60_000, baseDelayMs: 1_000 },
      responses:
        options.responses === false
          ? undefined
          : (options.responses ?? { maxBytes: 2 * MiB, maxEntryBytes: 256 * 1024, ttlMs: 10 * 60_000 }),
    };
    const prefix = `broker:${options.hub}:`;
    this.writes = new WriteQueue(options.store, options.onStoreError);
    const budget = options.budget ?? { requests: 300, windowMs: 5 * 60_000 };
    this.budget = new RateBudget({
      store: options.store,
      writes: this.writes,
      key: `${prefix}rate`,
      clock: this.clock,
      limit: budget.requests,
      windowMs: budget.windowMs,
    });
    const facts = options.facts ?? { maxBytes: 4 * MiB, ttlMs: 24 * 60 * 60_000 };
    this.facts = new FactsCache({
      store: options.store,
      writes: this.writes,
      prefix,
      schema: options.factsSchema,
      maxBytes: facts.maxBytes,
      ttlMs: facts.ttlMs,
      clock: this.clock,
    });
    this.slots = new Slots(options.maxConcurrent ?? 4);
    this.responses = this.settings.responses ? new ByteLru(this.settings.responses.maxBytes) : undefined;
    this.ready = Promise.all([this.budget.ready, this.facts.ready]).then(() => undefined);
  }

  /**
   * One request, named. Never rejects. A `Fetcher` as it stands (adapters run over it unchanged); bind a signal
   * with `fetcher()`.
   */
  readonly fetch = async (url: string, init: BrokerRequestInit = {}): Promise<BrokerResult> => {
    await this.ready;
    const accept = init.accept ?? 'text';
    const key = `${accept} ${url}`;
    if (init.signal?.aborted) return cancelled();
    const hit = init.fresh ? undefined : this.cachedResponse(key);
    if (hit) return hit;
    const result = await this.requests.run(
      key,
      init.signal,
      (signal) => this.send(url, accept, key, signal),
      cancelled,
    );
    // Merged callers each get their own object (the parsed JSON stays shared).
    return { ...result, headers: { ...result.headers } };
  };

  /** A plain `Fetcher` whose requests all carry `signal` (e.g. the page port's) and `fresh`. */
  fetcher(defaults: { signal?: AbortSignal; fresh?: boolean } = {}): Fetcher {
    return (url, init) => this.fetch(url, { ...defaults, ...init });
  }

  /**
   * Facts for a repo: from the cache when an entry for `key.id` is there, younger than the TTL, and of the same
   * revision (when `key.revision` is given); otherwise `compute` runs, once for all concurrent callers of the same
   * key, and its facts are cached as it says. Facts computed while every caller cancelled are not cached (they may
   * be partial). An exception from `compute` rejects every caller.
   */
  async cachedFacts<E>(
    key: FactsKey,
    compute: (signal: AbortSignal) => Promise<Computed<F, E>>,
    options: { signal?: AbortSignal; fresh?: boolean } = {},
  ): Promise<FactsAnswer<F, E>> {
    await this.ready;
    if (options.signal?.aborted) return { state: 'cancelled' };
    if (!options.fresh) {
      const facts = await this.facts.get(key);
      if (facts !== undefined) return { state: 'cached', facts };
    }
    const answer = await this.computing.run(
      `${key.id}\n${key.revision ?? ''}`,
      options.signal,
      async (signal): Promise<FactsAnswer<F, E>> => {
        const computed = await compute(signal);
        if (!computed.ok) return { state: 'failed', error: computed.error };
        const cache = computed.cache ?? 'persist';
        if (cache !== 'skip' && !signal.aborted) {
          const revision = computed.revision ?? key.revision;
          this.facts.set(
            { id: key.id, ...(revision === undefined ? {} : { revision }) },
            computed.facts,
            cache === 'persist',
          );
        }
        return { state: 'computed', facts: computed.facts };
      },
      () => ({ state: 'cancelled' }),
    );
    return answer as FactsAnswer<F, E>;
  }

  /** Drops the cached facts of one repo (a "check again"). */
  async forget(id: string): Promise<void> {
    await this.ready;
    this.facts.forget(id);
  }

  /** Drops every cached fact and response; the budget and any pause stay. */
  async clear(): Promise<void> {
    await this.ready;
    this.facts.clear();
    this.responses?.clear();
  }

  async status(): Promise<BrokerStatus> {
    await this.ready;
    return { budget: this.budget.snapshot(), facts: { bytes: this.facts.bytes }, inFlight: this.requests.inFlight };
  }

  /** Resolves once every store write asked for so far has landed. */
  async flush(): Promise<void> {
    await this.ready;
    await this.writes.flush();
  }

  private cachedResponse(key: string): BrokerResult | undefined {
    const entry = this.responses?.peek(key);
    if (!entry || !this.settings.responses) return undefined;
    if (this.clock.now() - entry.at >= this.settings.responses.ttlMs) {
      this.responses?.delete(key);
      return undefined;
    }
    this.responses?.touch(key);
    const { result } = entry;
    // Parse again so no two callers share a JSON object through the cache.
    const json = result.state === 'ok' && result.json !== undefined ? { json: JSON.parse(result.body) as unknown } : {};
    return { ...result, headers: { ...result.headers }, ...json, cached: true } as BrokerResult;
  }

  /** Budget, slot, send; on 429 wait as told (within bounds) and try again. */
  private async send(url: string, accept: 'json' | 'text', key: string, signal: AbortSignal): Promise<BrokerResult> {
    const { retry } = this.settings;
    let waitedUntil = 0;
    for (let attempt = 0; ; attempt++) {
      const gate = this.budget.check(waitedUntil);
      if (!gate.ok) return paused(gate, this.clock.now());
      const release = await this.slots.acquire(signal);
      if (!release) return cancelled();
      let outcome: FetchResponse | BrokerResult;
      try {
        const again = this.budget.check(waitedUntil); // the budget may have run out while we queued
        if (!again.ok) return paused(again, this.clock.now());
        this.budget.take();
        outcome = await this.execute(url, accept, signal);
      } finally {
        release();
      }
      if ('state' in outcome) return outcome;
      const now = this.clock.now();
      const wait = hubWaitMs(outcome.headers, outcome.status, now);
      if (outcome.status !== 429) {
        if (wait !== undefined) this.budget.pauseUntil(now + wait); // answered, but nothing remains in the hub's window
        return this.remember(key, classify(outcome, accept));
      }
      const delay = wait ?? Math.min(retry.baseDelayMs * 2 ** attempt, retry.maxWaitMs);
      const retryAt = now + delay;
      this.budget.pauseUntil(retryAt);
      if (attempt >= retry.maxRetries || delay > retry.maxWaitMs) return answered(outcome, 'rate-limited', { retryAt });
      if (!(await sleep(this.clock, delay, signal))) return cancelled();
      waitedUntil = retryAt;
    }
  }

  /** One attempt through the executor, bounded by the timeout and the callers' signal. */
  private async execute(
    url: string,
    accept: 'json' | 'text',
    outer: AbortSignal,
  ): Promise<FetchResponse | BrokerResult> {
    const { executor, timeoutMs, maxResponseBytes } = this.settings;
    const controller = new AbortController();
    let timedOut = false;
    const onOuter = () => controller.abort();
    outer.addEventListener('abort', onOuter, { once: true });
    const cancelTimer = this.clock.setTimer(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    // An executor that ignores its signal is not waited for.
    const aborted = new Promise<'aborted'>((resolve) =>
      controller.signal.addEventListener('abort', () => resolve('aborted'), { once: true }),
    );
    try {
      if (outer.aborted) return cancelled();
      const raw = await Promise.race([
        executor(url, { accept, signal: controller.signal, maxBytes: maxResponseBytes }),
        aborted,
      ]);
      if (raw === 'aborted') return timedOut ? synthetic('timeout', 0, {}) : cancelled();
      const res = lowercaseHeaders(raw);
      const declared = Number(res.headers['content-length']);
      const bytes = res.body.length * 3 <= maxResponseBytes ? res.body.length : utf8Bytes(res.body);
      if (bytes > maxResponseBytes || declared > maxResponseBytes)
        return synthetic('too-large', 413, { bytes: Math.max(bytes, declared || 0) });
      return res;
    } catch (error) {
      if (controller.signal.aborted) return timedOut ? synthetic('timeout', 0, {}) : cancelled();
      return synthetic('network-error', 0, {
        message: error instanceof Error ? error.message.slice(0, 300) : 'failed',
      });
    } finally {
      cancelTimer();
      outer.removeEventListener('abort', onOuter);
    }
  }

  /** Successful answers, and definite "no such repo" answers (so a base shared by many cards is asked once). */
  private remember(key: string, result: BrokerResult): BrokerResult {
    const limits = this.settings.responses;
    if (!this.responses || !limits || !REMEMBERED.has(result.state)) return result;
    const bytes = utf8Bytes(result.body) + key.length;
    if (bytes <= limits.maxEntryBytes) this.responses.set(key, { result, at: this.clock.now() }, bytes);
    return result;
  }
}
