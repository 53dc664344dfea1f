/**
 * One connected page: a first assessment from what the page embeds, then the enriched one once the adapter has
 * gathered the rest. The page runs the hub requests (same origin, with the user's session); leaving the page
 * disconnects the port and cancels whatever is pending.
 */
import type { Browser } from 'wxt/browser';
import type { Fetcher, FetchResponse } from '@/lib/hubs/fetcher';
import { ToBackgroundSchema, type PageRef, type ToPage } from '@/lib/messaging/protocol';
import type { ModelFacts } from '@/lib/schema/model-facts';
import type { Settings } from '@/lib/settings/schema';
import { assess } from '@/lib/openness/assess';
import type { FactsCache } from './facts-cache';
import { gatherFacts, initialFacts } from './gather';
import { Limiter } from './limiter';

type Port = Browser.runtime.Port;

/** At most this many hub requests at once, across all pages (the hub's quota is the user's own). */
const limiter = new Limiter(4);

export class PageSession {
  private page: PageRef | undefined;
  private facts: ModelFacts | undefined;
  private stage: 'initial' | 'enriched' = 'initial';
  private checkedAt = Date.now();
  private closed = false;
  private seq = 0;
  private readonly pending = new Map<number, (response: FetchResponse) => void>();

  constructor(
    private readonly port: Port,
    private readonly cache: FactsCache,
    private readonly settings: () => Promise<Settings>,
  ) {
    port.onMessage.addListener((raw: unknown) => this.receive(raw));
  }

  close(): void {
    this.closed = true;
    for (const resolve of this.pending.values()) resolve({ status: 0, headers: {}, body: '' });
    this.pending.clear();
  }

  async reassess(settings: Settings): Promise<void> {
    if (this.facts) this.send(this.assessment(this.facts, settings));
  }

  private receive(raw: unknown): void {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'hello') void this.start(message.page);
    else if (message.type === 'fetch-result') {
      const { reqId, status, headers, body } = message;
      this.pending.get(reqId)?.({ status, headers, body });
      this.pending.delete(reqId);
    } else if (message.type === 'recheck' && this.page) {
      this.cache.forget(this.page.id);
      void this.start(this.page);
    }
  }

  private async start(page: PageRef): Promise<void> {
    this.page = page;
    const settings = await this.settings();
    const cached = this.cache.get(page.id);
    if (cached) {
      this.show(cached, 'enriched', settings);
      return;
    }
    const first = initialFacts(page);
    if (first) this.show(first, 'initial', settings);
    const result = await this.cache.shared(page.id, () => gatherFacts(page, this.fetcher));
    if (this.closed) return;
    if (result.ok) {
      this.cache.set(page.id, result.facts);
      this.show(result.facts, 'enriched', await this.settings());
    } else if (!first) {
      this.post({ type: 'unavailable', reason: result.reason });
    }
  }

  private show(facts: ModelFacts, stage: 'initial' | 'enriched', settings: Settings): void {
    this.facts = facts;
    this.stage = stage;
    this.checkedAt = Date.now();
    this.send(this.assessment(facts, settings));
  }

  private assessment(facts: ModelFacts, settings: Settings): ToPage {
    return { type: 'assessment', stage: this.stage, checkedAt: this.checkedAt, assessment: assess(facts, settings) };
  }

  private send(message: ToPage): void {
    this.post(message);
  }

  private post(message: ToPage): void {
    if (this.closed) return;
    try {
      this.port.postMessage(message);
    } catch {
      this.close();
    }
  }

  /** Hub requests go through the page (same origin), one limiter for all pages. */
  private readonly fetcher: Fetcher = (url) =>
    limiter.run(
      () =>
        new Promise<FetchResponse>((resolve) => {
          if (this.closed) return resolve({ status: 0, headers: {}, body: '' });
          const reqId = ++this.seq;
          this.pending.set(reqId, resolve);
          this.post({ type: 'fetch', reqId, url });
        }),
    );
}
