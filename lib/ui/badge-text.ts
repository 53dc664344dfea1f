/**
 * The badge's words for an assessment: short enough for the header line, complete in the accessible name.
 * Pure, so the badge, the listing badges and the tests agree.
 */
import type { Assessment } from '../schema/assessment';
import type { Definition } from '../schema/vocabulary';
import { definitionLabel, tierLabel, uiText } from '../catalogue';

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
  const t = uiText().verdict;
  if (definition === 'mof') {
    const mof = assessment.verdicts.mof;
    if (mof.class !== null) {
      const roman = 'I'.repeat(mof.class);
      return { text: t.mofClass.text(roman), short: t.mofClass.short(roman), tone: 'open' };
    }
    return mof.open === null ? { ...t.mofUnknown, tone: 'unknown' } : { ...t.mofNone, tone: 'closed' };
  }
  const open = assessment.verdicts[definition].open;
  // "Open weights" names its definition already; OSAID is named after the verdict.
  const words = definition === 'osaid' ? t.osaid : t.openWeights;
  const [short, tone]: [string, VerdictTone] =
    open === true ? [words.yes, 'open'] : open === false ? [words.no, 'closed'] : [words.unknown, 'unknown'];
  return { text: definition === 'osaid' ? t.named(short, definitionLabel(definition)) : short, short, tone };
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
