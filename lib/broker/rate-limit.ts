/**
 * How much we may ask a hub: our own budget per fixed window (a fraction of the user's quota, since requests from
 * the page count against the user's own bucket) and any pause the hub asked for. Both persist, so a service worker
 * restarted mid-window neither forgets what it spent nor sends into a pause.
 */
import * as z from 'zod/mini';
import type { Clock } from './clock';
import type { KeyValueStore, WriteQueue } from './store';

/** Delay in ms from `Retry-After`: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RateLimitItem {
  /** Requests remaining in the hub's window. */
  remaining?: number;
  /** Seconds until the hub's window resets. */
  resetSeconds?: number;
}

/** The IETF draft `RateLimit` header, e.g. `"api";r=0;t=120`; several comma-separated items are allowed. */
export function parseRateLimit(value: string | undefined): RateLimitItem[] {
  if (!value) return [];
  return value.split(',').map((item) => {
    const out: RateLimitItem = {};
    for (const param of item.split(';')) {
      const match = /^\s*([rt])\s*=\s*(\d+)\s*$/.exec(param);
      if (match?.[1] === 'r') out.remaining = Number(match[2]);
      if (match?.[1] === 't') out.resetSeconds = Number(match[2]);
    }
    return out;
  });
}

/**
 * How long the hub asks us to wait, in ms: the longer of `Retry-After` and, for a 429 or an item with nothing
 * remaining, the `RateLimit` reset. Undefined when the hub says nothing.
 */
export function hubWaitMs(headers: Record<string, string>, status: number, now: number): number | undefined {
  const waits: number[] = [];
  const retryAfter = parseRetryAfter(headers['retry-after'], now);
  if (retryAfter !== undefined && status === 429) waits.push(retryAfter);
  for (const item of parseRateLimit(headers['ratelimit'])) {
    if (item.resetSeconds !== undefined && (status === 429 || item.remaining === 0))
      waits.push(item.resetSeconds * 1000);
  }
  return waits.length > 0 ? Math.max(...waits) : undefined;
}

const StateSchema = z.object({ windowStart: z.number(), used: z.number(), pausedUntil: z.number() });
type State = z.infer<typeof StateSchema>;

export type Gate = { ok: true } | { ok: false; reason: 'budget' | 'hub'; resumesAt: number };

export interface BudgetOptions {
  store: KeyValueStore;
  writes: WriteQueue;
  key: string;
  clock: Clock;
  /** Requests per window. */
  limit: number;
  windowMs: number;
}

/** Call `check` and `take` only after `ready` has resolved. */
export class RateBudget {
  readonly ready: Promise<void>;
  private state: State = { windowStart: 0, used: 0, pausedUntil: 0 };

  constructor(private readonly options: BudgetOptions) {
    this.ready = this.load();
  }

  /**
   * Whether a request may go out now. A retry passes the end of the pause its own 429 set, which it has just
   * waited out; only a longer pause (another answer's) holds it back.
   */
  check(waitedUntil = 0): Gate {
    const now = this.options.clock.now();
    this.roll(now);
    const { pausedUntil } = this.state;
    if (now < pausedUntil && pausedUntil > waitedUntil) return { ok: false, reason: 'hub', resumesAt: pausedUntil };
    if (this.state.used >= this.options.limit)
      return { ok: false, reason: 'budget', resumesAt: this.state.windowStart + this.options.windowMs };
    return { ok: true };
  }

  /** Counts one request sent. */
  take(): void {
    const now = this.options.clock.now();
    this.roll(now);
    if (this.state.used === 0) this.state.windowStart = now;
    this.state.used++;
    this.save();
  }

  /** Holds every request back until `until` (never shortens a pause already set). */
  pauseUntil(until: number): void {
    if (until <= this.state.pausedUntil) return;
    this.state.pausedUntil = until;
    this.save();
  }

  snapshot(): { used: number; limit: number; windowEndsAt: number; pausedUntil?: number } {
    const now = this.options.clock.now();
    this.roll(now);
    return {
      used: this.state.used,
      limit: this.options.limit,
      windowEndsAt: this.state.used > 0 ? this.state.windowStart + this.options.windowMs : now + this.options.windowMs,
      ...(this.state.pausedUntil > now ? { pausedUntil: this.state.pausedUntil } : {}),
    };
  }

  /** Starts a new window once the current one is over (or the clock went backwards). */
  private roll(now: number): void {
    const { windowStart } = this.state;
    if (now >= windowStart + this.options.windowMs || now < windowStart) {
      this.state.windowStart = now;
      this.state.used = 0;
    }
  }

  private save(): void {
    this.options.writes.set({ [this.options.key]: { ...this.state } });
  }

  private async load(): Promise<void> {
    try {
      const stored = await this.options.store.get([this.options.key]);
      const parsed = StateSchema.safeParse(stored[this.options.key]);
      if (parsed.success) this.state = parsed.data;
    } catch {
      // No stored state: start afresh.
    }
  }
}
