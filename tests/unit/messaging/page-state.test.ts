/**
 * The popup's view of a model page, built from the page's last answer: what the popup receives must pass the
 * popup's own schema and keep the answer's evidence (the assessment, why enrichment stopped short, why unavailable).
 */
import { describe, expect, it } from 'vitest';
import { pageStateOf } from '@/lib/protocol/page-state';
import { PageStateSchema } from '@/lib/protocol/protocol';
import { llamaFacts } from '../components/helpers';
import { run } from '../openness/builder';

const assessment = run(llamaFacts());

describe('pageStateOf', () => {
  it('before any answer, the page is pending under its id', () => {
    expect(pageStateOf('org/x', undefined)).toEqual({ kind: 'pending', id: 'org/x' });
  });

  it('an assessment keeps its stage, time, evidence and the problem that stopped enrichment', () => {
    const problem = { code: 'hub-error', params: { status: 500 } };
    const state = pageStateOf(assessment.id, {
      type: 'assessment',
      stage: 'initial',
      checkedAt: 5,
      assessment,
      problem,
    });
    expect(PageStateSchema.parse(state)).toEqual({
      kind: 'model',
      stage: 'initial',
      checkedAt: 5,
      assessment,
      problem,
    });
  });

  it('an assessment with no problem carries no problem field', () => {
    const state = pageStateOf(assessment.id, { type: 'assessment', stage: 'enriched', checkedAt: 5, assessment });
    expect(state).not.toHaveProperty('problem');
    expect(PageStateSchema.safeParse(state).success).toBe(true);
  });

  it('an unavailable page says why, under its id', () => {
    const reason = { code: 'model-not-found', params: { id: 'org/x' } };
    expect(PageStateSchema.parse(pageStateOf('org/x', { type: 'unavailable', reason }))).toEqual({
      kind: 'unavailable',
      id: 'org/x',
      reason,
    });
  });
});
