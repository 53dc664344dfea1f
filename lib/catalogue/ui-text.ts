/**
 * The words of the interface (badge, breakdown, popup, options), as part of the message catalogue: a translation
 * supplies another `UiText` and no component changes.
 */
import type { BaseRelation, ClauseSource } from '../schema/vocabulary';
import type { PRESETS, Settings, Toggles } from '../settings/schema';

export type PresetId = keyof typeof PRESETS;
export type ToggleId = keyof Toggles;
export type DimThresholdId = Settings['dim']['threshold'];
export type DimModeId = Settings['dim']['mode'];

interface Titled {
  title: string;
  detail: string;
}

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
  panel: { label: string; checking: string; unknown: (why: string) => string };
  breakdown: {
    whyUnder: (definition: string) => string;
    whatItMeans: (definition: string, meaning: string) => string;
    missingToReplicate: (components: string) => string;
    allReplicable: string;
    problem: (why: string) => string;
    stillChecking: string;
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
  /** One line for a definition the user did not choose. */
  oneLine: {
    /** The verdict of a definition named just before it ("Open weights: yes"). */
    answer: Record<'yes' | 'no' | 'unknown', string>;
    withCaveats: (verdict: string, caveats: string) => string;
    because: (verdict: string, reason: string) => string;
    mofNeeds: (verdict: string, mofClass: string, components: string) => string;
  };
  gradient: { label: (tier: string, step: number, of: number) => string; howTiers: string };
  sections: { license: string; components: string; lineage: string; otherDefinitions: string; trust: string };
  /** The link's visible text, and words only a screen reader hears that say which section it is about. */
  methodLink: { text: string; context: (section: string) => string };
  license: {
    none: string;
    osiApproved: string;
    openData: string;
    notInKnowledgeBase: string;
    readLicense: string;
    clausesLabel: string;
    clausesIntro: string;
    source: (source: ClauseSource, detail: string | undefined) => string;
    /** A license the hub declares through the base model (Civitai). */
    inheritedFrom: (base: string) => string;
    /** A clause that holds only for some models. */
    onlyFor: (condition: 'multimodal') => string;
    /** A clause whose wording leaves it open. */
    unclear: string;
  };
  components: {
    assumed: string;
    licenseLabel: (license: string) => string;
    more: (count: number) => string;
    inheritedFrom: (base: string) => string;
  };
  lineage: {
    /** How the model below relates to this base: "base of x, which is fine-tuned from it". */
    relation: (relation: BaseRelation, parent: string) => string;
    notLookedUp: string;
    license: (ids: string) => string;
    noLicense: string;
    passesDown: (clauses: string) => string;
    passesNoClause: string;
    gaps: (components: string) => string;
  };
  trust: {
    checked: string;
    versions: (engine: string, knowledgeBase: string) => string;
    notLegalAdvice: string;
    notesLabel: string;
    recheck: string;
    copyMarkdown: string;
    looksWrong: string;
    copied: string;
    reportCopied: string;
    copyFailed: string;
    howDecided: string;
  };
  /** The "this looks wrong" report: a prefilled text a person completes and sends. */
  problemReport: { title: (id: string) => string; whatLooksWrong: string; placeholder: string };
  /** The "Copy as Markdown" report: its headings and fixed words (hub text is escaped and passed in). */
  report: {
    title: (modelLink: string) => string;
    releaseTier: string;
    replication: string;
    replicationValue: (present: number, total: number) => string;
    license: string;
    noLicense: string;
    osiApproved: string;
    clause: string;
    inheritedFrom: (base: string) => string;
    components: string;
    lineage: string;
    noneDeclared: string;
    passesDown: (clauses: string) => string;
    footer: (checked: string, engine: string, knowledgeBase: string) => string;
  };
  dimNotice: { text: (count: number, mode: 'dim' | 'hide') => string; showAll: string };
  definitionSwitch: { legend: string };
  popup: {
    title: string;
    loading: string;
    notModel: string;
    pending: (id: string) => string;
    unavailable: (id: string, why: string) => string;
    settings: (definition: string, listingBadges: boolean) => string;
    settingsLink: string;
  };
  options: {
    title: string;
    loading: string;
    presetsLegend: string;
    presets: Record<PresetId, Titled>;
    criteriaLegend: string;
    toggles: Record<ToggleId, Titled>;
    previewTitle: string;
    previewIntro: string;
    listingsLegend: string;
    listingBadges: string;
    dimLead: string;
    dimModeLabel: string;
    dimThresholds: Record<DimThresholdId, string>;
    dimModes: Record<DimModeId, string>;
    hubsLegend: string;
    /** A hub's switch: its own name (from its descriptor), marked when its support is in beta. */
    hubLabel: (name: string, beta: boolean) => string;
    clearCache: string;
    cacheCleared: string;
  };
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
