/**
 * The content script's message guards stand in for zod there. What the background really sends (schema-valid
 * messages built from real assessments) must pass them; anything of the wrong shape must not.
 */
import { describe, expect, it } from 'vitest';
import { isCardsMessage, isGetState, isPageMessage } from '@/lib/protocol/guards';
import { CardsMessageSchema, ToPageSchema } from '@/lib/protocol/protocol';
import { GET_STATE } from '@/lib/protocol/constants';
import { cardVerdict, unknownCard } from '@/lib/ui/card-verdict';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { llamaFacts, textLicensed } from '../components/helpers';
import { facts, run } from '../openness/builder';

const assessments = [run(llamaFacts()), run(textLicensed()), run(facts('org/bare'))];

describe('messages the background sends pass the guards', () => {
  it.each(assessments.map((a) => [a.id, a] as const))('an assessment of %s', (_id, assessment) => {
    const message = { type: 'assessment', stage: 'enriched', checkedAt: 1, assessment, problem: { code: 'hub-error' } };
    expect(ToPageSchema.safeParse(message).success).toBe(true);
    expect(isPageMessage(message)).toBe(true);
  });

  it('unavailable and fetch requests', () => {
    for (const message of [
      { type: 'unavailable', reason: { code: 'model-not-found', params: { id: 'org/x' } } },
      { type: 'fetch', reqId: 3, url: 'https://huggingface.co/api/models/org/x' },
    ]) {
      expect(ToPageSchema.safeParse(message).success).toBe(true);
      expect(isPageMessage(message)).toBe(true);
    }
  });

  it('listing card verdicts, assessed and unknown, alone and together', () => {
    const assessed = cardVerdict('org/m', assessments[0]!, DEFAULT_SETTINGS);
    const unknown = unknownCard('org/x', 'Hub error.');
    for (const verdicts of [[assessed], [unknown], [assessed, unknown]]) {
      const message = { type: 'verdicts', verdicts };
      expect(CardsMessageSchema.safeParse(message).success).toBe(true);
      expect(isCardsMessage(message)).toBe(true);
    }
  });
});

describe('anything else is dropped', () => {
  const good = { type: 'assessment', stage: 'enriched', checkedAt: 1, assessment: assessments[0]! };
  it.each([
    ['no type', { ...good, type: undefined }],
    ['an unknown stage', { ...good, stage: 'final' }],
    ['a string time', { ...good, checkedAt: '1' }],
    ['a tier not on the gradient', { ...good, assessment: { ...good.assessment, tier: 'open-ish' } }],
    ['no verdicts', { ...good, assessment: { ...good.assessment, verdicts: undefined } }],
    ['a policy that is no definition', { ...good, assessment: { ...good.assessment, policy: 'vibes' } }],
    ['a problem that is not a reason', { ...good, problem: 'oops' }],
    ['a fetch without a number', { type: 'fetch', reqId: '1', url: 'https://huggingface.co/' }],
    ['null', null],
    ['an array', [good]],
  ])('%s', (_name, message) => {
    expect(isPageMessage(message)).toBe(false);
  });

  it('card verdicts with a tone that is not ours, without an accessible name, or not a list', () => {
    const verdict = unknownCard('org/x', 'why');
    expect(isCardsMessage({ type: 'verdicts', verdicts: [verdict, { ...verdict, tone: 'red' }] })).toBe(false);
    expect(isCardsMessage({ type: 'verdicts', verdicts: [{ ...verdict, accessibleName: undefined }] })).toBe(false);
    expect(isCardsMessage({ type: 'verdicts', verdicts: verdict })).toBe(false);
    // The message of earlier versions, one verdict at a time.
    expect(isCardsMessage({ type: 'card', verdict })).toBe(false);
  });

  it('only the popup question reads as a state query', () => {
    expect(isGetState({ type: GET_STATE })).toBe(true);
    expect(isGetState({ type: 'openness-lens/get-state ' })).toBe(false);
    expect(isGetState('openness-lens/get-state')).toBe(false);
  });
});
