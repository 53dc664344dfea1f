/** The English words of the breakdown. */
import type { BreakdownText } from './breakdown-text';

const RELATION: Record<string, string> = {
  finetune: 'fine-tuned from',
  adapter: 'an adapter on',
  quantized: 'a quantized copy of',
  merge: 'merged from',
  unknown: 'derived from',
};

export const enBreakdown: BreakdownText = {
  breakdown: {
    whyUnder: (definition) => `Why, under ${definition}`,
    whatItMeans: (definition, meaning) => `${definition}: ${meaning}`,
    missingToReplicate: (components) => `To reproduce it, still missing or unconfirmed: ${components}.`,
    allReplicable: 'Everything needed to reproduce it is released.',
    problem: (why) => `Could not check everything: ${why} Showing what is known.`,
    stillChecking: 'Still checking the file list, datasets and base models…',
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
    experts: 'What the experts say',
    trust: 'About this check',
  },
  experts: {
    motClass: (roman) => (roman ? `Class ${roman}` : 'Unclassified'),
    mot: (motClass, recordDate) => `Model Openness Tool: ${motClass} (record of ${recordDate})`,
    osai: (mean, databaseDate) =>
      `European Open Source AI Index: ${mean.toFixed(2)} of 1 (database of ${databaseDate})`,
    osaiCounts: (open, partial, closed) => `${open} open, ${partial} partial, ${closed} closed`,
    motDiffers: (ours, theirs, component, detail) =>
      `Ours (${ours}) and the MOT's (${theirs}) differ on the ${component.toLowerCase()}: ${detail}.`,
    oursLacks: {
      unknown: () => "the MOT's record counts it, and the hub's metadata does not show it",
      missing: () => "the MOT's record counts it, and the hub's metadata says it is not released",
      partial: () => "the MOT's record counts it, and we find it only partly released",
      'not-open': (license) => `the MOT's record counts it, and we read its license, ${license}, as not open`,
    },
    theirsLacks: {
      missing: () => "we count it, and the MOT's record does not list it",
      unlicensed: () => "we count it, and the MOT's record lists it without a license",
      invalid: (license) => `we count it, and the MOT's record gives it the license “${license}”, which is not open`,
    },
    unread: (components) => `The MOT's curators count what the hub's metadata does not show: ${components}.`,
    osaiDiffers: (dimension, ours, theirs) =>
      `${dimension}: the Index says ${theirs}; the hub's metadata says ${ours}.`,
    dimensions: {
      datasources_basemodel: 'Base model data',
      datasources_endmodel: 'Training data',
      weights_basemodel: 'Base model weights',
      weights_endmodel: 'Weights',
      trainingcode: 'Training code',
      code: 'Code documentation',
      hardware_architecture: 'Architecture',
      preprint: 'Preprint',
      paper: 'Peer-reviewed paper',
      modelcard: 'Model card',
      datasheet: 'Datasheet',
      licenses: 'Licenses',
    },
    grades: { open: 'open', partial: 'partial', closed: 'closed' },
    ourGrades: {
      open: 'open',
      partial: 'partial',
      closed: 'closed',
      'not-open': 'not open',
      'not-closed': 'released',
    },
    credit: {
      mot: 'Model Openness Tool',
      motLicense: 'data under the MIT license, © 2024 The Model Openness Tool Authors',
      osai: 'European Open Source AI Index',
      osaiLicense: 'data under CC BY 4.0',
      citation:
        'Liesenfeld, A. and Dingemanse, M., 2024. Rethinking open source generative AI: open-washing and the EU AI Act. FAccT 2024, pp. 1774-1787.',
    },
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
    experts: '### What the experts say',
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
  definitionSwitch: { legend: 'Definition of open' },
};
