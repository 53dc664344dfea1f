/** The English words of the interface. */
import type { UiText } from './ui-text';

const NUMBER = new Intl.NumberFormat('en');
const PLURAL_RULES = new Intl.PluralRules('en');

const RELATION: Record<string, string> = {
  finetune: 'fine-tuned from',
  adapter: 'an adapter on',
  quantized: 'a quantized copy of',
  merge: 'merged from',
  unknown: 'derived from',
};

export const enUi: UiText = {
  badge: {
    checking: 'Checking…',
    checkingName: 'Openness Lens: checking this model…',
    unknown: 'Unknown',
    unknownName: (why) => `Openness Lens: unknown. ${why}`,
    cardPending: '…',
    cardPendingName: 'Openness Lens: not checked yet',
    replication: (present, total) => `${present}/${total} for replication`,
    name: (tier, verdict, replication, present, total) =>
      `Openness Lens: ${tier}, ${verdict}, ${replication} (${tier} release; ${present} of ${total} replication components released).`,
  },
  panel: {
    label: 'Openness breakdown',
    checking: 'Checking this model…',
    unknown: (why) => `Unknown: ${why}`,
    loading: 'Loading the breakdown…',
    notLoaded: (error) => `The breakdown could not be loaded (${error}). Open the badge again to retry.`,
  },
  breakdown: {
    whyUnder: (definition) => `Why, under ${definition}`,
    whatItMeans: (definition, meaning) => `${definition}: ${meaning}`,
    missingToReplicate: (components) => `To reproduce it, still missing or unconfirmed: ${components}.`,
    allReplicable: 'Everything needed to reproduce it is released.',
    problem: (why) => `Could not check everything: ${why} Showing what is known.`,
    stillChecking: 'Still checking the file list, datasets and base models…',
  },
  verdict: {
    osaid: { yes: 'Open source', no: 'Not open source', unknown: 'Open source? Unknown' },
    openWeights: { yes: 'Open weights', no: 'Not open weights', unknown: 'Open weights? Unknown' },
    named: (short, definition) => `${short} · ${definition}`,
    mofClass: { text: (roman) => `MOF Class ${roman}`, short: (roman) => `Class ${roman}` },
    mofUnknown: { text: 'MOF class unknown', short: 'class unknown' },
    mofNone: { text: 'MOF: not classified', short: 'not classified' },
  },
  oneLine: {
    answer: { yes: 'yes', no: 'no', unknown: 'unknown' },
    withCaveats: (verdict, caveats) => `${verdict}, with caveats: ${caveats}`,
    because: (verdict, reason) => `${verdict} — ${reason}`,
    mofNeeds: (verdict, mofClass, components) =>
      `${verdict} — Class ${mofClass} needs ${components} released under open licenses`,
  },
  gradient: {
    label: (tier, step, of) => `Release gradient: ${tier}, step ${step} of ${of}`,
    howTiers: 'How tiers are decided',
  },
  sections: {
    license: 'License',
    components: 'Components',
    lineage: 'Lineage',
    otherDefinitions: 'Other definitions',
    trust: 'About this check',
  },
  methodLink: {
    text: 'How this is judged',
    context: (section) => ` (${section})`,
  },
  license: {
    none: 'No license declared: all rights reserved, so not open under any definition.',
    osiApproved: 'OSI-approved',
    openData: 'Open data license',
    notInKnowledgeBase: 'Not in the knowledge base',
    readLicense: 'Read the license',
    clausesLabel: 'Notable clauses',
    clausesIntro: 'Terms that limit who may use it, how, or at what scale:',
    inheritedFrom: (base) => `inherited from its base model ${base}`,
    onlyFor: () => 'Applies to multimodal models only (this one is).',
    unclear: 'Unclear',
    source: (source, detail) => {
      switch (source) {
        case 'knowledge-base':
          return 'Source: knowledge base';
        case 'text':
          return detail ? `Source: the license text — “${detail}”` : 'Source: the license text';
        case 'hub-flag':
          return detail ? `Source: the hub's permission flag — ${detail}` : "Source: the hub's permission flags";
        case 'base-model':
          return `Inherited from ${detail ?? 'a base model'}`;
      }
    },
  },
  components: {
    assumed: ' (assumed)',
    licenseLabel: (license) => `License: ${license}`,
    more: (count) => ` and ${count} more`,
    inheritedFrom: (base) => ` (from ${base})`,
  },
  lineage: {
    relation: (relation, parent) => `base of ${parent}, which is ${RELATION[relation] ?? 'derived from'} it`,
    notLookedUp: 'could not be looked up',
    license: (ids) => `license ${ids}`,
    noLicense: 'no license declared',
    passesDown: (clauses) => `passes down: ${clauses}`,
    passesNoClause: 'passes down no restricting clause',
    gaps: (components) => `does not release: ${components}`,
  },
  trust: {
    checked: 'Checked',
    versions: (engine, knowledgeBase) => ` · engine ${engine} · knowledge base ${knowledgeBase}`,
    notLegalAdvice: "This is information drawn from the hub's metadata, not legal advice.",
    notesLabel: 'What could not be checked',
    recheck: 'Re-check',
    copyMarkdown: 'Copy as Markdown',
    looksWrong: 'This looks wrong',
    copied: 'Markdown report copied.',
    reportCopied: 'A problem report is on your clipboard: paste it into an issue and say what looks wrong.',
    copyFailed: 'Could not copy: the browser refused access to the clipboard.',
    howDecided: 'How verdicts are decided',
  },
  report: {
    title: (modelLink) => `## Openness of ${modelLink}`,
    releaseTier: 'Release tier',
    replication: 'Replication',
    replicationValue: (present, total) => `${present} of ${total} components released`,
    license: '### License',
    noLicense: 'No license declared (all rights reserved).',
    osiApproved: 'OSI-approved',
    clause: 'Clause',
    inheritedFrom: (base) => `inherited from ${base}`,
    components: '### Components',
    lineage: '### Lineage',
    noneDeclared: 'none declared',
    passesDown: (clauses) => `passes down ${clauses}`,
    footer: (checked, engine, knowledgeBase) =>
      `_Checked ${checked} by Openness Lens (engine ${engine}, knowledge base ${knowledgeBase}). Information, not legal advice._`,
  },
  problemReport: {
    title: (id) => `Openness Lens: the verdict on ${id} looks wrong`,
    whatLooksWrong: '### What looks wrong',
    placeholder: '(Describe what is wrong and, if you can, link to where the right information is.)',
  },
  dimNotice: {
    text: (count, mode) =>
      `Openness Lens ${mode === 'dim' ? 'dimmed' : 'hid'} ${NUMBER.format(count)} ${PLURAL_RULES.select(count) === 'one' ? 'model' : 'models'} below your threshold.`,
    showAll: 'Show all',
  },
  definitionSwitch: { legend: 'Definition of open' },
};
