/**
 * OSI's Open Source AI Definition 1.0: weights, architecture, inference code, training code and data information,
 * all on open terms (code OSI-approved; weights and data OSI-approved or open data), and no field-of-use restriction.
 */
import type { Verdict } from '../../schema/assessment';
import type { ComponentId } from '../../schema/vocabulary';
import { reason, type EngineReason } from '../reasons';
import { OSAID_DISQUALIFYING } from './clauses';
import { decide, judgeLicense, type DefinitionInput } from './context';

type Need = 'osi' | 'osi-or-open-data';

const REQUIRED: readonly [ComponentId, Need][] = [
  ['weights', 'osi-or-open-data'],
  ['architecture', 'osi'],
  ['inference-code', 'osi'],
  ['training-code', 'osi'],
];

export function osaidVerdict(input: DefinitionInput): Verdict {
  const votes: (boolean | null)[] = [];
  const reasons: EngineReason[] = [];
  const fail = (why: EngineReason) => (votes.push(false), reasons.push(why));
  const undecided = (why: EngineReason) => (votes.push(null), reasons.push(why));

  if (input.license.resolved.length === 0) fail(reason('no-license'));
  for (const clause of input.clauses) {
    if (!OSAID_DISQUALIFYING.has(clause.id)) continue;
    const params = { clause: clause.id, definition: 'osaid', from: clause.from };
    if (clause.unclear) undecided(reason('clause-unclear-decides', params));
    else fail(reason('clause-disqualifies', params));
  }

  const checkLicense = (component: ComponentId, need: Need) => {
    const judged = judgeLicense(input.components[component].license, input);
    if (judged.state === 'unknown') return undecided(reason('component-license-unknown', { component }));
    const ok =
      judged.state === 'known' && (judged.entry.osiApproved || (need === 'osi-or-open-data' && judged.entry.openData));
    if (!ok) fail(reason('component-license-not-open', { component, license: judged.id, need }));
  };

  for (const [component, need] of REQUIRED) {
    const { status } = input.components[component];
    if (status === 'present') checkLicense(component, need);
    else if (status === 'missing') fail(reason('component-missing', { component }));
    else if (status === 'partial') fail(reason('component-partial', { component }));
    else undecided(reason('component-unknown', { component }));
  }

  // Data information: the datasets named and obtainable (gated counts as obtainable), or described in detail.
  const data = input.components['training-data'];
  const requireDatasets = input.toggles.osaidRequireDatasets;
  if (data.status === 'missing') fail(reason('component-missing', { component: 'training-data' }));
  else if (data.status === 'partial' && requireDatasets)
    fail(reason('component-partial', { component: 'training-data' }));
  else if (data.status === 'unknown') {
    if (!requireDatasets && data.reason?.code === 'training-data-described')
      undecided(reason('data-information-unjudged'));
    else undecided(reason('component-unknown', { component: 'training-data' }));
  } else if (requireDatasets) checkLicense('training-data', 'osi-or-open-data');

  const open = decide(votes);
  if (open === true) reasons.push(reason('definition-met', { definition: 'osaid' }));
  const caveats = [...new Set(input.clauses.map((clause) => clause.id))].filter((id) => !OSAID_DISQUALIFYING.has(id));
  return { open, reasons, caveats };
}
