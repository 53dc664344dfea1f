/**
 * Shape checks for the messages the content script receives. They stand in for zod there (27 kB the content-script
 * budget cannot carry): the sender is our own background, which builds these messages from zod-validated data, so
 * the checks guard against version skew and bugs, not against a hostile sender. Anything unexpected is dropped.
 */
import type { Assessment } from '../schema/assessment';
import type { CardVerdict } from './protocol';
import type { Reason } from '../schema/model-facts';
import { TIERS, DEFINITIONS } from '../schema/vocabulary';
import { GET_STATE } from './constants';

export type PageMessage =
  | { type: 'assessment'; stage: 'initial' | 'enriched'; checkedAt: number; assessment: Assessment; problem?: Reason }
  | { type: 'unavailable'; reason: Reason }
  | { type: 'fetch'; reqId: number; url: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isReason(value: unknown): value is Reason {
  return isObject(value) && typeof value.code === 'string' && (value.params === undefined || isObject(value.params));
}

/** Enough of an Assessment for every component the UI renders to find what it reads. */
export function isAssessment(value: unknown): value is Assessment {
  if (!isObject(value) || value.schemaVersion !== 1) return false;
  const { license, verdicts, components, replication } = value;
  return (
    typeof value.id === 'string' &&
    typeof value.url === 'string' &&
    (TIERS as readonly unknown[]).includes(value.tier) &&
    (DEFINITIONS as readonly unknown[]).includes(value.policy) &&
    isReason(value.tierReason) &&
    isObject(license) &&
    Array.isArray(license.entries) &&
    Array.isArray(license.clauses) &&
    isObject(verdicts) &&
    DEFINITIONS.every(
      (d) => isObject(verdicts[d]) && Array.isArray((verdicts[d] as Record<string, unknown>).reasons),
    ) &&
    isObject(components) &&
    isObject(replication) &&
    Array.isArray(value.lineage) &&
    Array.isArray(value.warnings)
  );
}

export function isPageMessage(raw: unknown): raw is PageMessage {
  if (!isObject(raw)) return false;
  switch (raw.type) {
    case 'assessment':
      return (
        (raw.stage === 'initial' || raw.stage === 'enriched') &&
        typeof raw.checkedAt === 'number' &&
        isAssessment(raw.assessment) &&
        (raw.problem === undefined || isReason(raw.problem))
      );
    case 'unavailable':
      return isReason(raw.reason);
    case 'fetch':
      return typeof raw.reqId === 'number' && typeof raw.url === 'string';
    default:
      return false;
  }
}

export const isGetState = (raw: unknown): boolean => isObject(raw) && raw.type === GET_STATE;

export type CardsPageMessage =
  { type: 'verdicts'; verdicts: CardVerdict[] } | { type: 'fetch'; reqId: number; url: string };

function isCardVerdict(v: unknown): v is CardVerdict {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.label === 'string' &&
    typeof v.accessibleName === 'string' &&
    typeof v.below === 'boolean' &&
    (v.tone === 'open' || v.tone === 'closed' || v.tone === 'unknown')
  );
}

export function isCardsMessage(raw: unknown): raw is CardsPageMessage {
  if (!isObject(raw)) return false;
  if (raw.type === 'fetch') return typeof raw.reqId === 'number' && typeof raw.url === 'string';
  return raw.type === 'verdicts' && Array.isArray(raw.verdicts) && raw.verdicts.every(isCardVerdict);
}
