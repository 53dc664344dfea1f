/**
 * Every locale mirrors the English catalogue: the same keys (messages, notes, labels, the interface's and the pages'
 * words, functions counting as leaves), every sentence filled in from the params the English one uses, and a license
 * summary for every entry of the knowledge base.
 */
import { describe, expect, it } from 'vitest';
import {
  type Catalogue,
  NOTE_CODES,
  clauseLabel,
  componentLabel,
  definitionLabel,
  en,
  message,
  statusLabel,
  tierLabel,
} from '@/lib/catalogue';
import type { Params } from '@/lib/catalogue';
import { enPages } from '@/lib/catalogue/en-pages';
import { zh } from '@/lib/catalogue/zh';
import { zhLicenseSummaries } from '@/lib/catalogue/zh-licenses';
import { zhPages } from '@/lib/catalogue/zh-pages';
import { enBreakdown } from '@/lib/catalogue/en-breakdown';
import { zhBreakdown } from '@/lib/catalogue/zh-breakdown';
import { breakdownText } from '@/lib/catalogue/breakdown';
import { enCards } from '@/lib/catalogue/en-cards';
import { zhCards } from '@/lib/catalogue/zh-cards';
import { allLicenseEntries } from '@/lib/licenses';
import { REASON_CODES } from '@/lib/openness';
import { BASE_RELATIONS, CLAUSE_IDS, CLAUSE_SOURCES, COMPONENT_IDS, DEFINITIONS, TIERS } from '@/lib/schema/vocabulary';

/** Each locale's catalogue, and its parts kept apart from it (the breakdown's, the cards', the pages' words). */
const LOCALES: { name: string; catalogue: Catalogue; parts: Record<string, [english: object, ours: object]> }[] = [
  {
    name: 'zh-CN',
    catalogue: zh,
    parts: { breakdown: [enBreakdown, zhBreakdown], cards: [enCards, zhCards], pages: [enPages, zhPages] },
  },
];

type Leaf = string | ((...args: never[]) => unknown);

/** Every leaf (a string or a function) of an object, by its dotted path. Keys only a locale may have are skipped. */
function leaves(value: unknown, path = '', skip: readonly string[] = []): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof value === 'string' || typeof value === 'function') {
    out.set(path, value as Leaf);
    return out;
  }
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (skip.includes(key)) continue;
      for (const [p, leaf] of leaves(child, path ? `${path}.${key}` : key)) out.set(p, leaf);
    }
  return out;
}

