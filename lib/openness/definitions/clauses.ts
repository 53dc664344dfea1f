/** Which clauses disqualify under which definition (docs/METHOD.md, "OSAID" and "Open weights"), and the toggles that move them. */
import type { Toggles } from '../../settings/schema';
import type { ClauseId } from '../../schema/vocabulary';

/** Every clause but naming and share-alike: a field-of-use restriction fails the four freedoms. */
export const OSAID_DISQUALIFYING: ReadonlySet<ClauseId> = new Set<ClauseId>([
  'non-commercial',
  'research-only',
  'user-cap',
  'revenue-cap',
  'use-restrictions',
  'output-restriction',
  'no-derivatives',
  'revocable',
  'geographic',
  'no-hosting',
  'no-resale',
]);

/** Open weights disqualifies only what stops commercial use, modification or redistribution, plus what toggles add. */
export function openWeightsDisqualifying(toggles: Toggles): ReadonlySet<ClauseId> {
  const set = new Set<ClauseId>(['non-commercial', 'research-only', 'no-derivatives']);
  if (toggles.openWeightsUseRestrictions) set.add('use-restrictions');
  if (toggles.openWeightsCaps) {
    set.add('user-cap');
    set.add('revenue-cap');
  }
  return set;
}
