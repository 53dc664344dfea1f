/**
 * The hostile corpus: model pages and hub answers written by an attacker, or by a hub that changed or broke.
 * Each fixture is a small recorded hub (paths as in tests/fixtures/hub/README.md, relative to `huggingface.co/`) plus, optionally, the
 * ModelHeader `data-props` the page embeds. tests/unit/hostile/*.test.ts run every fixture through the adapter,
 * the engine, the UI, the Markdown report and the command line.
 */
import type { ComponentId } from '../../../lib/schema/vocabulary';

export type HubAnswer = string | { status: number; headers?: Record<string, string>; body?: string };

export interface HostileFixture {
  name: string;
  /** The model the page is for (always a well-formed id: the URL decides it). */
  id: string;
  /** Recorded hub, path relative to `huggingface.co/` → body (200) or a full answer. */
  hub: Record<string, HubAnswer>;
  /** The page's ModelHeader `data-props`. */
  props?: string;
  /** What the user must see. */
  expect?: {
    /** The page cannot be assessed from the hub: the badge reads Unknown with this reason code. */
    unavailable?: string;
    /** Components that must be `unknown` (with a reason) because the data that would decide them is unusable. */
    unknown?: ComponentId[];
    /** The declared license must not be recognised as a known (let alone open) license. */
    licenseUnknown?: boolean;
    /** Warning codes the assessment must carry. */
    warnings?: string[];
    /** The release tier the badge must show (the hostile part changes nothing a user relies on). */
    tier?: 'downloadable' | 'fully-closed';
    /** Text the breakdown must show, escaped (proves the data was rendered as text, not dropped or run). */
    showsText?: string;
  };
}

export const ID = 'hostile/model';
export const MARKUP = '<script>alert(1)</script><img src=x onerror="alert(2)"><svg onload=alert(3)>';
const JS = 'javascript:alert(document.cookie)';
const RLO = '\u202e';
const ZW = '\u200b';

const rec = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: ID,
  author: 'hostile',
  sha: '0123456789abcdef0123456789abcdef01234567',
  lastModified: '2024-05-01T00:00:00.000Z',
  private: false,
  disabled: false,
  gated: false,
  tags: ['transformers', 'safetensors', 'license:apache-2.0', 'dataset:org/data', 'arxiv:2401.00001'],
  pipeline_tag: 'text-generation',
  library_name: 'transformers',
  cardData: { license: 'apache-2.0', datasets: ['org/data'] },
  siblings: [{ rfilename: 'README.md' }, { rfilename: 'config.json' }, { rfilename: 'model.safetensors' }],
  spaces: [],
  ...over,
});

const json = (v: unknown) => JSON.stringify(v);
const README = '---\nlicense: apache-2.0\n---\n# Model\n\n## Training data\n\nTrained on org/data.\n';
const DATASET = json({ id: 'org/data', private: false, gated: false, cardData: { license: 'cc-by-4.0' } });

/** A normal little hub around a (maybe hostile) record, README and props. */
function hub(record: unknown, extra: Record<string, HubAnswer> = {}, readme = README): Record<string, HubAnswer> {
  return {
    [`api/models/${ID}.json`]: typeof record === 'string' ? record : json(record),
    [`${ID}/raw/main/README.md`]: readme,
    [`api/models/${ID}/refs.json`]: json({ branches: [{ name: 'main' }], tags: [], converts: [] }),
    'api/datasets/org/data.json': DATASET,
    ...extra,
  };
}
const props = (model: unknown) => json({ model, activeTab: 'model-card' });

/** Every string leaf of `value` replaced by `f(leaf)`; object keys kept. */
function everyString(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => everyString(v, f));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyString(v, f)]));
  return value;
}

const nest = (depth: number, leaf: string): string => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);

const BIG = 1_000_000;
const tenMbReadme = (): string => {
  const block =
    '## Training data\n\nSee [code](https://github.com/org/repo) and <script>x()</script> ' +
    '[bad](javascript:alert(1)) https://arxiv.org/abs/2401.00001\n\n';
  return '# Huge\n\n' + block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
};

