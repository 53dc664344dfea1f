/** Shared helpers for the component rules: building statuses, evidence from files and links, license fallbacks. */
import type { ComponentAssessment } from '../../schema/assessment';
import type { CodeLink, Evidence, ModelFactsCore } from '../../schema/model-facts';
import { reason, type ReasonCode } from '../reasons';
import { codeLinkKinds, type CodeLinkKinds } from '../signals';

export interface ComponentContext {
  facts: ModelFactsCore;
  /** The most restrictive declared license: components in the repository are assumed to be under it (MOF rule). */
  modelLicense: string | undefined;
}

export const MAX_EVIDENCE = 12;

export function unknown(code: ReasonCode, params?: Record<string, string | number | undefined>): ComponentAssessment {
  return { status: 'unknown', evidence: [], reason: reason(code, params) };
}

export function missing(
  code: ReasonCode,
  evidence: Evidence[] = [],
  params?: Record<string, string | number | undefined>,
): ComponentAssessment {
  return { status: 'missing', evidence: evidence.slice(0, MAX_EVIDENCE), reason: reason(code, params) };
}

export function present(evidence: Evidence[], extra: Partial<ComponentAssessment> = {}): ComponentAssessment {
  return { status: 'present', evidence: evidence.slice(0, MAX_EVIDENCE), ...extra };
}

/** A link's role when a card reader set one (it read the link's own unit); the words around it otherwise. */
export function linkIs(link: CodeLink, kind: keyof CodeLinkKinds): boolean {
  return link.role !== undefined ? link.role === kind : codeLinkKinds(link)[kind];
}

/** Puts a component found in the model's repository or card under the model's declared license (assumed). */
export function underModelLicense(component: ComponentAssessment, ctx: ComponentContext, assumed = true) {
  return { ...component, license: ctx.modelLicense ?? null, licenseAssumed: assumed && ctx.modelLicense !== undefined };
}

export function fileEvidence(names: readonly string[]): Evidence[] {
  return names.slice(0, MAX_EVIDENCE).map((name) => ({ kind: 'file' as const, detail: name.slice(0, 1000) }));
}

export function httpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url.slice(0, 2048) : undefined;
}

export function linkEvidence(link: CodeLink): Evidence {
  const evidence: Evidence = { kind: 'link', detail: (link.context || link.url).slice(0, 1000) };
  const url = httpUrl(link.url);
  if (url) evidence.url = url;
  return evidence;
}

/**
 * A component made of linked code: present, under the repository's declared license when known (assumed for the
 * component, MOF fallback rule), otherwise under an unknown license.
 */
export function fromCodeLinks(links: readonly CodeLink[]): ComponentAssessment {
  const licensed = links.find((link) => link.license);
  if (licensed?.license) {
    return present(links.map(linkEvidence), {
      license: licensed.license.toLowerCase(),
      licenseAssumed: true,
      reason: reason('license-from-repository', { license: licensed.license, url: licensed.url }),
    });
  }
  return present(links.map(linkEvidence), { license: null, reason: reason('code-license-unknown') });
}

/** File-based rules need the file list: when it is unknown the answer is unknown, never missing. */
export function filesKnown(ctx: ComponentContext): boolean {
  return ctx.facts.files.known;
}
