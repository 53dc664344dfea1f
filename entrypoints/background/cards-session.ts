/**
 * The model cards of one listing page (search results, profiles, collections, the model tree, sidebars). The page
 * reports the cards that near the viewport; each gets a light assessment (its record and its bases' records, cached
 * and shared across cards) and a verdict to show. Nothing is asked twice: ids already answered are ignored.
 */
import { CardsRequestSchema, type CardsMessage } from '@/lib/protocol/protocol';
import type { ModelFacts } from '@/lib/schema/model-facts';
import type { Settings } from '@/lib/settings/schema';
import { ToBackgroundSchema } from '@/lib/protocol/protocol';
import { assess } from '@/lib/openness/assess';
import { message } from '@/lib/catalogue';
import { cardVerdict, unknownCard } from '@/lib/ui/card-verdict';
import { factsFor } from './facts-service';
import { PortSession, RETRY_DELAYS_MS } from './port-session';

export class CardsSession extends PortSession {
  private readonly facts = new Map<string, ModelFacts>();
  private readonly asked = new Set<string>();
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();

  protected override closed(): void {
    for (const timer of this.retries) clearTimeout(timer);
  }

  reassess(settings: Settings): void {
    for (const [id, facts] of this.facts)
      this.post({ type: 'card', verdict: cardVerdict(id, assess(facts, settings), settings) });
  }

  protected receive(raw: unknown): void {
    const cards = CardsRequestSchema.safeParse(raw);
    if (cards.success) {
      for (const id of cards.data.ids) if (!this.asked.has(id)) void this.lookUp(id);
      return;
    }
    const other = ToBackgroundSchema.safeParse(raw);
    if (other.success && other.data.type === 'fetch-result') this.runner.settle(other.data.reqId, other.data);
  }

  private async lookUp(id: string, attempt = 0): Promise<void> {
    this.asked.add(id);
    const answer = await factsFor(this.hub.adapter, this.hub.broker, id, { light: true, signal: this.abort.signal });
    if (this.abort.signal.aborted) return;
    if (!answer.ok) {
      // A transient failure (hub error, rate limit, time-out) is asked again a few times, spaced out, so the card
      // recovers without a reload; the broker's budget and back-off still govern what is sent.
      const delay = RETRY_DELAYS_MS[attempt];
      const retrying = answer.transient && delay !== undefined;
      this.post({ type: 'card', verdict: unknownCard(id, message(answer.reason), retrying) });
      if (retrying) {
        const timer = setTimeout(() => {
          this.retries.delete(timer);
          void this.lookUp(id, attempt + 1);
        }, delay);
        this.retries.add(timer);
      }
      return;
    }
    this.facts.set(id, answer.facts);
    const settings = await this.settings();
    this.post({ type: 'card', verdict: cardVerdict(id, assess(answer.facts, settings), settings) });
  }

  private post(message: CardsMessage): void {
    this.runner.post(message);
  }
}