export const HOSTILE: HostileFixture[] = [
  {
    name: 'markup and script in every string field of the API record (id kept)',
    id: ID,
    hub: hub({ ...(everyString(rec(), (s) => `${s}${MARKUP}`) as object), id: ID }),
    expect: { showsText: '<script>alert(1)</script>' },
  },
  {
    name: 'markup in every string field of the page props',
    id: ID,
    props: props({ ...(everyString(rec(), (s) => `${MARKUP}${s}`) as object), id: ID }),
    hub: hub(rec()),
  },
  {
    name: 'markup as the record id (the hub answers with a different, hostile id)',
    id: ID,
    hub: hub(rec({ id: `${MARKUP}/x` })),
    expect: { showsText: '<script>alert(1)</script>' },
  },
  {
    name: 'markup, event handlers and script links throughout the README',
    id: ID,
    hub: hub(
      rec(),
      {},
      `# <script>alert(1)</script>\n\n## Training data <img src=x onerror=alert(1)>\n\n` +
        `<a href="javascript:alert(1)" onclick="alert(2)">click</a> <iframe src="https://evil.example"></iframe>\n` +
        `[code](javascript:alert('https://github.com/org/repo')) <style>*{display:none}</style>\n`,
    ),
  },
  {
    name: 'javascript: license_link',
    id: ID,
    hub: hub(rec({ cardData: { license: 'other', license_name: 'Evil License', license_link: JS } })),
    expect: { licenseUnknown: true },
  },
  {
    name: 'data: license_link',
    id: ID,
    hub: hub(
      rec({
        cardData: {
          license: 'other',
          license_name: 'Data License',
          license_link: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        },
      }),
    ),
    expect: { licenseUnknown: true },
  },
  {
    name: 'vbscript: license_link',
    id: ID,
    hub: hub(rec({ cardData: { license: 'other', license_name: 'VB License', license_link: 'vbscript:msgbox(1)' } })),
    expect: { licenseUnknown: true },
  },
  {
    name: 'obfuscated javascript: license_link (case, tabs, leading spaces) on a known license',
    id: ID,
    hub: hub(rec({ cardData: { license: 'mit', license_link: '  JaVa\tScRiPt:alert(1)' } })),
  },
  {
    name: 'javascript:, data: and vbscript: links in README markdown, href and autolinks',
    id: ID,
    hub: hub(
      rec(),
      {},
      `# Model\n\n## Code\n\n[train](javascript:alert(1)) [d](data:text/html,<script>alert(1)</script>) ` +
        `[v](vbscript:msgbox(1)) <a href='javascript:alert(1)'>x</a> <javascript:alert(1)> ` +
        `[ok](https://github.com/org/train)\n`,
    ),
  },
  {
    name: 'one-megabyte strings in every field',
    id: ID,
    hub: hub({ ...(everyString(rec(), (s) => s + 'x'.repeat(BIG)) as object), id: ID }),
  },
  {
    name: 'an id longer than the hub allows',
    id: ID,
    hub: hub(rec({ id: 'a'.repeat(5000) })),
    expect: { unavailable: 'record-no-id' },
  },
  {
    name: 'huge arrays: 100,000 tags, siblings, datasets, spaces and providers',
    id: ID,
    hub: hub(
      rec({
        tags: Array.from({ length: 100_000 }, (_, i) => `dataset:org/d${i}`),
        siblings: Array.from({ length: 100_000 }, (_, i) => ({ rfilename: `shard-${i}.safetensors` })),
        spaces: Array.from({ length: 100_000 }, (_, i) => `org/space${i}`),
        availableInferenceProviders: Array.from({ length: 100_000 }, (_, i) => ({ provider: `p${i}` })),
        cardData: { license: 'apache-2.0', datasets: Array.from({ length: 100_000 }, (_, i) => `org/c${i}`) },
      }),
    ),
  },
  {
    name: 'deep nesting: 100,000 levels in cardData',
    id: ID,
    hub: hub(json(rec()).replace('"cardData":', `"cardData":${nest(100_000, '1')},"x":`)),
  },
  {
    name: 'deep nesting in the page props',
    id: ID,
    props: `{"model":{"id":"${ID}","cardData":${nest(50_000, '"deep"')}}}`,
    hub: hub(rec()),
  },
  {
    name: 'wrong types in every field (id kept)',
    id: ID,
    hub: hub({
      id: ID,
      author: 7,
      sha: ['x'],
      lastModified: {},
      private: 'false',
      disabled: 'no',
      gated: 'yes',
      tags: 'safetensors',
      tag_objs: [{ id: 5 }],
      pipeline_tag: 1,
      library_name: false,
      siblings: { rfilename: 'model.safetensors' },
      spaces: 'org/space',
      cardData: ['license', 'mit'],
      cardExists: 'yes',
      safetensors: 'big',
      inference: 3,
      availableInferenceProviders: 'all',
    }),
    expect: { unknown: ['weights', 'architecture'], warnings: ['record-field-invalid'] },
  },
  {
    name: 'wrong types inside cardData',
    id: ID,
    hub: hub(
      rec({
        tags: [],
        cardData: { license: 42, datasets: { a: 1 }, base_model: [1, 2], license_link: ['x'], license_name: null },
      }),
    ),
    expect: { warnings: ['record-field-invalid'] },
  },
  {
    name: 'the record is a number, then null, as page props',
    id: ID,
    props: '{"model":12345}',
    hub: hub(rec()),
  },
  {
    name: '__proto__ keys at every level of the record',
    id: ID,
    hub: hub(
      // The record leaves `private` and `gated` out (the page props do): only the `__proto__` key could fill them.
      json(rec({ private: undefined, gated: undefined })).replace(
        /^\{/,
        '{"__proto__":{"private":true,"gated":"manual","library_name":"constructor"},' +
          '"cardData_":{"__proto__":{"license":"mit"}},',
      ),
    ),
    // A public, ungated model with weights: the `__proto__` key must not make it private or gated.
    expect: { tier: 'downloadable' },
  },
  {
    name: '__proto__ and constructor as license, library, dataset and base-model ids',
    id: ID,
    hub: hub(
      rec({
        library_name: 'constructor',
        tags: ['__proto__', 'constructor', 'license:constructor', 'dataset:__proto__', 'base_model:constructor'],
        cardData: {
          license: ['__proto__', 'constructor', 'toString', 'hasOwnProperty'],
          datasets: ['__proto__', 'constructor'],
          base_model: ['__proto__'],
        },
        inferenceProviderMapping: JSON.parse('{"__proto__":{"x":1},"constructor":{}}') as unknown,
      }),
      {
        'api/models/constructor.json': json({
          id: 'constructor',
          tags: ['license:__proto__'],
          library_name: 'valueOf',
        }),
      },
    ),
    expect: { licenseUnknown: true },
  },
  {
    name: 'right-to-left overrides in ids (record, base model, datasets, license)',
    id: ID,
    hub: hub(
      rec({
        id: `hostile/${RLO}lmth.exe`,
        tags: [`base_model:org/${RLO}esab`, `dataset:org/${RLO}atad`, `license:apache${RLO}-2.0`],
        cardData: { license: `apache-2.0${RLO}`, datasets: [`${RLO}org/data`] },
      }),
    ),
    // The base named with an override is not the base it imitates: unresolved, with the reason.
    expect: { warnings: ['base-unresolved'] },
  },
  {
    name: 'zero-width characters in ids: a look-alike license and base model',
    id: ID,
    hub: hub(
      rec({
        tags: [`license:apa${ZW}che-2.0`, `base_model:meta${ZW}-llama/Llama-3.1-8B`],
        cardData: { license: `apa${ZW}che-2.0`, base_model: `meta${ZW}-llama/Llama-3.1-8B` },
      }),
    ),
    expect: { licenseUnknown: true },
  },
  {
    name: 'a base_model cycle: the model → its base → the model',
    id: ID,
    hub: hub(rec({ tags: ['license:apache-2.0', 'base_model:org/base'], cardData: { base_model: 'org/base' } }), {
      'api/models/org/base.json': json(rec({ id: 'org/base', tags: [`base_model:${ID}`] })),
      'org/base/raw/main/README.md': README,
    }),
    expect: { warnings: ['lineage-cycle'] },
  },
  {
    name: 'a base model chain deeper than five levels',
    id: ID,
    hub: hub(
      rec({ tags: ['license:apache-2.0', 'base_model:org/b1'] }),
      Object.fromEntries(
        Array.from({ length: 8 }, (_, i) => [
          `api/models/org/b${i + 1}.json`,
          json(rec({ id: `org/b${i + 1}`, tags: [`base_model:org/b${i + 2}`] })),
        ]),
      ),
    ),
    expect: { warnings: ['lineage-depth-limit'] },
  },
  {
    name: 'a 10 MB README',
    id: ID,
    hub: hub(rec(), {}, tenMbReadme()),
    expect: { warnings: ['readme-truncated'] },
  },
  {
    name: 'a README built to make regular expressions backtrack',
    id: ID,
    hub: hub(
      rec(),
      {},
      '#'.repeat(200_000) +
        '\n' +
        '[](('.repeat(100_000) +
        '\n' +
        'https://'.repeat(100_000) +
        '\n' +
        'href="'.repeat(50_000) +
        '\n' +
        '<'.repeat(200_000),
    ),
  },
  {
    name: 'malformed percent escapes in README links (a DOI ending in %)',
    id: ID,
    hub: hub(rec(), {}, '# Card\n\n[paper](https://doi.org/10.1000/xyz%) https://doi.org/10.1234/%E0%A4%A\n'),
    expect: { tier: 'downloadable' },
  },
  {
    name: 'control characters, ANSI escapes and NUL bytes in the README and license name',
    id: ID,
    hub: hub(
      rec({ cardData: { license: 'other', license_name: 'Evil\u001b[31m\u0000License\u0007' } }),
      {},
      '# Model\u001b[2J\n\n## Training data\n\nTrained \u0000on\u001b]8;;http://x\u0007 public data\u0085.\n',
    ),
  },
  {
    name: 'lone surrogates and non-characters in strings',
    id: ID,
    hub: hub(
      rec({ tags: ['license:\ud800', 'dataset:org/\udfff'], cardData: { license: '\ud800', datasets: ['\uffff'] } }),
    ),
    expect: { licenseUnknown: true },
  },
  {
    name: 'malformed data-props JSON (truncated)',
    id: ID,
    props: `{"model":{"id":"${ID}","tags":["license:mit"`,
    hub: hub(rec()),
  },
  {
    name: 'data-props that are not an object: an array, a string, null',
    id: ID,
    props: '[{"model":{"id":"x"}}]',
    hub: hub(rec()),
  },
  {
    name: 'data-props larger than any real header (6 MB)',
    id: ID,
    props: json({ model: { id: ID, tags: ['x'.repeat(6_000_000)] } }),
    hub: hub(rec()),
  },
  {
    name: 'the API answers truncated JSON',
    id: ID,
    hub: hub(json(rec()).slice(0, 200)),
    expect: { unavailable: 'record-not-json' },
  },
  {
    name: 'the API answers an HTML error page with script',
    id: ID,
    hub: hub(`<html><body>${MARKUP}</body></html>`),
    expect: { unavailable: 'record-not-json' },
  },
  {
    name: 'the API answers a JSON array',
    id: ID,
    hub: hub('[{"id":"hostile/model"}]'),
    expect: { unavailable: 'record-not-object' },
  },
  {
    name: 'the API answers a truncated record while the page embeds a good one: the first badge stays',
    id: ID,
    props: props(rec()),
    hub: hub(json(rec()).slice(0, 100)),
  },
  {
    name: 'a 10 MB LICENSE full of markup and clause phrases',
    id: ID,
    hub: hub(rec({ cardData: { license: 'other', license_name: 'Weird' } }), {
      [`${ID}/raw/main/LICENSE`]: (
        `${MARKUP} You may use the Model solely for non-commercial research purposes. ` +
        'Licensee shall not use the outputs to improve any other model. '
      ).repeat(60_000),
    }),
  },
  {
    name: 'a gate prompt with markup, script links and license terms',
    id: ID,
    hub: hub(
      rec({
        gated: 'manual',
        cardData: {
          license: 'other',
          extra_gated_prompt:
            `${MARKUP} License agreement. [Accept](javascript:alert(1)). ` +
            'You may not use the Model for commercial purposes. '.repeat(20),
        },
      }),
    ),
  },
  {
    name: 'hostile dataset records: markup, wrong types, javascript: license',
    id: ID,
    hub: hub(rec(), {
      'api/datasets/org/data.json': json({ id: MARKUP, private: 'no', cardData: { license: [JS, MARKUP, 5] } }),
    }),
  },
  {
    name: 'hostile branches answer',
    id: ID,
    hub: hub(rec(), { [`api/models/${ID}/refs.json`]: json({ branches: [{ name: MARKUP }, 7, null], tags: 'x' }) }),
  },
  {
    name: 'redirects to javascript:, to another origin, and in a loop',
    id: ID,
    hub: hub(rec(), {
      [`${ID}/raw/main/README.md`]: { status: 307, headers: { location: JS } },
      'api/datasets/org/data.json': { status: 302, headers: { location: 'https://evil.example/steal' } },
      [`api/models/${ID}/refs.json`]: { status: 307, headers: { location: `/api/models/${ID}/refs` } },
    }),
  },
  {
    name: 'strange numbers: negative and huge parameter counts, dates as numbers',
    id: ID,
    hub: hub(rec({ safetensors: { total: -1e308 }, lastModified: 1e308, siblings: undefined, tags: ['license:mit'] })),
  },
  {
    name: 'hostile tag_objs and inference provider mapping',
    id: ID,
    hub: hub(
      rec({
        tag_objs: [
          { id: `dataset:${MARKUP}`, type: 'dataset', extra: { disabled: 'yes' } },
          { id: 'x', label: MARKUP },
        ],
        inferenceProviderMapping: [{ provider: MARKUP }, 7, null, { provider: { x: 1 } }],
      }),
    ),
  },
];
