/** Card verdicts answered close together reach a listing page in one message, the latest of each card. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerdictBatch, VERDICT_BATCH_MS } from '@/lib/protocol/verdict-batch';
import { MAX_VERDICTS_PER_MESSAGE, type CardVerdict } from '@/lib/protocol/protocol';
import { unknownCard } from '@/lib/ui/card-verdict';

const verdict = (id: string, label = 'Open weights'): CardVerdict => ({ ...unknownCard(id, 'why'), label });

describe('verdicts on their way to a listing page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the verdicts of one moment together, a moment after the first', () => {
    const sent: CardVerdict[][] = [];
    const batch = new VerdictBatch((verdicts) => sent.push(verdicts));
    batch.add(verdict('org/a'));
    vi.advanceTimersByTime(VERDICT_BATCH_MS / 2);
    batch.add(verdict('org/b'));
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(VERDICT_BATCH_MS / 2);
    expect(sent.map((m) => m.map((v) => v.id))).toEqual([['org/a', 'org/b']]);
    // A later verdict starts a message of its own.
    batch.add(verdict('org/c'));
    vi.advanceTimersByTime(VERDICT_BATCH_MS);
    expect(sent.map((m) => m.map((v) => v.id))).toEqual([['org/a', 'org/b'], ['org/c']]);
  });

  it('keeps only the latest verdict of a card still waiting', () => {
    const sent: CardVerdict[][] = [];
    const batch = new VerdictBatch((verdicts) => sent.push(verdicts));
    batch.add(verdict('org/a', 'Model unknown'));
    batch.add(verdict('org/b'));
    batch.add(verdict('org/a', 'Not open'));
    vi.advanceTimersByTime(VERDICT_BATCH_MS);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((v) => [v.id, v.label])).toEqual([
      ['org/b', 'Open weights'],
      ['org/a', 'Not open'],
    ]);
  });

  it('splits a settings change over many cards into messages the page accepts', () => {
    const sent: CardVerdict[][] = [];
    const batch = new VerdictBatch((verdicts) => sent.push(verdicts));
    for (let i = 0; i < MAX_VERDICTS_PER_MESSAGE + 5; i++) batch.add(verdict(`org/m${i}`));
    vi.advanceTimersByTime(VERDICT_BATCH_MS);
    expect(sent.map((m) => m.length)).toEqual([MAX_VERDICTS_PER_MESSAGE, 5]);
  });

  it('sends nothing once the page has gone', () => {
    const send = vi.fn();
    const batch = new VerdictBatch(send);
    batch.add(verdict('org/a'));
    batch.cancel();
    vi.advanceTimersByTime(VERDICT_BATCH_MS * 2);
    expect(send).not.toHaveBeenCalled();
  });
});