/** What no finished sentence may contain: an unfilled param, a template left open, an object printed. */
const UNFILLED = /undefined|NaN|\[object|\$\{|[{}]/;

/** Params for every engine reason code (the union of what the engine passes; status as an access status). */
const MESSAGE_PARAMS: Params = {
  status: 'private',
  library: 'transformers',
  count: 1234,
  license: 'llama3.1',
  total: 12,
  available: 3,
  gated: 2,
  base: 'meta-llama/Llama-3.1-8B',
  component: 'training-data',
  id: 'org/base-model',
  quote: 'fine-tuned from org/base-model',
  clauses: 'User cap, Naming duty',
  gate: 'manual',
  providers: 'together, fireworks-ai',
  apps: 'org/demo',
  source: 'LICENSE',
  clause: 'user-cap',
  definition: 'osaid',
  from: 'org/parent',
  need: 'osi',
  class: 2,
  type: 'code',
  message: 'boom',
};

/** Params for the adapters' and the background's notes (status as an HTTP status). */
const NOTE_PARAMS: Params = {
  id: 'org/model',
  status: 503,
  path: 'LICENSE.md',
  depth: 5,
  field: 'tags',
  base: 'SDXL 1.0',
  version: '7',
  hub: 'ModelScope',
  answer: 'model-not-found',
};

/** Param sets that take other branches of a sentence: no `from`, no answer from the hub, other enum values. */
const VARIANTS: Params[] = [
  {},
  { status: 0 },
  { status: 'disabled', gate: 'auto', need: 'mof', type: 'data', component: 'weights', definition: 'open-weights' },
  { status: 'not-found', need: 'osi-or-open-data', type: 'document', class: 1, clause: 'no-hosting', answer: 'x' },
  { class: 3, component: 'supporting-libraries', definition: 'mof' },
];

/** A value no sentence would show of itself, to see whether a sentence uses a param. */
const sentinel = (value: unknown) => (typeof value === 'number' ? 97531 : 'zz-sentinel');
/** The same for a function's argument, which may be a list. */
const sentinelArg = (value: unknown) => (Array.isArray(value) ? ['zz-sentinel'] : sentinel(value));

/** Sample arguments for the interface's and the pages' functions, by path; others get strings (`arg0`, …). */
const UI_ARGS: Record<string, unknown[][]> = {
  'badge.replication': [
    [5, 17],
    [0, 17],
  ],
  'badge.name': [['Downloadable', 'Not open source · OSAID', '5/17 for replication', 5, 17]],
  'verdict.mofClass.text': [['I'], ['II'], ['III']],
  'verdict.mofClass.short': [['I'], ['II'], ['III']],
  'oneLine.mofNeeds': [['not classified', 'III', 'weights, data card']],
  'gradient.label': [['Downloadable', 5, 6]],
  'license.source': CLAUSE_SOURCES.flatMap((source) => [
    [source, 'the licensor may update these terms'],
    [source, undefined],
  ]),
  'license.onlyFor': [['multimodal']],
  'components.more': [[1], [2345]],
  'lineage.relation': BASE_RELATIONS.map((relation) => [relation, 'org/child']),
  'report.replicationValue': [[5, 17]],
  'dimNotice.text': [
    [1, 'dim'],
    [2345, 'hide'],
  ],
  'experts.motClass': [['II'], [null]],
  'experts.mot': [['Class II', '2024-10-03']],
  'experts.osai': [[0.75, '2025-06-12']],
  'experts.osaiCounts': [[3, 2, 1]],
  'experts.motDiffers': [['Class III', 'Class I', 'Training code', 'the MOT counts it']],
  'experts.unread': [['training code, evaluation code']],
  'experts.osaiDiffers': [['Licenses', 'open', 'partial']],
  'mof.class': [['I'], ['III']],
  'subject.component': [['Training code']],
  'subject.componentLicense': [['Training code']],
  unknown: [
    [['license', 'training code'], 0],
    [['license'], 2],
  ],
  name: [
    ['Open source?', 'Openness Lens: Downloadable.', ['The license is unknown.', 'So is the data.']],
    ['Open source', 'Openness Lens: Fully open.', []],
  ],
  'popup.settings': [
    ['OSAID', true],
    ['Open weights', false],
  ],
  'options.hubLabel': [
    ['ModelScope', true],
    ['Hugging Face', false],
  ],
};

function argsFor(path: string, fn: (...args: never[]) => unknown): unknown[][] {
  return UI_ARGS[path] ?? [Array.from({ length: fn.length }, (_, i) => `arg${i}`)];
}

type AnyFn = (...args: unknown[]) => unknown;

/** Calls a locale's function and the English one with the same arguments; each argument the English uses must be used. */
function checkFunction(path: string, ours: AnyFn, english: AnyFn, args: unknown[]): void {
  const text = ours(...args);
  expect(typeof text, path).toBe('string');
  expect((text as string).trim(), `${path} is empty`).not.toBe('');
  expect(text, `${path}: ${String(text)}`).not.toMatch(UNFILLED);
  args.forEach((arg, i) => {
    if (arg === undefined || typeof arg === 'boolean') return;
    const changed = args.map((a, j) => (j === i ? sentinelArg(a) : a));
    if (english(...changed) === english(...args)) return; // the English does not use it either
    expect(ours(...changed), `${path} ignores argument ${i}`).not.toBe(text);
  });
}

describe.each(LOCALES)('the $name catalogue', ({ catalogue, parts }) => {
  // Summaries are checked by id below; the breakdown's words as a part of their own (English keeps them apart).
  const skip = ['licenseSummaries', 'breakdown'];
  const ours = leaves(catalogue, '', skip);
  const english = leaves(en, '', skip);

  it('has exactly the English catalogue’s keys, ui included, each a string or a function like the English', () => {
    expect(
      [...ours.keys()].filter((key) => !english.has(key)),
      'keys English does not have',
    ).toEqual([]);
    expect(
      [...english.keys()].filter((key) => !ours.has(key)),
      'keys missing from this locale',
    ).toEqual([]);
    for (const [key, leaf] of english) expect(typeof ours.get(key), key).toBe(typeof leaf);
  });

  it.each(Object.keys(parts))('has exactly the English keys in its %s words', (part) => {
    const [englishPart, ourPart] = parts[part]!;
    const ourLeaves = leaves(ourPart);
    const englishLeaves = leaves(englishPart);
    expect([...ourLeaves.keys()].filter((key) => !englishLeaves.has(key))).toEqual([]);
    expect([...englishLeaves.keys()].filter((key) => !ourLeaves.has(key))).toEqual([]);
    for (const [key, leaf] of englishLeaves) expect(typeof ourLeaves.get(key), key).toBe(typeof leaf);
  });

  it('names its locale', () => {
    expect(catalogue.locale).not.toBe(en.locale);
    expect(catalogue.locale).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
  });

  it('has no empty label and no placeholder left in its fixed words', () => {
    for (const [key, leaf] of [...ours, ...Object.values(parts).flatMap(([, part]) => [...leaves(part)])])
      if (typeof leaf === 'string' && key !== 'ui.badge.cardPending') {
        expect(leaf.trim(), key).not.toBe('');
        expect(leaf, key).not.toMatch(UNFILLED);
      }
  });

  it('fills every engine sentence from the params the English one uses', () => {
    for (const code of REASON_CODES) {
      const params = { ...MESSAGE_PARAMS };
      const sentence = message({ code, params }, catalogue);
      expect(sentence.trim(), code).not.toBe('');
      expect(sentence, `${code}: ${sentence}`).not.toMatch(UNFILLED);
      expect(sentence, `${code}: ${sentence}`).not.toContain('?');
      for (const [key, value] of Object.entries(params)) {
        const changed = { ...params, [key]: sentinel(value) };
        if (message({ code, params: changed }, en) === message({ code, params }, en)) continue;
        expect(message({ code, params: changed }, catalogue), `${code} ignores ${key}`).not.toBe(sentence);
      }
      for (const variant of VARIANTS) {
        const other = message({ code, params: { ...params, ...variant } }, catalogue);
        expect(other, `${code}: ${other}`).not.toMatch(UNFILLED);
      }
    }
  });

  it('fills every note from the params the English one uses', () => {
    for (const code of NOTE_CODES) {
      const sentence = message({ code, params: NOTE_PARAMS }, catalogue);
      expect(sentence.trim(), code).not.toBe('');
      expect(sentence, `${code}: ${sentence}`).not.toMatch(UNFILLED);
      expect(sentence, `${code}: ${sentence}`).not.toContain('?');
      for (const [key, value] of Object.entries(NOTE_PARAMS)) {
        const changed = { ...NOTE_PARAMS, [key]: sentinel(value) };
        if (message({ code, params: changed }, en) === message({ code, params: NOTE_PARAMS }, en)) continue;
        expect(message({ code, params: changed }, catalogue), `${code} ignores ${key}`).not.toBe(sentence);
      }
      for (const variant of VARIANTS) {
        const other = message({ code, params: { ...NOTE_PARAMS, ...variant } }, catalogue);
        expect(other, `${code}: ${other}`).not.toMatch(UNFILLED);
      }
    }
  });

  it('gives a code it does not know a sentence of its own that still names the code and its params', () => {
    const sentence = message({ code: 'some-future-note', params: { status: 404 } }, catalogue);
    expect(sentence).toContain('some-future-note');
    expect(sentence).toContain('404');
    expect(sentence).not.toBe(message({ code: 'some-future-note', params: { status: 404 } }, en));
    expect(catalogue.fallback('x', {})).toContain('x');
  });

  it('fills every function of the interface from the arguments the English one uses', () => {
    const englishUi = leaves(en.ui, 'ui');
    for (const [path, fn] of leaves(catalogue.ui, 'ui')) {
      const englishFn = englishUi.get(path);
      if (typeof fn !== 'function' || typeof englishFn !== 'function') continue;
      for (const args of argsFor(path.slice('ui.'.length), englishFn))
        checkFunction(path, fn as AnyFn, englishFn as AnyFn, args);
    }
  });

  it.each(Object.keys(parts))(
    'fills every function of its %s words from the arguments the English one uses',
    (part) => {
      const [englishPart, ourPart] = parts[part]!;
      const englishLeaves = leaves(englishPart);
      for (const [path, fn] of leaves(ourPart)) {
        const englishFn = englishLeaves.get(path);
        if (typeof fn !== 'function' || typeof englishFn !== 'function') continue;
        for (const args of argsFor(path, englishFn)) checkFunction(path, fn as AnyFn, englishFn as AnyFn, args);
      }
    },
  );

  it('names the vocabulary in its own words', () => {
    for (const tier of TIERS) expect(tierLabel(tier, catalogue)).not.toBe(tierLabel(tier, en));
    for (const id of COMPONENT_IDS) expect(componentLabel(id, catalogue)).not.toBe(componentLabel(id, en));
    for (const id of CLAUSE_IDS) expect(clauseLabel(id, catalogue)).not.toBe(clauseLabel(id, en));
    expect(statusLabel('unknown', catalogue)).not.toBe(statusLabel('unknown', en));
    expect(DEFINITIONS.map((d) => definitionLabel(d, catalogue))).toHaveLength(3);
  });

  it('has a summary for exactly the knowledge base’s licenses', () => {
    const ids = allLicenseEntries().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const summaries = catalogue.licenseSummaries ?? {};
    expect(Object.keys(summaries).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(summaries[id]?.trim(), id).toBeTruthy();
      expect(summaries[id], id).not.toMatch(UNFILLED);
    }
  });
});

describe('the zh-CN catalogue', () => {
  it('is the one whose summaries zh-licenses.ts exports', () => {
    expect(zh.licenseSummaries).toBe(zhLicenseSummaries);
  });

  it('brings the breakdown its Chinese words, and English keeps its own apart', () => {
    expect(breakdownText(zh)).toBe(zhBreakdown);
    expect(breakdownText(en)).toBe(enBreakdown);
    expect(breakdownText(zh).breakdown.allReplicable).toBe('复现所需的一切均已发布。');
  });

  it('reads naturally in the sentences the English tests pin', () => {
    expect(
      message({ code: 'clause-disqualifies', params: { clause: 'user-cap', definition: 'osaid', from: 'a/b' } }, zh),
    ).toBe(
      '“用户数上限”条款（继承自其基础模型 a/b）使其不符合 OSAID 的要求：用户数超过规定数量时，必须另行向许可方取得许可。',
    );
    expect(
      message(
        { code: 'component-license-not-open', params: { component: 'weights', license: 'llama3.1', need: 'osi' } },
        zh,
      ),
    ).toBe('权重的许可证为 llama3.1，不属于 OSI 批准的许可证。');
    expect(message({ code: 'component-missing', params: { component: 'training-data' } }, zh)).toBe('训练数据未发布。');
    expect(message({ code: 'mof-class', params: { class: 2 } }, zh)).toBe('达到 MOF 第二类。');
    // The class as the badge and the cards name it (a Roman numeral) reads the same.
    expect(zh.ui.verdict.mofClass.text('II')).toBe('MOF 第二类');
    expect(message({ code: 'definition-met', params: { definition: 'open-weights' } }, zh)).toBe(
      '符合开放权重的要求。',
    );
    expect(message({ code: 'readme-unavailable', params: { status: 0 } }, zh)).toBe(
      '无法读取模型卡片 README（平台没有响应）。',
    );
  });

  it('writes counts in the locale’s digits, with no English plural', () => {
    expect(message({ code: 'weights-none-in-files', params: { count: 1234 } }, zh)).toBe(
      '仓库的 1,234 个文件中没有权重文件。',
    );
    expect(zh.ui.dimNotice.text(1, 'dim')).toBe('Openness Lens 已淡化显示 1 个低于您所设阈值的模型。');
    expect(zh.ui.badge.replication(5, 17)).toBe('复现组件 5/17');
  });

  it('keeps the badge’s visible words, in order, in its accessible name (WCAG 2.5.3)', () => {
    const tier = tierLabel('downloadable', zh);
    const verdict = zh.ui.verdict.named(zh.ui.verdict.osaid.no, definitionLabel('osaid', zh));
    const replication = zh.ui.badge.replication(5, 17);
    const name = zh.ui.badge.name(tier, verdict, replication, 5, 17);
    const at = [tier, verdict, replication].map((words) => name.indexOf(words));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});
