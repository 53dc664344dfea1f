/**
 * Open weights (lenient): weights downloadable under a license that exists and allows commercial use, modification
 * and redistribution. Only non-commercial, research-only and no-derivatives disqualify by default; the toggles add
 * use restrictions, user and revenue caps, and an approval gate. Every other clause is a caveat.
 */
import type { Verdict } from '../../schema/assessment';
import { reason, type EngineReason } from '../reasons';
import { openWeightsDisqualifying } from './clauses';
import { decide, type DefinitionInput } from './context';

export function openWeightsVerdict(input: DefinitionInput): Verdict {
  const votes: (boolean | null)[] = [];
  const reasons: EngineReason[] = [];
  const fail = (why: EngineReason) => (votes.push(false), reasons.push(why));
  const undecided = (why: EngineReason) => (votes.push(null), reasons.push(why));
  const disqualifying = openWeightsDisqualifying(input.toggles);

  const { status } = input.components.weights;
  if (status === 'missing') fail(reason('weights-not-downloadable'));
  else if (status === 'unknown') undecided(reason('weights-unknown'));

  if (input.license.resolved.length === 0) fail(reason('no-license'));
  for (const license of input.license.resolved) {
    if (license.entry) {
      if (license.entry.family === 'proprietary') fail(reason('license-not-permissive', { license: license.id }));
    } else if (license.textClauses.length > 0 || license.declaration.text) {
      undecided(reason('license-terms-unverified', { license: license.id }));
    } else {
      undecided(reason('license-unknown', { license: license.id }));
    }
  }
  for (const clause of input.clauses) {
    if (!disqualifying.has(clause.id)) continue;
    const params = { clause: clause.id, definition: 'open-weights', from: clause.from };
    if (clause.unclear) undecided(reason('clause-unclear-decides', params));
    else fail(reason('clause-disqualifies', params));
  }
  if (input.toggles.openWeightsNoGate && input.facts.access.gate !== 'none') {
    fail(reason('weights-gated', { gate: input.facts.access.gate }));
  }

  const open = decide(votes);
  if (open === true) reasons.push(reason('definition-met', { definition: 'open-weights' }));
  const caveats = [...new Set(input.clauses.map((clause) => clause.id))].filter((id) => !disqualifying.has(id));
  return { open, reasons, caveats };
}
