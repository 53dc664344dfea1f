/**
 * One line for a definition the user did not choose: "yes, with caveats: User cap, Use restrictions" (after
 * "Open weights:"),
 * "Not classified — Class III needs the weights, the data card released under open licenses".
 */
import type { Assessment } from '../schema/assessment';
import type { Definition } from '../schema/vocabulary';
import { clauseLabel, componentLabel, listText, message } from '../catalogue';
import { breakdownText } from '../catalogue/breakdown';
import { verdictText } from './badge-text';
import type { ComponentId } from '../schema/vocabulary';

const ROMAN: Record<number, string> = { 1: 'I', 2: 'II', 3: 'III' };

export function oneLineVerdict(assessment: Assessment, definition: Definition): string {
  const t = breakdownText().oneLine;
  const verdict = assessment.verdicts[definition];
  // The line starts with the definition's name, so OSAID and open weights answer yes or no; MOF names its class.
  const head =
    definition === 'mof'
      ? verdictText(assessment, definition).short
      : t.answer[verdict.open === true ? 'yes' : verdict.open === false ? 'no' : 'unknown'];
  const caveats = verdict.caveats.map((id) => clauseLabel(id));
  if (verdict.open === true && caveats.length) return t.withCaveats(head, listText(caveats));
  if (definition === 'mof' && assessment.verdicts.mof.class === null) {
    // The lowest class it misses, and the components that class still needs.
    const missing = assessment.verdicts.mof.reasons.filter((r) => r.code === 'mof-component-not-included');
    const lowest = Math.max(...missing.map((r) => Number(r.params?.class ?? 0)));
    const needed = missing
      .filter((r) => Number(r.params?.class) === lowest)
      .map((r) => componentLabel(String(r.params?.component) as ComponentId)?.toLowerCase())
      .filter(Boolean);
    if (needed.length && ROMAN[lowest]) return t.mofNeeds(head, ROMAN[lowest], listText(needed));
  }
  const reason = verdict.reasons[0];
  return reason ? t.because(head, message(reason)) : head;
}
