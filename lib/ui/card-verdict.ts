/**
 * What a listing card shows for an assessment: the tier as a short label, the verdict in its accessible name, and
 * whether the model falls below the user's dimming threshold. Pure, computed in the background.
 */
import type { Assessment } from '../schema/assessment';
import type { CardVerdict } from '../protocol/protocol';
import type { Settings } from '../settings/schema';
import { tierLabel, uiText } from '../catalogue';
import { badgeText } from './badge-text';

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

export function cardVerdict(id: string, assessment: Assessment, settings: Settings): CardVerdict {
  const text = badgeText(assessment);
  return {
    id,
    state: 'assessed',
    tier: assessment.tier,
    label: tierLabel(assessment.tier),
    tone: text.tone,
    accessibleName: text.accessibleName,
    below: belowThreshold(assessment, settings.dim.threshold),
  };
}

/** `retrying`: the failure was transient and the background asks again later. */
export function unknownCard(id: string, why: string, retrying = false): CardVerdict {
  return {
    id,
    state: 'unknown',
    label: uiText().badge.unknown,
    tone: 'unknown',
    accessibleName: uiText().badge.unknownName(why),
    below: false,
    ...(retrying ? { retrying } : {}),
  };
}
