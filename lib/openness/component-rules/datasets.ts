/** Training data and evaluation data, judged from the datasets the card lists and the card's training-data section. */
import type { ComponentAssessment } from '../../schema/assessment';
import type { DatasetRef, Evidence } from '../../schema/model-facts';
import { mostRestrictive } from '../license-lookup';
import { reason } from '../reasons';
import { sentenceAround, TRAINING_DATA_HEADING, VAGUE_DATA } from '../signals';
import { httpUrl, MAX_EVIDENCE, type ComponentContext } from './common';

function datasetEvidence(dataset: DatasetRef): Evidence {
  const evidence: Evidence = {
    kind: 'dataset',
    detail: dataset.availability === 'public' ? dataset.id : `${dataset.id} (${dataset.availability})`,
  };
  if (dataset.quote) evidence.quote = dataset.quote.slice(0, 1000);
  const url = httpUrl(dataset.url);
  if (url) evidence.url = url;
  return evidence;
}

/** The license of a set of datasets: the most restrictive, or null when any dataset's license is unknown. */
function datasetsLicense(datasets: readonly DatasetRef[]): string | null {
  const ids: string[] = [];
  for (const dataset of datasets) {
    const first = dataset.license?.[0];
    if (!first) return null;
    ids.push(mostRestrictive(dataset.license ?? []) ?? first);
  }
  return mostRestrictive(ids) ?? null;
}

/**
 * Status from the listed datasets (docs/METHOD.md, Components): all public → present; some public and others gated, missing or
 * disabled, or any gated → partial; every one missing/disabled/private → missing; lookups that failed → unknown.
 */
export function fromDatasets(datasets: readonly DatasetRef[]): ComponentAssessment {
  const count = (...states: DatasetRef['availability'][]) =>
    datasets.filter((dataset) => states.includes(dataset.availability)).length;
  const publicCount = count('public');
  const gated = count('gated');
  const unavailable = count('missing', 'disabled', 'private');
  const evidence = datasets.slice(0, MAX_EVIDENCE).map(datasetEvidence);
  const total = datasets.length;
  const obtainable = datasets.filter(
    (dataset) => dataset.availability === 'public' || dataset.availability === 'gated',
  );
  const license = datasetsLicense(obtainable);
  if (gated > 0 || (publicCount > 0 && unavailable > 0)) {
    return {
      status: 'partial',
      evidence,
      license,
      reason:
        gated > 0
          ? reason('datasets-gated', { gated, total })
          : reason('datasets-some-unavailable', { available: publicCount, total }),
    };
  }
  if (publicCount > 0)
    return { status: 'present', evidence, license, reason: reason('datasets-all-public', { total }) };
  if (unavailable === total)
    return { status: 'missing', evidence, reason: reason('datasets-all-unavailable', { total }) };
  return { status: 'unknown', evidence, reason: reason('datasets-availability-unknown', { total }) };
}

/** A card section as evidence: its heading, and the start of its text as the quote. */
export function sectionEvidence(section: { heading: string; excerpt: string }): Evidence {
  const first = section.excerpt.split(/(?<=[.!?])\s/)[0] ?? '';
  const quote = (first.length >= 20 ? first : section.excerpt).slice(0, 300).trim();
  return quote
    ? { kind: 'card-section', detail: section.heading, quote }
    : { kind: 'card-section', detail: section.heading };
}

/** The card's section about training data, if any. */
export function trainingDataSection(ctx: ComponentContext) {
  return ctx.facts.docs.sections.find((section) => TRAINING_DATA_HEADING.test(section.heading));
}

export function trainingData(ctx: ComponentContext): ComponentAssessment {
  const listed = ctx.facts.datasets.filter((dataset) => dataset.role === 'training');
  if (listed.length > 0) return fromDatasets(listed);
  const { card } = ctx.facts.docs;
  if (card === 'unknown') return { status: 'unknown', evidence: [], reason: reason('card-unknown') };
  if (card === 'absent') return { status: 'unknown', evidence: [], reason: reason('card-absent') };
  // A structural card reader decided: a concrete description, or vague words, each with its quote.
  const read = ctx.facts.docs.trainingData;
  if (read) {
    const evidence: Evidence[] = [{ kind: 'quote', detail: read.heading ?? 'model card', quote: read.quote }];
    return read.kind === 'vague'
      ? { status: 'missing', evidence, reason: reason('training-data-vague') }
      : { status: 'unknown', evidence, reason: reason('training-data-described') };
  }
  if (ctx.facts.docs.evaluation) {
    // The card was read by structure and says nothing of its training data.
    return { status: 'unknown', evidence: [], reason: reason('training-data-not-described') };
  }
  // Vague wording anywhere in a data section, else anywhere in the card's sections.
  const section = trainingDataSection(ctx);
  const candidates = section ? [section, ...ctx.facts.docs.sections] : ctx.facts.docs.sections;
  for (const candidate of candidates) {
    const quote = sentenceAround(candidate.excerpt, VAGUE_DATA);
    if (quote) {
      return {
        status: 'missing',
        evidence: [{ kind: 'quote', detail: candidate.heading, quote }],
        reason: reason('training-data-vague'),
      };
    }
  }
  if (section) {
    return {
      status: 'unknown',
      evidence: [sectionEvidence(section)],
      reason: reason('training-data-described'),
    };
  }
  return { status: 'unknown', evidence: [], reason: reason('training-data-not-described') };
}

export function evaluationData(ctx: ComponentContext): ComponentAssessment {
  const listed = ctx.facts.datasets.filter((dataset) => dataset.role === 'evaluation');
  if (listed.length > 0) return fromDatasets(listed);
  return { status: 'unknown', evidence: [], reason: reason('evaluation-data-not-found') };
}
