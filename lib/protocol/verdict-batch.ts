/**
 * Card verdicts on their way to a listing page, gathered for a moment so that cards answered close together (the
 * records of a batch of cards arrive within milliseconds of each other) reach the page in one message. Each
 * message costs the page's main thread its dispatch (~0.4 ms on the benchmark's machine, whatever it carries), and
 * a 30-card listing used to get thirty of them.
 */
import { MAX_VERDICTS_PER_MESSAGE, type CardVerdict } from './protocol';

/** How long the first verdict of a batch waits for others: well under what a person notices. */
export const VERDICT_BATCH_MS = 30;

export class VerdictBatch {
  /** The latest verdict of each card: a newer one replaces an older one still waiting. */
  private readonly waiting = new Map<string, CardVerdict>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (verdicts: CardVerdict[]) => void,
    private readonly waitMs = VERDICT_BATCH_MS,
  ) {}

  add(verdict: CardVerdict): void {
    this.waiting.delete(verdict.id);
    this.waiting.set(verdict.id, verdict);
    this.timer ??= setTimeout(() => this.flush(), this.waitMs);
  }

  /** Sends what is waiting now, in messages of at most MAX_VERDICTS_PER_MESSAGE. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const verdicts = [...this.waiting.values()];
    this.waiting.clear();
    for (let i = 0; i < verdicts.length; i += MAX_VERDICTS_PER_MESSAGE)
      this.send(verdicts.slice(i, i + MAX_VERDICTS_PER_MESSAGE));
  }

  /** The page went away: nothing more is sent. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting.clear();
  }
}
