/** One line for a definition the user did not choose: "Open weights, with caveats: user cap, use restrictions". */
import type { Assessment } from '../schema/assessment';
import type { Definition } from '../schema/vocabulary';
import { clauseLabel, message } from '../messages';
import { verdictText } from './badge-text';

export function oneLineVerdict(assessment: Assessment, definition: Definition): string {
  const verdict = assessment.verdicts[definition];
  const head = verdictText(assessment, definition).short;
  const caveats = verdict.caveats.map((id) => clauseLabel(id));
  if (verdict.open === true && caveats.length) return `${head}, with caveats: ${caveats.join(', ')}`;
  const reason = verdict.reasons[0];
  return reason ? `${head} — ${message(reason)}` : head;
}
