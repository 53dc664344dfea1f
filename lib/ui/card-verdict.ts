/**
 * What a listing card shows for an assessment: the verdict under the chosen definition in a word or two and what is
 * not known (lib/ui/card-words.ts), the badge's whole sentence in its accessible name, and whether the model falls
 * below the user's dimming threshold. Pure, computed in the background.
 */
import type { Assessment } from '../schema/assessment';
import type { CardVerdict } from '../protocol/protocol';
import type { Settings } from '../settings/schema';
import type { Definition } from '../schema/vocabulary';
import { uiText } from '../catalogue';
import { cardText } from '../catalogue/cards';
import { badgeText } from './badge-text';
import { cardName, cardWords } from './card-words';

/** True when the model is below the threshold: not open (or unknown) under the chosen test. */
export function belowThreshold(assessment: Assessment, threshold: Settings['dim']['threshold']): boolean {
  switch (threshold) {
    case 'open-weights':
      return assessment.verdicts['open-weights'].open !== true;
    case 'osaid':
      return assessment.verdicts.osaid.open !== true;
    case 'mof-class-3':
      return assessment.verdicts.mof.class === null;
    case 'downloadable':
      return assessment.tier !== 'downloadable' && assessment.tier !== 'fully-open';
  }
}

/**
 * Why a verdict is false that a model's card (README) cannot change: its license, its clauses, its weights and gate.
 * A records-only assessment also counts what only the card shows (evaluation results, training data) as missing, so
 * a "no" for those reasons waits for the card.
 */
const SETTLED_BY_RECORDS = new Set([
  'no-license',
  'clause-disqualifies',
  'license-not-permissive',
  'weights-not-downloadable',
  'weights-gated',
]);

/** Whether a records-only assessment already decides the verdict under `definition`. */
export function decidedByRecords(assessment: Assessment, definition: Definition): boolean {
  const verdict = definition === 'mof' ? assessment.verdicts.mof : assessment.verdicts[definition];
  // Only "open weights" is decided by records alone: the others need what the card links to.
  if (verdict.open === true) return definition === 'open-weights';
  if (verdict.open === null) return false;
  return verdict.reasons.some(
    (reason) =>
      SETTLED_BY_RECORDS.has(reason.code) ||
      (reason.code === 'component-license-not-open' && reason.params?.['component'] === 'weights'),
  );
}

/**
 * Whether a card's records leave open the verdict it shows (the chosen definition's) or the one the dim filter reads:
 * then its card (README), datasets and bases' cards are asked for (the listing's request budget, docs/PERFORMANCE.md).
 */
export function needsCard(assessment: Assessment, settings: Pick<Settings, 'policy' | 'dim'>): boolean {
  if (!decidedByRecords(assessment, settings.policy)) return true;
  if (settings.dim.mode === 'off' || settings.dim.threshold === 'downloadable') return false;
  return !decidedByRecords(assessment, settings.dim.threshold === 'mof-class-3' ? 'mof' : settings.dim.threshold);
}

export function cardVerdict(id: string, assessment: Assessment, settings: Settings): CardVerdict {
  const words = cardWords(assessment);
  return {
    id,
    state: 'assessed',
    tier: assessment.tier,
    label: words.label,
    ...(words.detail ? { detail: words.detail } : {}),
    tone: words.tone,
    accessibleName: cardName(assessment, words, badgeText(assessment).accessibleName),
    below: belowThreshold(assessment, settings.dim.threshold),
  };
}

/** `retrying`: the failure was transient and the background asks again later. */
export function unknownCard(id: string, why: string, retrying = false): CardVerdict {
  return {
    id,
    state: 'unknown',
    label: cardText().failed,
    tone: 'unknown',
    accessibleName: uiText().badge.unknownName(why),
    below: false,
    ...(retrying ? { retrying } : {}),
  };
}
