import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../lib/openness';
import { AssessmentSchema } from '../../../lib/schema/assessment';
import {
  DATASET_AVAILABILITY,
  EVIDENCE_KINDS,
  ModelFactsSchema,
  type ModelFacts,
} from '../../../lib/schema/model-facts';
import { BASE_RELATIONS, CLAUSE_IDS, DEFINITIONS, HUBS } from '../../../lib/schema/vocabulary';
import { allLicenseEntries } from '../../../lib/licenses';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const s = (max: number) => fc.string({ maxLength: max });
const licenseIds = ['apache-2.0', 'mit', 'llama3.1', 'llama3.2', 'gemma', 'other', 'unknown', 'cc-by-nc-4.0'];
const knownIds = allLicenseEntries().map((entry) => entry.id);
const id = fc.oneof(fc.constantFrom('org/a', 'org/b', 'org/c', 'org/d'), s(40));
const fileName = fc.oneof(
  fc.constantFrom('config.json', 'model.safetensors', 'train.py', 'checkpoint-1/x.bin', 'trainer_state.json', 'a.gguf'),
  s(60),
);

const core = fc.record({
  schemaVersion: fc.constant(1 as const),
  hub: fc.constantFrom(...HUBS),
  id,
  url: fc.oneof(fc.constant('https://huggingface.co/org/a'), s(100)),
  access: fc.record({
    status: fc.constantFrom('public', 'private', 'disabled', 'not-found'),
    gate: fc.constantFrom('none', 'auto', 'manual'),
    weights: fc.record({
      state: fc.constantFrom('present', 'absent', 'unknown'),
      evidence: fc.array(fc.record({ kind: fc.constantFrom(...EVIDENCE_KINDS), detail: s(50) }), { maxLength: 3 }),
    }),
    inferenceProviders: fc.array(s(20), { maxLength: 3 }),
    demoApps: fc.array(s(20), { maxLength: 3 }),
  }),
  licenses: fc.array(
    fc.record(
      {
        id: fc.oneof(fc.constantFrom(...licenseIds, ...knownIds), s(30)),
        name: s(40),
        text: fc.oneof(
          s(300),
          fc.constant('You may use it solely for non-commercial research purposes. 700 million monthly active users.'),
        ),
        textSource: fc.constant('LICENSE'),
        source: fc.constant('card'),
      },
      { requiredKeys: ['id', 'source'] },
    ),
    { maxLength: 3 },
  ),
  hubFlags: fc.array(fc.record({ id: fc.constantFrom(...CLAUSE_IDS), detail: s(30) }), { maxLength: 3 }),
  datasets: fc.array(
    fc.record(
      {
        id: s(30),
        role: fc.constantFrom('training', 'evaluation'),
        hub: fc.constantFrom(...HUBS),
        availability: fc.constantFrom(...DATASET_AVAILABILITY),
        license: fc.array(fc.constantFrom(...licenseIds), { maxLength: 2 }),
        url: s(50),
        source: fc.constant('card'),
      },
      { requiredKeys: ['id', 'role', 'availability', 'source'] },
    ),
    { maxLength: 4 },
  ),
  papers: fc.array(fc.record({ kind: fc.constantFrom('arxiv', 'doi', 'url'), id: s(30), source: fc.constant('tag') }), {
    maxLength: 2,
  }),
  codeLinks: fc.array(
    fc.record(
      {
        url: fc.oneof(fc.constant('https://github.com/o/r'), s(60)),
        context: fc.oneof(fc.constantFrom('training code … here', 'inference … usage', 'eval … x'), s(200)),
        license: fc.constantFrom(...licenseIds),
        source: fc.constant('readme'),
      },
      { requiredKeys: ['url', 'context', 'source'] },
    ),
    { maxLength: 3 },
  ),
  docs: fc.record({
    card: fc.constantFrom('present', 'absent', 'unknown'),
    sections: fc.array(
      fc.record({
        heading: fc.oneof(fc.constantFrom('Training data', 'Evaluation'), s(40)),
        excerpt: fc.oneof(fc.constant('Trained on publicly available sources.'), s(300)),
      }),
      { maxLength: 4 },
    ),
    evaluationResults: fc.boolean(),
    sampleOutputs: fc.boolean(),
  }),
  files: fc.record({ known: fc.boolean(), names: fc.array(fileName, { maxLength: 8 }) }),
  branches: fc.option(fc.array(fc.oneof(fc.constant('step100'), s(20)), { maxLength: 4 }), { nil: null }),
  baseModels: fc.array(fc.record({ id, relation: fc.constantFrom(...BASE_RELATIONS) }), { maxLength: 2 }),
  library: fc.option(fc.constantFrom('transformers', 'diffusers', 'gguf', 'unknown-lib'), { nil: undefined }),
  pipelineTag: fc.option(fc.constantFrom('text-generation', 'image-text-to-text'), { nil: undefined }),
  tags: fc.array(s(20), { maxLength: 4 }),
  notes: fc.array(fc.record({ code: s(30) }), { maxLength: 2 }),
});

const model: fc.Arbitrary<ModelFacts> = fc
  .tuple(
    core,
    fc.array(
      fc.record({
        id,
        relation: fc.constantFrom(...BASE_RELATIONS),
        parent: id,
        depth: fc.integer({ min: 1, max: 5 }),
        status: fc.constantFrom('resolved', 'unresolved'),
        facts: fc.option(core, { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
  )
  .map(([facts, lineage]) => {
    const out = { ...facts, lineage } as ModelFacts;
    // Drop keys fast-check left undefined, as JSON would.
    return JSON.parse(JSON.stringify(out)) as ModelFacts;
  });

const settings = fc.record({
  policy: fc.constantFrom(...DEFINITIONS),
  toggles: fc.record({
    openWeightsUseRestrictions: fc.boolean(),
    openWeightsCaps: fc.boolean(),
    openWeightsNoGate: fc.boolean(),
    osaidRequireDatasets: fc.boolean(),
    inheritFromBase: fc.boolean(),
  }),
});

describe('assess on arbitrary facts', () => {
  it('generated facts are valid ModelFacts (the property tests what it claims to)', () => {
    fc.assert(
      fc.property(model, (facts) => ModelFactsSchema.safeParse(facts).success),
      { numRuns: 200 },
    );
  });

  it(`never throws, is deterministic, and always returns a valid Assessment (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(model, settings, (facts, chosen) => {
        const result = assess(facts, chosen);
        const parsed = AssessmentSchema.safeParse(result);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
        expect(result.warnings.map((w) => w.code)).not.toContain('engine-error');
        for (const component of Object.values(result.components)) {
          if (component.status === 'unknown') expect(component.reason).toBeDefined();
        }
        expect(JSON.stringify(assess(facts, chosen))).toBe(JSON.stringify(result));
      }),
      { numRuns: RUNS },
    );
    // A thousand assessments, each done twice: ~3 s alone, more on a busy 2-core machine.
  }, 60_000);

  it('returns an all-unknown Assessment with the reason instead of throwing on broken input', () => {
    const broken = { id: 'org/x', hub: 'huggingface' } as unknown as ModelFacts;
    const result = assess(broken, { policy: 'osaid', toggles: { ...settingsDefaults } });
    expect(AssessmentSchema.safeParse(result).success).toBe(true);
    expect(result.tierReason.code).toBe('engine-error');
    expect(Object.values(result.components).every((c) => c.status === 'unknown')).toBe(true);
  });
});

const settingsDefaults = {
  openWeightsUseRestrictions: false,
  openWeightsCaps: false,
  openWeightsNoGate: false,
  osaidRequireDatasets: false,
  inheritFromBase: true,
};
