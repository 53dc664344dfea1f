/** Every reason the engine emits has a plain sentence, with its params filled in. */
import { describe, expect, it } from 'vitest';
import {
  clauseLabel,
  clauseMeaning,
  componentLabel,
  definitionLabel,
  en,
  hasMessage,
  message,
  purposeLabel,
  statusLabel,
  tierLabel,
} from '../../../lib/catalogue';
import { REASON_CODES } from '../../../lib/openness';
import type { Assessment } from '../../../lib/schema/assessment';
import type { Reason } from '../../../lib/schema/model-facts';
import { CLAUSE_IDS, COMPONENT_IDS, DEFINITIONS, PURPOSE_IDS, TIERS } from '../../../lib/schema/vocabulary';
import {
  base,
  card,
  codeLink,
  dataset,
  demos,
  facts,
  files,
  filesUnknown,
  gate,
  hubFlag,
  library,
  license,
  openModel,
  providers,
  run,
  section,
  status,
  unresolvedBase,
  weightsState,
} from './builder';

function reasonsOf(result: Assessment): Reason[] {
  return [
    result.tierReason,
    ...result.warnings,
    ...Object.values(result.components).flatMap((c) => (c.reason ? [c.reason] : [])),
    ...result.verdicts.osaid.reasons,
    ...result.verdicts['open-weights'].reasons,
    ...result.verdicts.mof.reasons,
    ...result.verdicts.mof.warnings,
    ...result.lineage.flatMap((entry) => (entry.reason ? [entry.reason] : [])),
  ];
}

const llama = facts('meta-llama/L', license('llama3.1'), section('Training data', 'Publicly available sources.'));
const broad = [
  run(openModel()),
  run(openModel('o/m', gate('manual')), { openWeightsNoGate: true }),
  run(facts('o/a', status('private'))),
  run(facts('o/b', filesUnknown)),
  run(facts('o/b2', filesUnknown, library('transformers'))),
  run(facts('o/b3', filesUnknown, weightsState('absent'))),
  run(facts('o/b4', filesUnknown, weightsState('present', [{ kind: 'record-field', detail: 'gguf' }]))),
  run(facts('o/c', files('config.json'), gate('auto'))),
  run(facts('o/d', files('config.json'), providers('x'))),
  run(facts('o/e', files('config.json'), demos('y'))),
  run(facts('o/f', files('config.json'))),
  run(facts('o/g', card('absent'))),
  run(facts('o/h', card('unknown'), license('mystery'))),
  run(facts('o/i', license('other', { text: 'Use solely for non-commercial research purposes.' }))),
  run(facts('o/i2', license('other', { text: 'Some words.' }))),
  run(facts('o/j', license('llama3.1'), files('model.bin'), base(llama), unresolvedBase('o/gone'))),
  run(facts('o/k', license('apache-2.0'), files('model.bin'), base(llama)), { inheritFromBase: true }),
  run(facts('o/k2', license('mit'), dataset('a', 'public'), dataset('b', 'missing'), dataset('c', 'unknown'))),
  run(facts('o/k3', dataset('a', 'gated'))),
  run(facts('o/k4', dataset('a', 'missing'))),
  run(facts('o/k5', dataset('a', 'unknown'))),
  run(facts('o/l', section('Training data', 'Reddit links.'), codeLink('https://g/x', 'usage … here'))),
  run(facts('o/m2', license('cc-by-4.0'), files('train.py', 'model.bin'), hubFlag('no-resale', 'flag'))),
  run(facts('o/n', license('apple-ascl'), files('model.bin'), library('timm'))),
];
broad.push(
  (() => {
    const m = facts('o/o', license('mit'));
    m.baseModels.push({ id: 'o/unfollowed', relation: 'adapter' });
    return run(m);
  })(),
);

describe('message catalogue', () => {
  const emitted = new Set(broad.flatMap(reasonsOf).map((r) => r.code));

  it('collects most engine codes from a broad set of assessments', () => {
    const engineCodes = [...emitted].filter((code) => (REASON_CODES as readonly string[]).includes(code));
    expect(engineCodes.length).toBeGreaterThan(REASON_CODES.length * 0.75);
  });

  it('has a sentence for every code the engine emits, with every param filled in', () => {
    for (const result of broad) {
      for (const reason of reasonsOf(result)) {
        if (!(REASON_CODES as readonly string[]).includes(reason.code)) continue; // adapters' notes
        expect(hasMessage(reason.code), reason.code).toBe(true);
        const sentence = message(reason);
        expect(sentence, reason.code).toMatch(/^[A-Z“].*[.)]$/);
        expect(sentence, `${reason.code}: ${sentence}`).not.toMatch(/undefined|\?|\[object/);
      }
    }
  });

  it('has a sentence for every declared code (typed catalogue)', () => {
    for (const code of REASON_CODES) expect(typeof en.messages[code]).toBe('function');
  });

  it('gives codes it does not know (adapter notes) a generic sentence', () => {
    expect(message({ code: 'some-future-note', params: { status: 404 } })).toBe(
      'Note: some-future-note (status: 404).',
    );
  });

  it('names the vocabulary', () => {
    expect(TIERS.map((t) => tierLabel(t))).toEqual([
      'Fully closed',
      'Staged',
      'Hosted',
      'API',
      'Downloadable',
      'Fully open',
    ]);
    expect(PURPOSE_IDS.map((p) => purposeLabel(p))).toEqual(['Use the model', 'Analyse its risks', 'Replicate it']);
    expect(DEFINITIONS.map((d) => definitionLabel(d))).toEqual(['OSAID', 'MOF', 'Open weights']);
    expect(statusLabel('unknown')).toBe('Unknown');
    for (const id of COMPONENT_IDS) expect(componentLabel(id)).toMatch(/^[A-Z]/);
    for (const id of CLAUSE_IDS) expect(clauseMeaning(id)).toMatch(/\.$/);
    expect(clauseLabel('user-cap')).toBe('User cap');
  });

  it('uses labels inside sentences', () => {
    expect(
      message({ code: 'clause-disqualifies', params: { clause: 'user-cap', definition: 'osaid', from: 'a/b' } }),
    ).toBe(
      'The “User cap” clause, inherited from its base a/b, rules out OSAID: above a set number of users, a separate license must be obtained from the licensor.',
    );
    expect(
      message({
        code: 'component-license-not-open',
        params: { component: 'weights', license: 'llama3.1', need: 'osi' },
      }),
    ).toBe('The weights are under llama3.1, which is not an OSI-approved license.');
    expect(message({ code: 'component-missing', params: { component: 'training-data' } })).toBe(
      'The training data is not released.',
    );
    expect(message({ code: 'mof-class', params: { class: 2 } })).toBe('Reaches MOF Class II.');
  });
});
