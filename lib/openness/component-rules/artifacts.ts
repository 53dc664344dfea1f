/** Training artefacts in the repository: intermediate checkpoints and training metadata (configs, optimizer states). */
import type { ComponentAssessment } from '../../schema/assessment';
import type { Evidence } from '../../schema/model-facts';
import { isCheckpointBranch, isCheckpointPath, isTrainingMetadataFile } from '../signals';
import { fileEvidence, MAX_EVIDENCE, present, underModelLicense, unknown, type ComponentContext } from './common';

export function intermediateWeights(ctx: ComponentContext): ComponentAssessment {
  const branches = (ctx.facts.branches ?? []).filter(isCheckpointBranch);
  const files = ctx.facts.files.known ? ctx.facts.files.names.filter(isCheckpointPath) : [];
  if (branches.length > 0 || files.length > 0) {
    const evidence: Evidence[] = [
      ...branches.slice(0, MAX_EVIDENCE).map((name) => ({ kind: 'branch' as const, detail: name })),
      ...(branches.length > MAX_EVIDENCE ? [{ kind: 'branch' as const, detail: `${branches.length} branches` }] : []),
      ...fileEvidence(files),
    ];
    return underModelLicense(present(evidence), ctx);
  }
  const stated = ctx.facts.docs.checkpoints;
  if (stated) {
    return underModelLicense(
      present([{ kind: 'quote', detail: stated.heading ?? 'model card', quote: stated.quote }]),
      ctx,
    );
  }
  if (!ctx.facts.files.known && ctx.facts.branches === null) return unknown('file-list-unknown');
  return unknown('checkpoints-not-found');
}

export function modelMetadata(ctx: ComponentContext): ComponentAssessment {
  if (!ctx.facts.files.known) return unknown('file-list-unknown');
  const files = ctx.facts.files.names.filter(isTrainingMetadataFile);
  if (files.length > 0) return underModelLicense(present(fileEvidence(files)), ctx);
  return unknown('metadata-not-found');
}
