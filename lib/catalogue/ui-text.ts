/**
 * The words of the badge and the listing cards, as part of the message catalogue: a translation supplies another
 * `UiText` and no component changes. The breakdown's words (breakdown-text.ts) and the extension pages' own
 * (page-text.ts) are parts of their own, kept apart so the content scripts do not carry them.
 */
import type { PRESETS, Settings, Toggles } from '../settings/schema';

export type PresetId = keyof typeof PRESETS;
export type ToggleId = keyof Toggles;
export type DimThresholdId = Settings['dim']['threshold'];
export type DimModeId = Settings['dim']['mode'];

export interface UiText {
  badge: {
    checking: string;
    checkingName: string;
    unknown: string;
    unknownName: (why: string) => string;
    cardPending: string;
    cardPendingName: string;
    replication: (present: number, total: number) => string;
    /** The badge's accessible name: it must contain the visible words, in order (WCAG 2.5.3). */
    name: (tier: string, verdict: string, replication: string, present: number, total: number) => string;
  };
  panel: {
    label: string;
    checking: string;
    unknown: (why: string) => string;
    /** While the breakdown's code loads (the first opening on a page). */
    loading: string;
    notLoaded: (error: string) => string;
  };
  /** The verdict's words on the badge and in the breakdown: `text` names the definition, `short` does not. */
  verdict: {
    osaid: Record<'yes' | 'no' | 'unknown', string>;
    openWeights: Record<'yes' | 'no' | 'unknown', string>;
    /** "Not open source · OSAID" */
    named: (short: string, definition: string) => string;
    mofClass: { text: (roman: string) => string; short: (roman: string) => string };
    mofUnknown: { text: string; short: string };
    mofNone: { text: string; short: string };
  };
  dimNotice: { text: (count: number, mode: 'dim' | 'hide') => string; showAll: string };
}
