/** "Use the model": weights, architecture, inference code. */
import type { ComponentAssessment } from '../../schema/assessment';
import { isWeightFile } from '../../facts/weight-files';
import { reason } from '../reasons';
import { isArchitectureFile, isInferenceFile, knownLibrary, LIBRARY_LICENSES, WEIGHT_LIBRARIES } from '../signals';
import {
  fileEvidence,
  filesKnown,
  fromCodeLinks,
  linkIs,
  missing,
  present,
  underModelLicense,
  unknown,
  type ComponentContext,
} from './common';

/** The library the model declares, from `library` or a library tag. */
export function modelLibrary(ctx: ComponentContext): string | undefined {
  return knownLibrary(ctx.facts.library) ?? ctx.facts.tags.map(knownLibrary).find((name) => name !== undefined);
}

/** Top-level files first: `model.safetensors` says more than `coreml/…/weight.bin`. */
function shallowFirst(names: string[]): string[] {
  const depth = (name: string) => name.split('/').length;
  return [...names].sort((a, b) => depth(a) - depth(b));
}

export function weights(ctx: ComponentContext): ComponentAssessment {
  const { access, files } = ctx.facts;
  const licensed = (component: ComponentAssessment) => underModelLicense(component, ctx, false);
  if (access.weights.state === 'present') {
    const evidence =
      access.weights.evidence.length > 0
        ? access.weights.evidence
        : fileEvidence(shallowFirst(files.names.filter(isWeightFile)));
    const fromRecord = evidence.every((item) => item.kind === 'record-field');
    return licensed(present(evidence, fromRecord ? { reason: reason('weights-record-fields') } : {}));
  }
  if (files.known) {
    const found = shallowFirst(files.names.filter(isWeightFile));
    if (found.length > 0) return licensed(present(fileEvidence(found), { reason: reason('weights-files-found') }));
    return licensed(missing('weights-none-in-files', access.weights.evidence, { count: files.names.length }));
  }
  if (access.weights.state === 'absent') return licensed(missing('weights-declared-absent', access.weights.evidence));
  const library = modelLibrary(ctx);
  if (library && WEIGHT_LIBRARIES.has(library)) {
    return licensed(
      present([{ kind: 'tag', detail: `library: ${library}` }], {
        reason: reason('weights-from-library-tag', { library }),
      }),
    );
  }
  return unknown('file-list-unknown');
}

export function architecture(ctx: ComponentContext): ComponentAssessment {
  const configs = ctx.facts.files.names.filter(isArchitectureFile);
  if (filesKnown(ctx) && configs.length > 0) return underModelLicense(present(fileEvidence(configs)), ctx);
  const library = modelLibrary(ctx);
  if (library) {
    return underModelLicense(present([{ kind: 'card-field', detail: `library: ${library}` }]), ctx);
  }
  if (!filesKnown(ctx)) return unknown('file-list-unknown');
  return unknown('architecture-not-found');
}

export function inferenceCode(ctx: ComponentContext): ComponentAssessment {
  const links = ctx.facts.codeLinks.filter((link) => linkIs(link, 'inference'));
  if (links.length > 0) return fromCodeLinks(links);
  const library = modelLibrary(ctx);
  if (library) {
    const license = LIBRARY_LICENSES[library] ?? null;
    return present([{ kind: 'card-field', detail: `library: ${library}` }], {
      license,
      reason: reason('license-of-library', { library, license: license ?? 'unknown' }),
    });
  }
  const scripts = ctx.facts.files.names.filter(isInferenceFile);
  if (filesKnown(ctx) && scripts.length > 0) return underModelLicense(present(fileEvidence(scripts)), ctx);
  return unknown('inference-code-not-found');
}
