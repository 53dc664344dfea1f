/**
 * Every reason code the engine can emit. The message catalogue (lib/catalogue) must have a sentence for each; the type
 * `ReasonCode` makes a missing sentence a compile error there.
 */
import type { Reason } from '../schema/model-facts';

export const REASON_CODES = [
  // Components
  'model-not-accessible',
  'file-list-unknown',
  'card-unknown',
  'card-absent',
  'weights-files-found',
  'weights-record-fields',
  'weights-from-library-tag',
  'weights-none-in-files',
  'weights-declared-absent',
  'architecture-not-found',
  'inference-code-not-found',
  'training-code-not-found',
  'evaluation-code-not-found',
  'preprocessing-code-not-found',
  'preprocessing-in-training-code',
  'license-from-repository',
  'license-of-library',
  'code-license-unknown',
  'datasets-all-public',
  'datasets-some-unavailable',
  'datasets-gated',
  'datasets-all-unavailable',
  'datasets-availability-unknown',
  'training-data-vague',
  'training-data-described',
  'training-data-not-described',
  'data-card-not-found',
  'evaluation-results-not-found',
  'evaluation-results-image-only',
  'evaluation-data-not-found',
  'paper-not-found',
  'paper-stands-in-for-report',
  'checkpoints-not-found',
  'metadata-not-found',
  'supporting-library-not-found',
  'sample-outputs-not-found',
  // Lineage
  'inherited-gap',
  'inherited-unknown',
  'base-unresolved',
  'base-not-followed',
  'looser-than-base',
  'base-model-from-text',
  // Tier
  'tier-not-accessible',
  'tier-fully-open',
  'tier-downloadable',
  'tier-downloadable-gated',
  'tier-staged',
  'tier-api',
  'tier-hosted',
  'tier-closed',
  'tier-weights-unknown',
  // Licenses and definitions
  'no-license',
  'license-unknown',
  'license-terms-unverified',
  'license-read-from-text',
  'license-not-permissive',
  'clause-disqualifies',
  'clause-unclear-decides',
  'clause-unclear-derivatives-stay-under-terms',
  'clause-unclear-terms-may-change',
  'clause-unclear-not-in-knowledge-base',
  'component-missing',
  'component-partial',
  'component-unknown',
  'component-license-not-open',
  'component-license-unknown',
  'data-information-unjudged',
  'weights-gated',
  'weights-not-downloadable',
  'weights-unknown',
  'definition-met',
  'mof-class',
  'mof-unclassified',
  'mof-component-not-included',
  'mof-license-not-type-appropriate',
  // Engine
  'engine-error',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonParams = Record<string, string | number>;

/** A reason with a code the engine knows (the schema's Reason accepts any code: adapters add their own notes). */
export interface EngineReason extends Reason {
  code: ReasonCode;
}

/** Builds a reason; params that are undefined are left out so the output stays schema-valid. */
export function reason(code: ReasonCode, params?: Record<string, string | number | undefined>): EngineReason {
  if (!params) return { code };
  const clean: ReasonParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) clean[key] = typeof value === 'string' ? value.slice(0, 500) : value;
  }
  return Object.keys(clean).length > 0 ? { code, params: clean } : { code };
}
