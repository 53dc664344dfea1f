/**
 * Property tests for every parser that reads text from a page or a hub: page props, API records, README, license
 * text, the URL classifier and stored settings. Each property runs 1,000 generated inputs in `npm test` and
 * FUZZ_RUNS (10,000 in `npm run test:fuzz`). The assess property lives in tests/unit/openness/property.test.ts.
 *
 * Every property asserts the same two things a user relies on: the parser never throws, and what it returns is
 * valid (schema-checked facts and settings, bounded lists and strings, only http(s) links).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { factsFromPageRecord } from '../../../lib/hubs/huggingface/gather';
import { huggingface } from '../../../lib/hubs/huggingface/adapter';
import { modelFromProps } from '../../../lib/hubs/huggingface/find-model';
import { applyCardReading } from '../../../lib/cards/apply';
import { readCard } from '../../../lib/cards/read-card';
import { MAX_SCAN } from '../../../lib/cards/read-card';
import { emptyFacts } from '../../../lib/schema/model-facts';
import { bareRecord, parseModelRecord, parseModelRecordJson } from '../../../lib/hubs/huggingface/record';
import { recordToFacts } from '../../../lib/hubs/huggingface/to-facts';
import { classifyHuggingFaceUrl, RESERVED_FIRST_SEGMENTS } from '../../../lib/hubs/huggingface/urls';
import { identifyLicenseText, readClausesFromText } from '../../../lib/licenses/text-reader';
import { lookupLicense } from '../../../lib/licenses/lookup';
import {
  CardSectionSchema,
  CodeLinkSchema,
  DatasetRefSchema,
  ModelFactsSchema,
  PaperSchema,
} from '../../../lib/schema/model-facts';
import { CLAUSE_IDS, DEFINITIONS } from '../../../lib/schema/vocabulary';
import { migrateSettings } from '../../../lib/settings/migrate';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../lib/settings/schema';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const params = { numRuns: RUNS };
// 1,000 runs take a second or two; the 10,000 of `npm run test:fuzz` need more than vitest's default 5 s.
vi.setConfig({ testTimeout: 10_000 + RUNS * 20 });

const valid = <T>(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }, v: T) => {
  const r = schema.safeParse(v);
  if (!r.success) throw new Error(JSON.stringify(r.error?.issues.slice(0, 3)));
};

// --- Hub-shaped values: each field either of the right shape or anything at all -------------------------------

const junk = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
  fc.constantFrom('__proto__', 'constructor', '<script>alert(1)</script>', 'javascript:alert(1)', '\u202e', ''),
);
const str = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('other', 'apache-2.0', 'llama3.1', 'constructor'));
const tag = fc.oneof(
  str,
  fc
    .constantFrom('license:', 'dataset:', 'base_model:', 'base_model:finetune:', 'arxiv:', 'doi:')
    .chain((prefix) => str.map((s) => prefix + s)),
  fc.constantFrom('safetensors', 'gguf', 'transformers', 'license:mit', 'dataset:org/data', 'arxiv:2401.00001'),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: arb }, { weight: 1, arbitrary: junk });
const strOrList = fc.oneof(str, fc.array(str, { maxLength: 4 }));

const cardData = fc.record(
  {
    license: maybe(strOrList),
    license_name: maybe(str),
    license_link: maybe(fc.oneof(str, fc.webUrl(), fc.constant('javascript:alert(1)'), fc.constant('LICENSE'))),
    datasets: maybe(strOrList),
    base_model: maybe(strOrList),
    base_model_relation: maybe(fc.constantFrom('finetune', 'adapter', 'quantized', 'merge', 'x')),
    extra_gated_prompt: maybe(
      fc.oneof(str, fc.constant('This License Agreement lets you use it for non-commercial purposes. '.repeat(5))),
    ),
    widget: junk,
    'model-index': junk,
    new_version: maybe(str),
  },
  { requiredKeys: [] },
);

const record = fc.record(
  {
    id: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('org/model', 'gpt2', 'a/b') }, { weight: 1, arbitrary: junk }),
    author: maybe(str),
    sha: maybe(fc.string({ maxLength: 200 })),
    lastModified: maybe(fc.string({ maxLength: 80 })),
    private: maybe(fc.boolean()),
    disabled: maybe(fc.boolean()),
    gated: maybe(fc.constantFrom(false, true, 'auto', 'manual', 'x')),
    tags: maybe(fc.array(tag, { maxLength: 12 })),
    tag_objs: maybe(
      fc.array(
        fc.record({ id: str, type: maybe(fc.constantFrom('dataset', 'license')), extra: maybe(fc.record({})) }),
        { maxLength: 4 },
      ),
    ),
    pipeline_tag: maybe(str),
    library_name: maybe(fc.oneof(str, fc.constantFrom('transformers', 'diffusers', 'peft', 'valueOf'))),
    siblings: maybe(
      fc.array(
        fc.record({
          rfilename: fc.oneof(str, fc.constantFrom('model.safetensors', 'README.md', 'LICENSE', 'train.py')),
        }),
        { maxLength: 8 },
      ),
    ),
    spaces: maybe(fc.array(str, { maxLength: 4 })),
    cardData: maybe(cardData),
    cardExists: maybe(fc.boolean()),
    safetensors: maybe(fc.record({ total: fc.oneof(fc.integer(), fc.double()) })),
    gguf: junk,
    inference: maybe(fc.constantFrom('warm', 'cold', 'x')),
    availableInferenceProviders: maybe(fc.array(fc.oneof(str, fc.record({ provider: maybe(str) })), { maxLength: 4 })),
    inferenceProviderMapping: junk,
    widgetData: junk,
  },
  { requiredKeys: [] },
);

function expectValidFactsFrom(input: unknown, source: 'api' | 'page'): void {
  const parsed = parseModelRecord(input, source);
  if (!parsed.ok) {
    expect(parsed.reason).toMatch(/^record-/);
    return;
  }
  valid(ModelFactsSchema, recordToFacts(parsed.record));
  valid(ModelFactsSchema, factsFromPageRecord(parsed.record));
}

describe('fuzz: API records (parseModelRecord → recordToFacts)', () => {
  it('hub-shaped records with drifting fields always give valid ModelFacts', () => {
    fc.assert(
      fc.property(record, (r) => expectValidFactsFrom(r, 'api')),
      params,
    );
  });

  it('anything at all, and any JSON text, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.jsonValue()), (v) => expectValidFactsFrom(v, 'api')),
      params,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          record.map((r) => JSON.stringify(r) ?? ''),
        ),
        (body) => {
          const parsed = parseModelRecordJson(body);
          if (parsed.ok) valid(ModelFactsSchema, recordToFacts(parsed.record));
        },
      ),
      params,
    );
  });
});

describe('fuzz: page props (the content script reads them, the background validates)', () => {
  const propsText = fc.oneof(
    record.map((model) => JSON.stringify({ model, activeTab: 'model-card' }) ?? ''),
    fc.record({ model: junk, activeTab: junk }).map((p) => JSON.stringify(p) ?? ''),
    // Truncated and corrupted JSON, as a changed or broken page would carry.
    fc
      .tuple(
        record.map((model) => JSON.stringify({ model }) ?? ''),
        fc.nat(),
      )
      .map(([s, n]) => s.slice(0, n % (s.length + 1))),
    fc.string(),
  );
  it('never throws; a record read from the props always gives valid ModelFacts', () => {
    fc.assert(
      fc.property(propsText, (text) => {
        const record = modelFromProps(text);
        const facts = huggingface.pageFacts?.({
          hub: 'huggingface',
          id: 'org/m',
          url: 'https://huggingface.co/org/m',
          record,
        });
        if (facts !== undefined) valid(ModelFactsSchema, facts);
      }),
      params,
    );
  });
});

describe('fuzz: README (readCard, then applyCardReading on empty facts)', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '\n',
      '\n\n',
      '# ',
      '## Training data\n',
      '### Evaluation results\n',
      '| a | b |\n|---|---|\n| 1 | 2 |\n',
      '```\n',
      '---\n',
      '[code](https://github.com/org/repo)',
      '[paper](https://arxiv.org/abs/2401.00001v2)',
      '[data](https://huggingface.co/datasets/org/data)',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert("https://github.com/a/b"))',
      '[d](data:text/html,<script>alert(1)</script>)',
      'https://doi.org/10.1000/xyz',
      'http://example.com/report.pdf',
      '<https://gitlab.com/a/b>',
      '- **Training code:** ',
      '  * nested: ',
      '## Citation\n```bibtex\n@misc{k, title={{X} 2}, eprint={2401.00001}}\n',
      '![img](https://huggingface.co/datasets/o/d/resolve/main/a.png)',
      'fine-tuned version of [o/m](https://huggingface.co/o/m)',
      '| Model | MMLU |\n|---|---|\n| x | 1.5 |\n',
      'We release all checkpoints as branches. ',
      '<h2>Eval</h2>\n',
      "href='https://codeberg.org/a/b'",
      '](',
      '<script>',
      '\u202e',
    ),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
  );
  const readme = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws; sections, links and evidence stay bounded and links are http(s)', () => {
    fc.assert(
      fc.property(readme, (text) => {
        const r = readCard(text);
        const facts = emptyFacts('huggingface', 'org/m', 'https://huggingface.co/org/m');
        applyCardReading(facts, r);
        expect(r.truncated).toBe(text.length > MAX_SCAN);
        expect(r.sections.length).toBeLessThanOrEqual(200);
        expect(r.links.length).toBeLessThanOrEqual(500);
        for (const s of facts.docs.sections) valid(CardSectionSchema, s);
        for (const l of r.links) {
          expect(new URL(l.url).protocol).toMatch(/^https?:$/);
          expect(l.sentence.length).toBeLessThanOrEqual(600);
        }
        for (const c of facts.codeLinks) valid(CodeLinkSchema, c);
        for (const p of facts.papers) valid(PaperSchema, p);
        for (const d of facts.datasets) valid(DatasetRefSchema, d);
      }),
      params,
    );
  });
});

describe('fuzz: card reader (readCard, applyCardReading)', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '\n',
      '\n\n',
      '- ',
      '    - ',
      '**Repository:** ',
      'Training code: ',
      '## Training data\n',
      '## Evaluation\n',
      '## Citation\n```\n@misc{a, title={T}, eprint={2401.00001}, archivePrefix={arXiv}}\n```\n',
      '| a | b |\n|---|---|\n| 1 | 2 |\n',
      '```\n',
      '[code](https://github.com/org/repo)',
      '[paper](https://arxiv.org/abs/2401.00001v2)',
      '[data](https://huggingface.co/datasets/org/data)',
      'https://www.kaggle.com/c/x/data',
      'based on `m-1b`',
      'using C:\\x\\m-7b as a base',
      '](',
      '\u202e',
    ),
  );
  const card = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, and the facts it fills stay schema-valid', () => {
    fc.assert(
      fc.property(card, (text) => {
        const reading = readCard(text, 'org/m-2');
        const facts = recordToFacts(bareRecord('org/m-2', { tags: ['arxiv:2401.00001'] }));
        applyCardReading(facts, reading);
        valid(ModelFactsSchema, facts);
        for (const link of facts.codeLinks) expect(new URL(link.url).protocol).toMatch(/^https?:$/);
      }),
      params,
    );
  });
});

describe('fuzz: license text (readClausesFromText, identifyLicenseText)', () => {
  const phrase = fc.constantFrom(
    'non-commercial',
    'solely for research purposes',
    '700 million monthly active users',
    'you may not use the outputs to improve any other model',
    'Built with Llama',
    'may not distribute modified versions',
    'under the same license',
    'we may revoke',
    'Apache License\nVersion 2.0',
    'MIT License',
    'Permission is hereby granted, free of charge',
    'CreativeML Open RAIL-M',
    '. ',
    '\n\n',
    '"',
  );
  const text = fc
    .array(fc.oneof(phrase, fc.string({ maxLength: 50 }), fc.string({ unit: 'grapheme', maxLength: 10 })), {
      maxLength: 40,
    })
    .map((parts) => parts.join(' '));

  it('never throws; each clause once, from the vocabulary, with a short quote; a title maps to a real entry', () => {
    fc.assert(
      fc.property(text, (t) => {
        const clauses = readClausesFromText(t);
        const ids = clauses.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const c of clauses) {
          expect(CLAUSE_IDS).toContain(c.id);
          expect(c.quote.length).toBeLessThanOrEqual(302);
        }
        const entry = identifyLicenseText(t);
        if (entry) expect(lookupLicense(entry.id)).toBe(entry);
      }),
      params,
    );
  });
});

describe('fuzz: URL classifier (classifyHuggingFaceUrl)', () => {
  const seg = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/),
    fc.constantFrom(
      ...[...RESERVED_FIRST_SEGMENTS].slice(0, 20),
      'tree',
      'blob',
      'models',
      '..',
      '%2F',
      '%E0%A4%A',
      '',
    ),
    fc.string({ maxLength: 8 }),
  );
  const url = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('https://huggingface.co', 'http://www.huggingface.co', 'https://huggingface.co.evil.example'),
        fc.array(seg, { maxLength: 5 }),
        fc.constantFrom('', '?a=1', '#x'),
      )
      .map(([origin, segs, tail]) => `${origin}/${segs.join('/')}${tail}`),
    fc.webUrl(),
    fc.string(),
  );
  const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?$/;

  it('never throws; a repo id it names is always a well-formed hub id on huggingface.co', () => {
    fc.assert(
      fc.property(url, (u) => {
        const c = classifyHuggingFaceUrl(u);
        if (c.repoId !== undefined) {
          expect(c.repoId).toMatch(NAME);
          expect(RESERVED_FIRST_SEGMENTS.has(c.repoId.split('/')[0]!)).toBe(false);
          expect(new URL(u).hostname).toMatch(/^(www\.)?huggingface\.co$/);
        }
        if (c.kind === 'model') expect(c.repoId).toBeDefined();
      }),
      params,
    );
  });
});

describe('fuzz: stored settings (migrateSettings)', () => {
  const settingsLike = fc.record(
    {
      version: maybe(fc.constantFrom(0, 1, 2, 99)),
      policy: maybe(fc.constantFrom(...DEFINITIONS, 'strict')),
      toggles: maybe(
        fc.dictionary(
          fc.constantFrom(...Object.keys(DEFAULT_SETTINGS.toggles), '__proto__', 'constructor', 'x'),
          maybe(fc.boolean()),
        ),
      ),
      listingBadges: maybe(fc.boolean()),
      dim: maybe(
        fc.record(
          { mode: maybe(fc.constantFrom('off', 'dim', 'hide')), threshold: maybe(fc.constantFrom('osaid', 'x')) },
          { requiredKeys: [] },
        ),
      ),
      hubs: maybe(fc.dictionary(fc.constantFrom('huggingface', 'civitai', 'x', '__proto__'), maybe(fc.boolean()))),
    },
    { requiredKeys: [] },
  );

  it('always valid settings; every valid stored choice is kept', () => {
    fc.assert(
      fc.property(fc.oneof(settingsLike, junk), (stored) => {
        const settings = migrateSettings(stored);
        valid(SettingsSchema, settings);
        const s = (stored ?? {}) as Record<string, unknown>;
        if (typeof s !== 'object' || Array.isArray(s)) return;
        if ((DEFINITIONS as readonly unknown[]).includes(s.policy)) expect(settings.policy).toBe(s.policy);
        if (typeof s.listingBadges === 'boolean') expect(settings.listingBadges).toBe(s.listingBadges);
        const toggles = s.toggles as Record<string, unknown> | undefined;
        if (toggles && typeof toggles === 'object')
          for (const key of Object.keys(DEFAULT_SETTINGS.toggles))
            if (Object.hasOwn(toggles, key) && typeof toggles[key] === 'boolean')
              expect(settings.toggles[key as keyof typeof settings.toggles]).toBe(toggles[key]);
      }),
      params,
    );
  });
});
