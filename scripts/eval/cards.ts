/**
 * Model cards: each card is served as the hub would serve it — a model record built from its own front matter (with
 * the `arxiv:` tags the hub derives from every arXiv link in the text) and the README itself — through the shipping
 * Hugging Face adapter, then the engine. The adapter's facts are "the reader"; the Assessment is "the engine".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Fetcher, FetchResponse } from '../../lib/hubs/fetcher';
import { gatherHuggingFaceFacts } from '../../lib/hubs/huggingface/gather';
import { assess } from '../../lib/openness';
import type { Assessment } from '../../lib/schema/assessment';
import type { ModelFacts } from '../../lib/schema/model-facts';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { CARD_FIELDS, CardLabelSchema, loadLabels, type CardField, type CardLabel } from './labels';
import { Agreement } from './score';
import { fold, quotedIn } from './text-match';

export interface CardReport {
  reader: Agreement;
  engine: Agreement;
  quoteProblems: string[];
  disagreements: string[];
  /** Components the engine calls present with nothing to show for it. */
  unsupported: string[];
  cards: number;
}

interface Reading {
  trainingCode: string[];
  evaluationCode: string[];
  trainingData: string;
  paper: boolean;
  evaluationResults: string;
  checkpoints: boolean;
  baseModelFromText: string | null;
}

interface Source {
  hfId: string;
  file: string;
}

