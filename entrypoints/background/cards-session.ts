/**
 * The model cards of one listing page (search results, profiles, collections, the model tree, sidebars). The page
 * reports the cards that near the viewport; each gets a light assessment and a verdict to show. First its records
 * (its own and its bases', cached and shared across cards); only when they leave the verdict open under the user's
 * settings, its card (README) and listed datasets, and its bases' cards (docs/PERFORMANCE.md, the listing budget).
 * Nothing is asked twice: ids already answered are ignored.
 */
import { CardsRequestSchema, type CardsMessage, type CardVerdict } from '@/lib/protocol/protocol';
import { VerdictBatch } from '@/lib/protocol/verdict-batch';
import type { ModelFacts } from '@/lib/schema/model-facts';
import type { Settings } from '@/lib/settings/schema';
import { ToBackgroundSchema } from '@/lib/protocol/protocol';
import { assess } from '@/lib/openness/assess';
import { message } from '@/lib/catalogue';
import { cardVerdict, needsCard, unknownCard } from '@/lib/ui/card-verdict';
import { factsFor } from './facts-service';
import { PortSession, RETRY_DELAYS_MS } from './port-session';

export class CardsSession extends PortSession {
  /** What is known of each card's model; `card`: its card and datasets were read too. */
  private readonly facts = new Map<string, { facts: ModelFacts; card: boolean }>();
  private readonly asked = new Set<string>();
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();
  private readonly verdicts = new VerdictBatch((verdicts) => this.post({ type: 'verdicts', verdicts }));

  protected override closed(): void {
    for (const timer of this.retries) clearTimeout(timer);
    this.verdicts.cancel();
  }

  reassess(settings: Settings): void {
    for (const [id, known] of this.facts) {
      const assessment = assess(known.facts, settings);
      // A definition the records alone do not decide: read the card first (the verdict follows).
      if (!known.card && this.hub.adapter.listingCards && needsCard(assessment, settings))
        void this.readCard(id, known.facts);
      else this.show(cardVerdict(id, assessment, settings));
    }
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
      this.show(unknownCard(id, message(answer.reason), retrying));
      if (retrying) {
        const timer = setTimeout(() => {
          this.retries.delete(timer);
          void this.lookUp(id, attempt + 1);
        }, delay);
        this.retries.add(timer);
      }
      return;
    }
    this.facts.set(id, { facts: answer.facts, card: false });
    const settings = await this.settings();
    if (this.abort.signal.aborted) return;
    const assessment = assess(answer.facts, settings);
    if (this.hub.adapter.listingCards && needsCard(assessment, settings)) await this.readCard(id, answer.facts);
    else this.show(cardVerdict(id, assessment, settings));
  }

  /**
   * The card's own card (README) and datasets, and its bases' cards: what can decide a verdict its records leave
   * open. If they cannot be read, the card keeps what its records say (the verdict open, with what is not known).
   */
  private async readCard(id: string, records: ModelFacts): Promise<void> {
    const answer = await factsFor(this.hub.adapter, this.hub.broker, id, {
      light: true,
      card: true,
      signal: this.abort.signal,
    });
    if (this.abort.signal.aborted) return;
    const facts = answer.ok ? answer.facts : records;
    if (answer.ok) this.facts.set(id, { facts, card: true });
    // The settings as they are now: they may have changed while the card was read.
    const settings = await this.settings();
    if (this.abort.signal.aborted) return;
    this.show(cardVerdict(id, assess(facts, settings), settings));
  }

  /** A card's verdict, sent with the others answered within a few milliseconds of it. */
  private show(verdict: CardVerdict): void {
    this.verdicts.add(verdict);
  }

  private post(message: CardsMessage): void {
    this.runner.post(message);
  }
}
