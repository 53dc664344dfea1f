import * as z from 'zod/mini';
import {
  Broker,
  memoryStore,
  type BrokerOptions,
  type Executor,
  type ExecutorInit,
  type KeyValueStore,
} from '@/lib/broker';
import type { FetchResponse } from '@/lib/hubs/fetcher';

export const FactsSchema = z.object({ id: z.string(), license: z.string() });
export type Facts = z.infer<typeof FactsSchema>;

export function answer(status: number, body: unknown = {}, headers: Record<string, string> = {}): FetchResponse {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** An executor that records what was sent and how many were in flight at once. */
export function fakeExecutor(handle: (url: string, init: ExecutorInit) => FetchResponse | Promise<FetchResponse>) {
  const sent: string[] = [];
  const signals: AbortSignal[] = [];
  const stats = { active: 0, maxActive: 0 };
  const executor: Executor = async (url, init) => {
    sent.push(url);
    signals.push(init.signal);
    stats.active++;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    try {
      return await handle(url, init);
    } finally {
      stats.active--;
    }
  };
  return { executor, sent, signals, stats };
}

export function makeBroker(
  executor: Executor,
  options: Partial<BrokerOptions<Facts>> & { store?: KeyValueStore } = {},
): Broker<Facts> {
  return new Broker<Facts>({ hub: 'test', store: memoryStore(), factsSchema: FactsSchema, executor, ...options });
}

export const url = (n: number | string) => `https://huggingface.co/api/models/org/m${n}`;
