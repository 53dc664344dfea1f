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

/**
 * A listing card's words (lib/ui/card-words.ts): the verdict under the chosen definition in a word or two, and, when
 * the evidence leaves it open, what is not known. Chosen in the background, so they live apart from `UiText` and
 * the content script, which only shows them, does not carry them.
 */
export interface CardText {
  osaid: { yes: string; no: string; unknown: string };
  openWeights: { yes: string; no: string; unknown: string };
  mof: { class: (roman: string) => string; no: string; unknown: string };
  /** What leaves a verdict open, named in a few words. */
  subject: {
    component: (label: string) => string;
    componentLicense: (label: string) => string;
    license: string;
    licenseTerms: string;
    dataInformation: string;
  };
  /** The card's second part: the first subjects that are not known and how many more; none named: `unknownGeneric`. */
  unknown: (subjects: readonly string[], more: number) => string;
  unknownGeneric: string;
  /** A lookup that failed (its accessible name says why). */
  failed: string;
  /**
   * The tooltip and accessible name: the card's own words first (WCAG 2.5.3), the badge's whole sentence, then why
   * the verdict is open.
   */
  name: (words: string, sentence: string, notKnown: readonly string[]) => string;
}
