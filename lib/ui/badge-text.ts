/**
 * The badge's words for an assessment: short enough for the header line, complete in the accessible name.
 * Pure, so the badge, the listing badges and the tests agree.
 */
import type { Assessment } from '../schema/assessment';
import type { Definition } from '../schema/vocabulary';
import { definitionLabel, tierLabel, uiText } from '../messages';

export type VerdictTone = 'open' | 'closed' | 'unknown';

export interface BadgeText {
  tier: string;
  verdict: string;
  tone: VerdictTone;
  replication: string;
  /** The whole badge as one sentence, for screen readers. */
  accessibleName: string;
}

/** `text` names the definition ("Not open source · OSAID"); `short` does not, for lines that already do. */
export function verdictText(
  assessment: Assessment,
  definition: Definition = assessment.policy,
): { text: string; short: string; tone: VerdictTone } {
  const name = definitionLabel(definition);
  if (definition === 'mof') {
    const mof = assessment.verdicts.mof;
    if (mof.class !== null)
      return { text: `MOF Class ${'I'.repeat(mof.class)}`, short: `Class ${'I'.repeat(mof.class)}`, tone: 'open' };
    return mof.open === null
      ? { text: 'MOF class unknown', short: 'class unknown', tone: 'unknown' }
      : { text: 'MOF: not classified', short: 'not classified', tone: 'closed' };
  }
  const open = assessment.verdicts[definition].open;
  // "Open weights" names its definition already; OSAID is named after the verdict.
  const [noun, suffix] = definition === 'osaid' ? ['open source', ` · ${name}`] : ['open weights', ''];
  if (open === true) return { text: `${capitalize(noun)}${suffix}`, short: capitalize(noun), tone: 'open' };
  if (open === false) return { text: `Not ${noun}${suffix}`, short: `Not ${noun}`, tone: 'closed' };
  return { text: `${capitalize(noun)}? Unknown${suffix}`, short: `${capitalize(noun)}? Unknown`, tone: 'unknown' };
}

export function badgeText(assessment: Assessment): BadgeText {
  const tier = tierLabel(assessment.tier);
  const verdict = verdictText(assessment);
  const { present, total } = assessment.replication;
  const t = uiText().badge;
  const replication = t.replication(present, total);
  return {
    tier,
    verdict: verdict.text,
    tone: verdict.tone,
    replication,
    accessibleName: t.name(tier, verdict.text, replication, present, total),
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
