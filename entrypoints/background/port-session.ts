/**
 * What every connected page has in common: its port runs hub requests for the broker (./port-runner.ts), and when
 * the page goes away, everything it started is aborted and its runner leaves the pool.
 */
import type { Browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import type { HubServices } from './hubs';
import { PortRunner } from './port-runner';

/** A transient failure (hub error, rate limit, time-out) is retried after these delays, then left with its reason. */
export const RETRY_DELAYS_MS = [2_000, 8_000, 30_000];

export abstract class PortSession {
  readonly runner: PortRunner;
  protected readonly abort = new AbortController();
  /** The tab the page is in, when the browser says (a port from a tab's content script always has one). */
  protected readonly tabId: number | undefined;

  constructor(
    port: Browser.runtime.Port,
    protected readonly hub: HubServices,
    protected readonly settings: () => Promise<Settings>,
  ) {
    this.runner = new PortRunner(port);
    this.tabId = port.sender?.tab?.id;
    hub.pool.add(this.runner);
    port.onMessage.addListener((raw: unknown) => this.receive(raw));
    port.onDisconnect.addListener(() => {
      this.abort.abort();
      this.closed();
      this.runner.close();
      hub.pool.remove(this.runner);
    });
  }

  /** A message from the page, not yet validated. */
  protected abstract receive(raw: unknown): void;

  /** The settings changed: answer again from what is known. */
  abstract reassess(settings: Settings): void;

  /** Extra clean-up when the page goes away. */
  protected closed(): void {}
}
