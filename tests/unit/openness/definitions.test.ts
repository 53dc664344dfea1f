import { describe, expect, it } from 'vitest';
import { codes, facts, files, gate, license, openModel, run, section } from './builder';
import type { ModelFacts } from '../../../lib/schema/model-facts';

const relicensed = (id: string) => {
  const model = openModel('org/m');
  model.licenses = [{ id, source: 'card' }];
  return model;
};
const without = (model: ModelFacts, edit: (m: ModelFacts) => void) => (edit(model), model);

describe('OSAID', () => {
  it('a complete release on open terms meets OSAID', () => {
    const verdict = run(openModel()).verdicts.osaid;
    expect(verdict.open).toBe(true);
    expect(verdict.reasons).toEqual([{ code: 'definition-met', params: { definition: 'osaid' } }]);
  });

  it.each([
    'non-commercial',
    'research-only',
    'user-cap',
    'revenue-cap',
    'use-restrictions',
    'output-restriction',
    'no-derivatives',
    'revocable',
    'geographic',
    'no-hosting',
    'no-resale',
  ] as const)('the %s clause disqualifies', (clause) => {
    const model = openModel('org/m');
    model.hubFlags.push({ id: clause, detail: clause });
    const verdict = run(model).verdicts.osaid;
    expect(verdict.open).toBe(false);
    expect(verdict.reasons).toContainEqual({ code: 'clause-disqualifies', params: { clause, definition: 'osaid' } });
  });

  it.each(['naming', 'share-alike'] as const)('the %s clause is only a caveat', (clause) => {
    const model = openModel('org/m');
    model.hubFlags.push({ id: clause, detail: clause });
    const verdict = run(model).verdicts.osaid;
    expect(verdict.open).toBe(true);
    expect(verdict.caveats).toEqual([clause]);
  });

  it('weights under an open data license pass; code under it does not', () => {
    const verdict = run(relicensed('cc-by-4.0')).verdicts.osaid;
    expect(verdict.open).toBe(false);
    expect(verdict.reasons).toContainEqual({
      code: 'component-license-not-open',
      params: { component: 'architecture', license: 'cc-by-4.0', need: 'osi' },
    });
    expect(codes(verdict.reasons.filter((r) => r.params?.component === 'weights'))).toEqual([]);
  });

  it('missing training code is unknown, not a failure: undecided', () => {
    const model = without(openModel('org/m'), (m) => {
      m.codeLinks = [];
      m.files.names = m.files.names.filter((name) => name !== 'train.py');
    });
    const verdict = run(model).verdicts.osaid;
    expect(verdict.open).toBeNull();
    expect(verdict.reasons).toContainEqual({ code: 'component-unknown', params: { component: 'training-code' } });
  });

  it('training code under an unknown license: undecided', () => {
    const model = without(openModel('org/m'), (m) => {
      delete m.codeLinks[0]!.license;
    });
    expect(run(model).verdicts.osaid.open).toBeNull();
  });

  it('vaguely described training data fails', () => {
    const model = without(openModel('org/m'), (m) => {
      m.datasets = m.datasets.filter((d) => d.role !== 'training');
      m.docs.sections = [{ heading: 'Training data', excerpt: 'Trained on publicly available data.' }];
    });
    const verdict = run(model).verdicts.osaid;
    expect(verdict.open).toBe(false);
    expect(verdict.reasons).toContainEqual({ code: 'component-missing', params: { component: 'training-data' } });
  });

  it('data described without a named dataset cannot be judged from metadata', () => {
    const model = without(openModel('org/m'), (m) => {
      m.datasets = m.datasets.filter((d) => d.role !== 'training');
      m.docs.sections = [{ heading: 'Training data', excerpt: 'Reddit outbound links with 3+ karma, deduplicated.' }];
    });
    const verdict = run(model).verdicts.osaid;
    expect(verdict.open).toBeNull();
    expect(verdict.reasons).toContainEqual({ code: 'data-information-unjudged' });
  });

  it('toggle "require datasets": a gated dataset passes by default and fails with the toggle', () => {
    const model = without(openModel('org/m'), (m) => {
      m.datasets[0]!.availability = 'gated';
    });
    expect(run(model).verdicts.osaid.open).toBe(true);
    const strict = run(model, { osaidRequireDatasets: true }).verdicts.osaid;
    expect(strict.open).toBe(false);
    expect(strict.reasons).toContainEqual({ code: 'component-partial', params: { component: 'training-data' } });
  });

  it('toggle "require datasets": the datasets must be under open terms', () => {
    const model = without(openModel('org/m'), (m) => {
      m.datasets[0]!.license = ['cc-by-nc-4.0'];
    });
    expect(run(model).verdicts.osaid.open).toBe(true);
    expect(run(model, { osaidRequireDatasets: true }).verdicts.osaid.open).toBe(false);
  });
});

