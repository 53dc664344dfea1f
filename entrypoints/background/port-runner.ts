/**
 * Runs hub requests through a connected hub page: the background asks (`fetch`), the content script fetches from
 * the page's own origin and answers (`fetch-result`). Closing the port or aborting resolves pending requests with
 * status 0, which the broker reports as cancelled or a network error.
 */
import type { Browser } from 'wxt/browser';
import type { FetchResponse } from '@/lib/hubs/fetcher';

type Port = Browser.runtime.Port;
const CLOSED: FetchResponse = { status: 0, headers: {}, body: '' };

export class PortRunner {
  private seq = 0;
  private readonly pending = new Map<number, (response: FetchResponse) => void>();
  closed = false;

  constructor(private readonly port: Port) {}

  run(url: string, signal?: AbortSignal): Promise<FetchResponse> {
    if (this.closed || signal?.aborted) return Promise.resolve(CLOSED);
    return new Promise((resolve) => {
      const reqId = ++this.seq;
      const done = (response: FetchResponse) => {
        this.pending.delete(reqId);
        signal?.removeEventListener('abort', onAbort);
        resolve(response);
      };
      const onAbort = () => done(CLOSED);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(reqId, done);
      this.post({ type: 'fetch', reqId, url });
    });
  }

  /** An answer from the page. */
  settle(reqId: number, response: FetchResponse): void {
    this.pending.get(reqId)?.(response);
  }

  post(message: unknown): void {
    if (this.closed) return;
    try {
      this.port.postMessage(message);
    } catch {
      this.close();
    }
  }

  close(): void {
    this.closed = true;
    for (const done of [...this.pending.values()]) done(CLOSED);
  }
}

/** The live hub pages able to run requests; the newest runs them (it is the one the user is looking at). */
export class RunnerPool {
  private readonly runners: PortRunner[] = [];

  add(runner: PortRunner): void {
    this.runners.push(runner);
  }

  remove(runner: PortRunner): void {
    const i = this.runners.indexOf(runner);
    if (i >= 0) this.runners.splice(i, 1);
  }

  run(url: string, signal?: AbortSignal): Promise<FetchResponse> {
    const runner = this.runners.findLast((r) => !r.closed);
    return runner ? runner.run(url, signal) : Promise.resolve(CLOSED);
  }
}
