/**
 * Release tier: Solaiman's gradient (arXiv 2302.04844), independent of the chosen definition. The first rule that
 * applies wins (docs/METHOD.md, "Release tier").
 */
import type { ComponentAssessment } from '../schema/assessment';
import type { ModelFactsCore, Reason } from '../schema/model-facts';
import type { ClauseId, Tier } from '../schema/vocabulary';
import type { Components } from './component-rules';
import { OSAID_DISQUALIFYING } from './definitions/clauses';
import { findEntry } from './license-lookup';
import { reason } from './reasons';

export interface TierResult {
  tier: Tier;
  tierReason: Reason;
}

/** Present under OSI-approved or open-data terms. */
function openlyReleased(component: ComponentAssessment): boolean {
  if (component.status !== 'present') return false;
  const entry = findEntry(component.license);
  return entry !== undefined && (entry.osiApproved || entry.openData);
}

export function releaseTier(facts: ModelFactsCore, components: Components, clauses: readonly ClauseId[]): TierResult {
  const { access } = facts;
  if (access.status !== 'public') {
    return { tier: 'fully-closed', tierReason: reason('tier-not-accessible', { status: access.status }) };
  }
  if (components.weights.status === 'present') {
    const disqualifying = clauses.filter((id) => OSAID_DISQUALIFYING.has(id));
    const open = (['weights', 'training-data', 'training-code'] as const).every((id) => openlyReleased(components[id]));
    if (open && disqualifying.length === 0) return { tier: 'fully-open', tierReason: reason('tier-fully-open') };
    if (access.gate !== 'none') {
      return { tier: 'downloadable', tierReason: reason('tier-downloadable-gated', { gate: access.gate }) };
    }
    return { tier: 'downloadable', tierReason: reason('tier-downloadable') };
  }
  if (access.gate !== 'none') return { tier: 'staged', tierReason: reason('tier-staged', { gate: access.gate }) };
  if (access.inferenceProviders.length > 0) {
    return {
      tier: 'api',
      tierReason: reason('tier-api', { providers: access.inferenceProviders.slice(0, 5).join(', ') }),
    };
  }
  if (access.demoApps.length > 0) {
    return { tier: 'hosted', tierReason: reason('tier-hosted', { apps: access.demoApps.slice(0, 3).join(', ') }) };
  }
  if (components.weights.status === 'unknown')
    return { tier: 'fully-closed', tierReason: reason('tier-weights-unknown') };
  return { tier: 'fully-closed', tierReason: reason('tier-closed') };
}
