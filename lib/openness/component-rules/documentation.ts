/** "Analyse its risks" documents: model card, data card, evaluation results, technical report, paper, sample outputs. */
import type { ComponentAssessment } from '../../schema/assessment';
import type { Evidence, Paper } from '../../schema/model-facts';
import { reason } from '../reasons';
import { EVALUATION_HEADING } from '../signals';
import { httpUrl, missing, present, underModelLicense, unknown, type ComponentContext } from './common';
import { sectionEvidence, trainingDataSection } from './datasets';

function cardUnavailable(ctx: ComponentContext): ComponentAssessment | undefined {
  if (ctx.facts.docs.card === 'unknown') return unknown('card-unknown');
  return undefined;
}

export function modelCard(ctx: ComponentContext): ComponentAssessment {
  const { card } = ctx.facts.docs;
  if (card === 'present') return underModelLicense(present([{ kind: 'file', detail: 'README.md' }]), ctx);
  if (card === 'absent') return missing('card-absent');
  return unknown('card-unknown');
}

export function dataCard(ctx: ComponentContext): ComponentAssessment {
  const section = ctx.facts.docs.card === 'present' ? trainingDataSection(ctx) : undefined;
  if (section) return underModelLicense(present([sectionEvidence(section)]), ctx);
  const onHub = ctx.facts.datasets.filter(
    (dataset) => dataset.role === 'training' && dataset.hub && dataset.availability !== 'missing',
  );
  if (onHub.length > 0) {
    const evidence: Evidence[] = onHub.map((dataset) => {
      const item: Evidence = { kind: 'dataset', detail: `dataset card: ${dataset.id}` };
      const url = httpUrl(dataset.url);
      if (url) item.url = url;
      return item;
    });
    const licenses = onHub.map((dataset) => dataset.license?.[0]).filter((id) => id !== undefined);
    return present(evidence, { license: licenses.length === onHub.length ? (licenses[0] ?? null) : null });
  }
  return cardUnavailable(ctx) ?? missing('data-card-not-found');
}

export function evaluationResults(ctx: ComponentContext): ComponentAssessment {
  const read = ctx.facts.docs.evaluation;
  if (read && read.source !== 'model-index') {
    const evidence: Evidence[] = read.quote
      ? [{ kind: 'quote', detail: `results in the card (${read.source})`, quote: read.quote }]
      : [];
    if (read.state === 'present' && evidence.length > 0) return underModelLicense(present(evidence), ctx);
    if (read.state === 'image-only')
      return { status: 'unknown', evidence, reason: reason('evaluation-results-image-only') };
    return cardUnavailable(ctx) ?? missing('evaluation-results-not-found');
  }
  if (ctx.facts.docs.evaluationResults) {
    return underModelLicense(present([{ kind: 'card-field', detail: 'model-index' }]), ctx);
  }
  const section = ctx.facts.docs.sections.find((candidate) => EVALUATION_HEADING.test(candidate.heading));
  if (section) return underModelLicense(present([sectionEvidence(section)]), ctx);
  return cardUnavailable(ctx) ?? missing('evaluation-results-not-found');
}

function paperEvidence(paper: Paper): Evidence {
  const url =
    httpUrl(paper.url) ??
    (paper.kind === 'arxiv'
      ? `https://arxiv.org/abs/${paper.id}`
      : paper.kind === 'doi'
        ? `https://doi.org/${paper.id}`
        : httpUrl(paper.id));
  const detail = paper.kind === 'arxiv' ? `arXiv:${paper.id}` : paper.kind === 'doi' ? `doi:${paper.id}` : paper.id;
  const evidence: Evidence = url ? { kind: 'paper', detail, url } : { kind: 'paper', detail };
  if (paper.quote) evidence.quote = paper.quote.slice(0, 1000);
  return evidence;
}

/** A paper's license is not in the metadata: the model's license is assumed (MOT's distribution-license fallback). */
export function researchPaper(ctx: ComponentContext): ComponentAssessment {
  if (ctx.facts.papers.length > 0) return underModelLicense(present(ctx.facts.papers.map(paperEvidence)), ctx);
  return unknown('paper-not-found');
}

/** The research paper stands in for the technical report (MOF). */
export function technicalReport(ctx: ComponentContext): ComponentAssessment {
  const report = ctx.facts.docs.sections.find((section) => /technical report/i.test(section.heading));
  if (report) return underModelLicense(present([sectionEvidence(report)]), ctx);
  if (ctx.facts.papers.length > 0) {
    return underModelLicense(
      present(ctx.facts.papers.map(paperEvidence), { reason: reason('paper-stands-in-for-report') }),
      ctx,
    );
  }
  return unknown('paper-not-found');
}

export function sampleOutputs(ctx: ComponentContext): ComponentAssessment {
  if (ctx.facts.docs.sampleOutputs) {
    return underModelLicense(present([{ kind: 'card-field', detail: 'widget: example inputs in the card' }]), ctx);
  }
  return cardUnavailable(ctx) ?? unknown('sample-outputs-not-found');
}