describe('open weights', () => {
  it('Llama-style license: open, with the clauses as caveats', () => {
    const verdict = run(facts('org/m', license('llama3.1'), files('model.safetensors'))).verdicts['open-weights'];
    expect(verdict.open).toBe(true);
    expect(verdict.caveats).toEqual(['user-cap', 'use-restrictions', 'naming']);
  });

  it.each(['cc-by-nc-4.0', 'cc-by-nd-4.0', 'deepfloyd-if-license'])('%s disqualifies', (id) => {
    const verdict = run(facts('org/m', license(id), files('model.safetensors'))).verdicts['open-weights'];
    expect(verdict.open).toBe(false);
    expect(codes(verdict.reasons)).toContain('clause-disqualifies');
  });

  it('no weight files: not open', () => {
    const verdict = run(facts('org/m', license('mit'), files('config.json'))).verdicts['open-weights'];
    expect(verdict.open).toBe(false);
    expect(verdict.reasons).toContainEqual({ code: 'weights-not-downloadable' });
  });

  it('toggle: use restrictions disqualify', () => {
    const model = facts('org/m', license('openrail'), files('model.safetensors'));
    expect(run(model).verdicts['open-weights'].open).toBe(true);
    const verdict = run(model, { openWeightsUseRestrictions: true }).verdicts['open-weights'];
    expect(verdict.open).toBe(false);
    expect(verdict.caveats).not.toContain('use-restrictions');
  });

  it('toggle: user and revenue caps disqualify', () => {
    const model = facts('org/m', license('llama3.1'), files('model.safetensors'));
    const verdict = run(model, { openWeightsCaps: true }).verdicts['open-weights'];
    expect(verdict.open).toBe(false);
    expect(verdict.reasons).toContainEqual({
      code: 'clause-disqualifies',
      params: { clause: 'user-cap', definition: 'open-weights' },
    });
  });

  it('toggle: an approval gate disqualifies', () => {
    const model = facts('org/m', license('apache-2.0'), files('model.safetensors'), gate('manual'));
    expect(run(model).verdicts['open-weights'].open).toBe(true);
    const verdict = run(model, { openWeightsNoGate: true }).verdicts['open-weights'];
    expect(verdict.open).toBe(false);
    expect(verdict.reasons).toContainEqual({ code: 'weights-gated', params: { gate: 'manual' } });
  });
});

describe('MOF (MOT rules)', () => {
  it('a complete, openly licensed release is Class I with every class at 100%', () => {
    const verdict = run(openModel()).verdicts.mof;
    expect(verdict).toMatchObject({ open: true, class: 1, progress: { '1': 1, '2': 1, '3': 1 } });
    expect(verdict.reasons[0]).toEqual({ code: 'mof-class', params: { class: 1 } });
  });

  it('Apache-2.0 on weights passes with a "not type-appropriate" warning', () => {
    const warnings = run(openModel()).verdicts.mof.warnings;
    expect(warnings).toContainEqual({
      code: 'mof-license-not-type-appropriate',
      params: { component: 'weights', license: 'apache-2.0', type: 'data' },
    });
  });

  it('without intermediate checkpoints: Class II, Class I progress 13/14', () => {
    const model = without(openModel('org/m'), (m) => (m.branches = ['main']));
    const verdict = run(model).verdicts.mof;
    expect(verdict.class).toBe(2);
    expect(verdict.progress['1']).toBeCloseTo(13 / 14, 3);
    expect(verdict.reasons).toContainEqual({
      code: 'mof-component-not-included',
      params: { component: 'intermediate-weights', class: 1 },
    });
  });

  it('without evaluation code: Class III; Class II 9/10; Class I drops to 0', () => {
    const model = without(openModel('org/m'), (m) => {
      m.files.names = m.files.names.filter((name) => name !== 'eval.py');
    });
    const verdict = run(model).verdicts.mof;
    expect(verdict.class).toBe(3);
    expect(verdict.progress).toEqual({ '3': 1, '2': 0.9, '1': 0 });
  });

  it('a non-open license: unclassified, open false', () => {
    const verdict = run(relicensed('llama3.1')).verdicts.mof;
    expect(verdict).toMatchObject({ open: false, class: null });
    expect(verdict.reasons).toContainEqual({
      code: 'component-license-not-open',
      params: { component: 'weights', license: 'llama3.1', need: 'mof' },
    });
  });

  it('no data card: Class III at 5/6 and nothing above', () => {
    const model = without(openModel('org/m'), (m) => {
      m.docs.sections = [];
      m.datasets = [];
    });
    const verdict = run(model).verdicts.mof;
    expect(verdict.class).toBeNull();
    expect(verdict.progress).toEqual({ '3': 0.833, '2': 0, '1': 0 });
    expect(verdict.open).toBe(false);
  });

  it('open data licenses count for MOF (CC-BY-4.0 everywhere still fails code type only with warnings)', () => {
    const verdict = run(relicensed('cc-by-4.0')).verdicts.mof;
    expect(verdict.progress['3']).toBe(1);
    expect(verdict.warnings).toContainEqual(
      expect.objectContaining({
        code: 'mof-license-not-type-appropriate',
        params: expect.objectContaining({ component: 'architecture' }),
      }),
    );
  });

  it('a model with only a vague data section still has a data card', () => {
    const verdict = run(facts('org/m', license('apache-2.0'), section('Training data', 'Publicly available sources.')))
      .components['data-card'];
    expect(verdict.status).toBe('present');
  });

  it('unknown components leave MOF undecided rather than failed', () => {
    const model = facts('org/m', license('apache-2.0'), files('model.safetensors', 'config.json'));
    model.docs.card = 'unknown';
    const verdict = run(model).verdicts.mof;
    expect(verdict).toMatchObject({ class: null, open: null });
    expect(verdict.reasons).toContainEqual({ code: 'component-unknown', params: { component: 'model-card' } });
  });
});
