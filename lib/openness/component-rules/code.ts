/** Code that reproduces or checks the model: training, data preprocessing and evaluation code; supporting libraries. */
import type { ComponentAssessment } from '../../schema/assessment';
import type { CodeLink } from '../../schema/model-facts';
import { reason, type ReasonCode } from '../reasons';
import {
  isEvaluationFile,
  isPreprocessingFile,
  isTrainingFile,
  LIBRARY_LICENSES,
  type CodeLinkKinds,
} from '../signals';
import {
  fileEvidence,
  fromCodeLinks,
  linkIs,
  present,
  underModelLicense,
  unknown,
  type ComponentContext,
} from './common';
import { modelLibrary } from './use';

function codeComponent(
  ctx: ComponentContext,
  kind: keyof CodeLinkKinds,
  isFile: (path: string) => boolean,
  notFound: ReasonCode,
): ComponentAssessment {
  const links: CodeLink[] = ctx.facts.codeLinks.filter((link) => linkIs(link, kind));
  if (links.length > 0) return fromCodeLinks(links);
  const scripts = ctx.facts.files.known ? ctx.facts.files.names.filter(isFile) : [];
  if (scripts.length > 0) return underModelLicense(present(fileEvidence(scripts)), ctx);
  return unknown(notFound);
}

export function trainingCode(ctx: ComponentContext): ComponentAssessment {
  return codeComponent(ctx, 'training', isTrainingFile, 'training-code-not-found');
}

export function evaluationCode(ctx: ComponentContext): ComponentAssessment {
  return codeComponent(ctx, 'evaluation', isEvaluationFile, 'evaluation-code-not-found');
}

/** Data preprocessing code counts as part of the training code unless the card names it separately (docs/METHOD.md, Components). */
export function preprocessingCode(ctx: ComponentContext, training: ComponentAssessment): ComponentAssessment {
  const own = codeComponent(ctx, 'preprocessing', isPreprocessingFile, 'preprocessing-code-not-found');
  if (own.status === 'present' || training.status !== 'present') return own;
  const { reason: _trainingReason, ...rest } = training;
  return { ...rest, reason: reason('preprocessing-in-training-code') };
}

export function supportingLibraries(ctx: ComponentContext): ComponentAssessment {
  const library = modelLibrary(ctx);
  if (!library) return unknown('supporting-library-not-found');
  const license = LIBRARY_LICENSES[library] ?? null;
  return present([{ kind: 'card-field', detail: `library: ${library}` }], {
    license,
    reason: reason('license-of-library', { library, license: license ?? 'unknown' }),
  });
}
