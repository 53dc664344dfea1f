/**
 * The fixed vocabularies every part of Openness Lens shares: components, purposes, tiers, clauses, definitions.
 * Pure data; no browser APIs. Order matters: the UI lists things in the order given here.
 */

/** The Model Openness Framework's 17 components, grouped by the release essay's three purposes. */
export const PURPOSES = {
  use: ['architecture', 'weights', 'inference-code'],
  risk: [
    'model-card',
    'data-card',
    'evaluation-results',
    'evaluation-code',
    'evaluation-data',
    'technical-report',
    'sample-outputs',
  ],
  replicate: [
    'training-data',
    'training-code',
    'data-preprocessing-code',
    'intermediate-weights',
    'research-paper',
    'model-metadata',
    'supporting-libraries',
  ],
} as const;

export type Purpose = keyof typeof PURPOSES;
export type ComponentId = (typeof PURPOSES)[Purpose][number];
export const PURPOSE_IDS = Object.keys(PURPOSES) as Purpose[];
export const COMPONENT_IDS: readonly ComponentId[] = [...PURPOSES.use, ...PURPOSES.risk, ...PURPOSES.replicate];
export const REPLICATION_COMPONENTS: readonly ComponentId[] = PURPOSES.replicate;

export const COMPONENT_STATUSES = ['present', 'partial', 'missing', 'unknown'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** Solaiman's gradient, from most closed to most open. */
export const TIERS = ['fully-closed', 'staged', 'hosted', 'api', 'downloadable', 'fully-open'] as const;
export type Tier = (typeof TIERS)[number];

export const CLAUSE_IDS = [
  'non-commercial',
  'research-only',
  'user-cap',
  'revenue-cap',
  'use-restrictions',
  'output-restriction',
  'naming',
  'no-derivatives',
  'share-alike',
  'revocable',
  'geographic',
  'no-hosting',
  'no-resale',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export const CLAUSE_SOURCES = ['knowledge-base', 'text', 'hub-flag', 'base-model'] as const;
export type ClauseSource = (typeof CLAUSE_SOURCES)[number];

export const DEFINITIONS = ['osaid', 'mof', 'open-weights'] as const;
export type Definition = (typeof DEFINITIONS)[number];

export const HUBS = ['huggingface', 'civitai', 'ollama', 'modelscope', 'kaggle'] as const;
export type HubId = (typeof HUBS)[number];

export const BASE_RELATIONS = ['finetune', 'adapter', 'quantized', 'merge', 'unknown'] as const;
export type BaseRelation = (typeof BASE_RELATIONS)[number];
