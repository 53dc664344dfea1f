/**
 * One model page: a first assessment from what the page embeds (no request), then the enriched one once the
 * adapter has gathered the rest through the broker; when the API only says the model is private or not found, the
 * page's own facts stay (lib/facts/page-evidence.ts). Leaving the page disconnects the port, which aborts what is
 * pending. A transient failure (hub error, rate limit, time-out) is retried a few times, so the badge recovers
 * without a reload when the hub answers again.
 */
import { browser } from 'wxt/browser';
import { ToBackgroundSchema, type PageRef, type ToPage } from '@/lib/protocol/protocol';
import { pageStateOf } from '@/lib/protocol/page-state';
import { UPDATED } from '@/lib/protocol/constants';
import type { ModelFacts, Reason } from '@/lib/schema/model-facts';
import type { Settings } from '@/lib/settings/schema';
import { assess } from '@/lib/openness/assess';
import { withExperts } from '@/lib/experts/compare';
import { EXPERT_SNAPSHOT } from '@/lib/experts/snapshot';
import { reconcilePageAndApi } from '@/lib/facts/page-evidence';
import { isPageOnly } from '@/lib/hubs/descriptor';
import { factsFor } from './facts-service';
import { PortSession, RETRY_DELAYS_MS } from './port-session';

export class PageSession extends PortSession {
  private facts: ModelFacts | undefined;
  private stage: 'initial' | 'enriched' = 'initial';
  private problem: Reason | undefined;
  private checkedAt = Date.now();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  protected override closed(): void {
    clearTimeout(this.retryTimer);
  }

  reassess(settings: Settings): void {
    if (this.facts) this.post(this.message(this.facts, settings));
  }

  private page: PageRef | undefined;

  protected receive(raw: unknown): void {
    const parsed = ToBackgroundSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'fetch-result') this.runner.settle(message.reqId, message);
    else if (message.type === 'hello') void this.start(message.page, false, 0, message.settled === true);
    else if (message.type === 'recheck' && this.page) void this.start(this.page, true);
  }

  /** Bumped by every start: an older start still awaiting (a re-check during a retry) then stops quietly. */
  private generation = 0;

  /**
   * `settled`: the page already shows the full answer (a background woken after it was unloaded), so the first,
   * page-only answer is not sent again: the page keeps its full one until the cache or the hub gives the new one.
   */
  private async start(page: PageRef, fresh: boolean, attempt = 0, settled = false): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation && !this.abort.signal.aborted;
    this.page = page;
    clearTimeout(this.retryTimer);
    const { adapter, broker } = this.hub;
    // The page's own hub only: a page cannot ask about another hub's model over its port.
    if (page.hub !== adapter.hub) return;
    const fromPage = adapter.pageFacts?.(page);
    if (isPageOnly(this.hub.descriptor)) {
      // No API to ask (Kaggle): what the page rendered is all there is.
      if (fromPage) this.show(fromPage, 'enriched', await this.settings());
      else this.post({ type: 'unavailable', reason: { code: 'page-unreadable' } });
      return;
    }
    if (fromPage && !this.facts && !settled) {
      const settings = await this.settings();
      if (!current()) return;
      this.show(fromPage, 'initial', settings);
    }
    const answer = await factsFor(adapter, broker, page.id, {
      light: false,
      revision: fromPage?.lastModified,
      signal: this.abort.signal,
      fresh,
    });
    const settings = await this.settings();
    if (!current()) return;
    if (answer.ok) {
      this.problem = undefined;
      // The page in front of the user wins over an API that says the model is private or not found.
      this.show(reconcilePageAndApi(fromPage, answer.facts), 'enriched', settings);
      return;
    }
    this.problem = answer.reason;
    if (!this.facts && fromPage) this.show(fromPage, 'initial', settings);
    else if (this.facts) this.show(this.facts, this.stage, settings);
    else this.post({ type: 'unavailable', reason: answer.reason });
    const delay = RETRY_DELAYS_MS[attempt];
    if (answer.transient && delay !== undefined)
      this.retryTimer = setTimeout(() => void this.start(page, false, attempt + 1), delay);
  }

  private show(facts: ModelFacts, stage: 'initial' | 'enriched', settings: Settings): void {
    this.facts = facts;
    this.stage = stage;
    this.checkedAt = Date.now();
    this.post(this.message(facts, settings));
  }

  private message(facts: ModelFacts, settings: Settings): ToPage {
    return {
      type: 'assessment',
      stage: this.stage,
      checkedAt: this.checkedAt,
      assessment: withExperts(assess(facts, settings), EXPERT_SNAPSHOT),
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  private post(message: ToPage): void {
    this.runner.post(message);
    this.tellPopup(message);
  }

  /**
   * An open popup for this tab shows the same answer at once. Sent from here rather than from the page, so the
   * hub's page spends nothing on it; with no popup open the message simply has no receiver.
   */
  private tellPopup(message: ToPage): void {
    const tabId = this.tabId;
    if (tabId === undefined || message.type === 'fetch') return;
    const state = pageStateOf(this.page?.id ?? '', message);
    browser.runtime.sendMessage({ type: UPDATED, tabId, state }).catch(() => undefined);
  }
}
