/**
 * The words of the breakdown (and of the report it copies), a part of each locale's catalogue of its own: the
 * breakdown's code is a chunk loaded when a badge is first opened (docs/ARCHITECTURE.md), and its words come with
 * it, so the content scripts do not carry them. `breakdownText()` (breakdown.ts) gives the active locale's.
 */
import type { BaseRelation, ClauseSource } from '../schema/vocabulary';
import type { MotDifference, OsaiDimension, OsaiGrade, OurGrade } from '../schema/experts';

export interface BreakdownText {
  breakdown: {
    whyUnder: (definition: string) => string;
    whatItMeans: (definition: string, meaning: string) => string;
    missingToReplicate: (components: string) => string;
    allReplicable: string;
    problem: (why: string) => string;
    stillChecking: string;
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
  sections: {
    license: string;
    components: string;
    lineage: string;
    otherDefinitions: string;
    experts: string;
    trust: string;
  };
  /** The experts' published verdicts beside ours (docs/EXPERTS.md). */
  experts: {
    /** "Class II", or the MOT's own word for no class. */
    motClass: (roman: string | null) => string;
    /** "Model Openness Tool: Class II (record of 2024-10-03)" */
    mot: (motClass: string, recordDate: string) => string;
    /** "European Open Source AI Index: 0.83 of 1 (database of 2026-06-12)" */
    osai: (mean: number, databaseDate: string) => string;
    /** The Index's grades, counted: "7 open, 2 partial, 3 closed". */
    osaiCounts: (open: number, partial: number, closed: number) => string;
    /** Where our MOF class differs: one sentence naming the component that decides it. */
    motDiffers: (ours: string, theirs: string, component: string, detail: string) => string;
    /** Why the MOT counts a component we do not. */
    oursLacks: Record<Exclude<MotDifference['ours'], 'included' | 'present'>, (license: string) => string>;
    /** Why we count a component the MOT does not. */
    theirsLacks: Record<Exclude<MotDifference['theirs'], 'included'>, (license: string) => string>;
    /** Components the MOT's record counts that we read as unknown. */
    unread: (components: string) => string;
    /** Where our reading and the Index's grade disagree on a dimension. */
    osaiDiffers: (dimension: string, ours: string, theirs: string) => string;
    dimensions: Record<OsaiDimension, string>;
    grades: Record<OsaiGrade, string>;
    ourGrades: Record<Exclude<OurGrade, 'unknown'>, string>;
    /** The credit each source's license asks for, shown with their verdicts. */
    credit: { mot: string; motLicense: string; osai: string; osaiLicense: string; citation: string };
  };
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
    experts: string;
    noneDeclared: string;
    passesDown: (clauses: string) => string;
    footer: (checked: string, engine: string, knowledgeBase: string) => string;
  };
  definitionSwitch: { legend: string };
}