function frontMatter(card: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n(---|\.\.\.)\s*(\r?\n|$)/.exec(card);
  if (!m) return {};
  try {
    const data = load(m[1] ?? '');
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const asList = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter((x): x is string => typeof x === 'string');

/** What the hub's API would answer for this card's model: its front matter as `cardData`, plus derived tags. */
export function recordFromCard(hfId: string, card: string): Record<string, unknown> {
  const fm = frontMatter(card);
  const tags = new Set(asList(fm['tags']));
  for (const license of asList(fm['license'])) tags.add(`license:${license}`);
  for (const dataset of asList(fm['datasets'])) tags.add(`dataset:${dataset}`);
  for (const base of asList(fm['base_model'])) tags.add(`base_model:${base}`);
  // The hub tags a model with every arXiv id its README links to, cited work included.
  for (const m of card.matchAll(/arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/gi)) tags.add(`arxiv:${m[1]}`);
  const record: Record<string, unknown> = {
    id: hfId,
    modelId: hfId,
    author: hfId.split('/')[0],
    tags: [...tags],
    cardData: fm,
  };
  if (typeof fm['pipeline_tag'] === 'string') record['pipeline_tag'] = fm['pipeline_tag'];
  if (typeof fm['library_name'] === 'string') record['library_name'] = fm['library_name'];
  if (fm['model-index'] !== undefined) record['model-index'] = fm['model-index'];
  return record;
}

export function cardFetcher(hfId: string, card: string): Fetcher {
  const record = JSON.stringify(recordFromCard(hfId, card));
  return async (url): Promise<FetchResponse> => {
    const u = new URL(url);
    if (u.pathname === `/api/models/${hfId}`)
      return { status: 200, headers: { 'content-type': 'application/json' }, body: record };
    if (u.pathname === `/${hfId}/raw/main/README.md` || u.pathname === `/${hfId}/resolve/main/README.md`)
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: card };
    return { status: 404, headers: { 'x-error-code': 'EntryNotFound' }, body: '{"error":"not found"}' };
  };
}

const hasBase = (card: string): boolean => asList(frontMatter(card)['base_model']).some((s) => s.trim() !== '');

function readingOfFacts(facts: ModelFacts, card: string): Reading {
  const training = facts.datasets.filter((d) => d.role === 'training');
  return {
    trainingCode: facts.codeLinks.filter((l) => l.role === 'training').map((l) => l.url),
    evaluationCode: facts.codeLinks.filter((l) => l.role === 'evaluation').map((l) => l.url),
    trainingData: training.length > 0 ? 'named' : (facts.docs.trainingData?.kind ?? 'none'),
    paper: facts.papers.length > 0,
    evaluationResults: facts.docs.evaluation?.state ?? (facts.docs.evaluationResults ? 'present' : 'absent'),
    checkpoints: facts.docs.checkpoints !== undefined,
    baseModelFromText: hasBase(card) ? 'n/a' : (facts.baseModelHints?.[0]?.id ?? null),
  };
}

function readingOfAssessment(a: Assessment, card: string): Reading {
  const c = a.components;
  const urls = (id: 'training-code' | 'evaluation-code') =>
    c[id].status === 'present' ? c[id].evidence.map((e) => e.url ?? e.detail) : [];
  const data = c['training-data'];
  const reason = data.reason?.code;
  const evaluation = c['evaluation-results'];
  const hint = a.warnings.find((w) => w.code === 'base-model-from-text');
  return {
    trainingCode: urls('training-code'),
    evaluationCode: urls('evaluation-code'),
    trainingData: data.evidence.some((e) => e.kind === 'dataset')
      ? 'named'
      : reason === 'training-data-vague'
        ? 'vague'
        : reason === 'training-data-described'
          ? 'described'
          : 'none',
    paper: c['research-paper'].status === 'present',
    evaluationResults:
      evaluation.status === 'present'
        ? 'present'
        : evaluation.reason?.code === 'evaluation-results-image-only'
          ? 'image-only'
          : 'absent',
    checkpoints: c['intermediate-weights'].status === 'present',
    baseModelFromText: hasBase(card) ? 'n/a' : typeof hint?.params?.['id'] === 'string' ? hint.params['id'] : null,
  };
}

const repoKey = (url: string): string =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/(\.git)?\/?$/, '')
    .replace(/^(github\.com|gitlab\.com|huggingface\.co)\/([^/]+)\/([^/#?]+).*$/, '$1/$2/$3');

const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .split('/')
    .pop()!
    .replace(/[^a-z0-9.]+/g, '');

function agrees(field: CardField, label: CardLabel, got: Reading): { ok: boolean; want: string; have: string } {
  switch (field) {
    case 'trainingCode':
    case 'evaluationCode': {
      const want = label[field];
      const have = got[field];
      const ok = want.present
        ? have.length > 0 && (want.url === undefined || have.some((u) => repoKey(u) === repoKey(want.url!)))
        : have.length === 0;
      return { ok, want: want.present ? `present ${want.url ?? ''}` : 'absent', have: have.join(' ') || 'absent' };
    }
    case 'trainingData':
      return {
        ok: label.trainingData.kind === got.trainingData,
        want: label.trainingData.kind,
        have: got.trainingData,
      };
    case 'paper':
      return { ok: label.paper.present === got.paper, want: String(label.paper.present), have: String(got.paper) };
    case 'evaluationResults':
      return {
        ok: label.evaluationResults.value === got.evaluationResults,
        want: label.evaluationResults.value,
        have: got.evaluationResults,
      };
    case 'checkpoints':
      return {
        ok: label.checkpoints.present === got.checkpoints,
        want: String(label.checkpoints.present),
        have: String(got.checkpoints),
      };
    case 'baseModelFromText': {
      const want = label.baseModelFromText.id;
      const have = got.baseModelFromText;
      const ok =
        want === have ||
        (want !== null && have !== null && want !== 'n/a' && have !== 'n/a' && nameKey(want) === nameKey(have));
      return { ok, want: String(want), have: String(have) };
    }
  }
}

/** The value class of a reading ("present https://…" → "present", a base model id → "named"). */
const valueOf = (reading: string): string =>
  reading.startsWith('present') || reading.startsWith('http')
    ? 'present'
    : /^(true|false|absent|none|n\/a|null|named|described|vague|image-only)$/.test(reading)
      ? reading
      : 'named';

function labelQuotes(label: CardLabel): string[] {
  const out: string[] = [];
  for (const field of CARD_FIELDS) {
    const value = label[field] as { quote?: string; url?: string };
    if (value.quote) out.push(value.quote);
    if (value.url) out.push(value.url);
  }
  return out;
}

/** Evidence a user can follow: a link, a quote, a file, a branch, a dataset, or a named card field. */
function unsupportedPresent(a: Assessment): string[] {
  const out: string[] = [];
  for (const [id, component] of Object.entries(a.components)) {
    if (component.status !== 'present') continue;
    const shown = component.evidence.some(
      (e) => e.url || e.quote || ['file', 'branch', 'dataset', 'card-field', 'tag', 'record-field'].includes(e.kind),
    );
    if (!shown) out.push(id);
  }
  return out;
}

export async function evaluateCards(dir: string, labelsFile: string): Promise<CardReport> {
  const labels = loadLabels(labelsFile, CardLabelSchema);
  const sources = JSON.parse(readFileSync(path.join(dir, 'SOURCES.json'), 'utf8')) as Source[];
  const idOf = new Map(sources.map((s) => [s.file, s.hfId]));
  const report: CardReport = {
    reader: new Agreement(),
    engine: new Agreement(),
    quoteProblems: [],
    disagreements: [],
    unsupported: [],
    cards: 0,
  };
  for (const [file, label] of Object.entries(labels)) {
    const hfId = idOf.get(file);
    if (!hfId) throw new Error(`${file}: not in SOURCES.json`);
    const card = readFileSync(path.join(dir, file), 'utf8');
    const folded = fold(card);
    for (const quote of labelQuotes(label))
      if (!quotedIn(quote, folded)) report.quoteProblems.push(`${file}: “${quote}” is not in the card`);
    report.cards++;
    const gathered = await gatherHuggingFaceFacts(hfId, cardFetcher(hfId, card), {
      maxDepth: 0,
      lookupDatasets: false,
    });
    if (gathered.status !== 'ok') {
      report.disagreements.push(`${file}: the adapter answered ${gathered.status}`);
      for (const field of CARD_FIELDS) {
        report.reader.add(field, false);
        report.engine.add(field, false);
      }
      continue;
    }
    // The labels read what this card says, and no base model is served here: the engine is scored on the model's
    // own components (inheriting from a base it cannot see would only turn them unknown).
    const toggles = { ...DEFAULT_SETTINGS.toggles, inheritFromBase: false };
    const result = assess(gathered.facts, { policy: 'osaid', toggles });
    const unsupported = unsupportedPresent(result);
    if (unsupported.length > 0) report.unsupported.push(`${file}: ${unsupported.join(', ')}`);
    const readings = { reader: readingOfFacts(gathered.facts, card), engine: readingOfAssessment(result, card) };
    for (const field of CARD_FIELDS) {
      for (const which of ['reader', 'engine'] as const) {
        const { ok, want, have } = agrees(field, label, readings[which]);
        report[which].add(field, ok, valueOf(want), valueOf(have));
        if (!ok) {
          const quote = (label[field] as { quote?: string }).quote;
          report.disagreements.push(
            `${file} ${field} (${which}): label ${want}${quote ? ` “${quote}”` : ''}, read ${have}`,
          );
        }
      }
    }
  }
  return report;
}
