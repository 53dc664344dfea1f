/**
 * ModelFacts: what a hub adapter knows about one model, hub-agnostic. Everything here came from a page or a hub
 * response, so it is untrusted: the schema bounds every string and array, and adapters truncate before parsing.
 */
import * as z from 'zod/mini';
import { BASE_RELATIONS, CLAUSE_IDS, HUBS } from './vocabulary';

/** A bounded string: hostile input cannot grow memory without limit. */
export const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

export const ID_MAX = 256;
export const LICENSE_TEXT_MAX = 200_000;

/** A reason code with parameters; one message catalogue (lib/catalogue) turns it into a sentence. */
export const ReasonSchema = z.object({
  code: text(64),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const EVIDENCE_KINDS = [
  'file',
  'dataset',
  'link',
  'paper',
  'card-section',
  'card-field',
  'tag',
  'base-model',
  'license',
  'quote',
  'branch',
  'record-field',
  'hub-flag',
] as const;

/** One piece of evidence: what was seen, and where (url is shown only when it is http(s)). */
export const EvidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  detail: text(1000),
  url: z.optional(text(2048)),
  quote: z.optional(text(1000)),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A license as the hub declares it, with its text when the adapter could fetch it. */
export const LicenseDeclarationSchema = z.object({
  /** Hub id lowercased (`apache-2.0`), the `license_name` slug for `other`, or another hub's display name. */
  id: text(ID_MAX),
  name: z.optional(text(ID_MAX)),
  /** `license_link`: a URL or a path in the repo. */
  link: z.optional(text(2048)),
  text: z.optional(text(LICENSE_TEXT_MAX)),
  /** Where the text came from: `LICENSE`, `gate-prompt`, `license-layer`... */
  textSource: z.optional(text(ID_MAX)),
  /** Where the declaration came from: `card`, `tag`, `page`, `api`, or `base-model` (a license the base passes down). */
  source: text(64),
  /** For `base-model`: the base the license is inherited from (Civitai's `baseModel`). */
  from: z.optional(text(ID_MAX)),
});
export type LicenseDeclaration = z.infer<typeof LicenseDeclarationSchema>;

/** A clause a hub states as a permission flag (Civitai's allowCommercialUse and friends). */
export const HubFlagSchema = z.object({ id: z.enum(CLAUSE_IDS), detail: text(300) });
export type HubFlag = z.infer<typeof HubFlagSchema>;

export const DATASET_AVAILABILITY = ['public', 'gated', 'missing', 'disabled', 'private', 'unknown'] as const;
export type DatasetAvailability = (typeof DATASET_AVAILABILITY)[number];

export const DatasetRefSchema = z.object({
  id: text(ID_MAX),
  /** The card's words that name it as training data, when it was read from the text. */
  quote: z.optional(text(400)),
  role: z.enum(['training', 'evaluation']),
  /** Set when the id names a dataset on this hub (looked up or lookable). */
  hub: z.optional(z.enum(HUBS)),
  availability: z.enum(DATASET_AVAILABILITY),
  license: z.optional(list(text(ID_MAX), 10)),
  url: z.optional(text(2048)),
  source: text(64),
});
export type DatasetRef = z.infer<typeof DatasetRefSchema>;

export const PaperSchema = z.object({
  kind: z.enum(['arxiv', 'doi', 'url']),
  id: text(ID_MAX),
  url: z.optional(text(2048)),
  source: text(64),
  /** The card's words that make it the model's own paper or report. */
  quote: z.optional(text(400)),
});
export type Paper = z.infer<typeof PaperSchema>;

/** What a linked repository is for, as the card's structure says (lib/cards/code-roles.ts). */
export const CODE_ROLES = ['training', 'evaluation', 'preprocessing', 'inference', 'fine-tuning', 'other'] as const;
export type CodeRole = (typeof CODE_ROLES)[number];

/** A link to code, with the words around it so the engine can tell training code from inference code. */
export const CodeLinkSchema = z.object({
  url: text(2048),
  context: text(400),
  /** Set by a card reader that read the link's own unit (list item, table row, label): then the engine trusts it. */
  role: z.optional(z.enum(CODE_ROLES)),
  /** The repository's declared license, when the adapter looked it up. */
  license: z.optional(text(ID_MAX)),
  source: text(64),
});
export type CodeLink = z.infer<typeof CodeLinkSchema>;

export const CardSectionSchema = z.object({ heading: text(200), excerpt: text(600) });
export type CardSection = z.infer<typeof CardSectionSchema>;

/** A decision read from a card's text, with the words it rests on. */
export const CardQuoteSchema = z.object({ quote: text(400), heading: z.optional(text(200)) });

export const DocsSchema = z.object({
  /** Whether a model card (README) exists; `unknown` when it could not be read. */
  card: z.enum(['present', 'absent', 'unknown']),
  sections: list(CardSectionSchema, 200),
  /** Structured evaluation results (Hugging Face `model-index`) or an evaluation table. */
  evaluationResults: z.boolean(),
  /** Example outputs (widget examples, a samples section). */
  sampleOutputs: z.boolean(),
  /** How the card reports results: where `present` came from, or that they are shown only as an image. */
  evaluation: z.optional(
    z.object({
      state: z.enum(['present', 'image-only', 'absent']),
      source: z.enum(['model-index', 'table', 'text', 'image', 'none']),
      quote: z.optional(text(400)),
    }),
  ),
  /** What the card says of its training data when it names no dataset: concretely, or only in general words. */
  trainingData: z.optional(z.object({ kind: z.enum(['described', 'vague']), ...CardQuoteSchema.shape })),
  /** The card's statement that intermediate checkpoints are released. */
  checkpoints: z.optional(CardQuoteSchema),
});
export type Docs = z.infer<typeof DocsSchema>;

export const WeightsSchema = z.object({
  state: z.enum(['present', 'absent', 'unknown']),
  evidence: list(EvidenceSchema, 20),
});
export type Weights = z.infer<typeof WeightsSchema>;

export const AccessSchema = z.object({
  status: z.enum(['public', 'private', 'disabled', 'not-found']),
  gate: z.enum(['none', 'auto', 'manual']),
  weights: WeightsSchema,
  inferenceProviders: list(text(ID_MAX), 50),
  demoApps: list(text(ID_MAX), 100),
});
export type Access = z.infer<typeof AccessSchema>;

export const FilesSchema = z.object({
  /** False until the file list has been read; `names` is then empty and means nothing. */
  known: z.boolean(),
  names: list(text(1024), 5000),
});

export const BaseRefSchema = z.object({ id: text(ID_MAX), relation: z.enum(BASE_RELATIONS) });
export type BaseRef = z.infer<typeof BaseRefSchema>;

const coreShape = {
  schemaVersion: z.literal(1),
  hub: z.enum(HUBS),
  id: text(ID_MAX),
  url: text(2048),
  /** Commit sha or other revision id, when known: part of the cache key. */
  revision: z.optional(text(128)),
  lastModified: z.optional(text(64)),
  access: AccessSchema,
  licenses: list(LicenseDeclarationSchema, 20),
  hubFlags: list(HubFlagSchema, 20),
  datasets: list(DatasetRefSchema, 200),
  papers: list(PaperSchema, 100),
  codeLinks: list(CodeLinkSchema, 100),
  docs: DocsSchema,
  files: FilesSchema,
  /** Branch names; null while unknown. */
  branches: z.nullable(list(text(ID_MAX), 500)),
  baseModels: list(BaseRefSchema, 20),
  /** Base models the card's text names when its metadata names none: hints, never followed as lineage. */
  baseModelHints: z.optional(list(z.object({ id: text(ID_MAX), quote: text(400) }), 5)),
  library: z.optional(text(ID_MAX)),
  pipelineTag: z.optional(text(ID_MAX)),
  tags: list(text(ID_MAX), 500),
  /** What the adapter could not find out and why (reason codes), shown as notes. */
  notes: list(ReasonSchema, 50),
};

/** The facts of one model, without its ancestors. */
export const ModelFactsCoreSchema = z.object(coreShape);
export type ModelFactsCore = z.infer<typeof ModelFactsCoreSchema>;

/** One ancestor reached by following base models (flattened, at most five levels, cycle-safe). */
export const LineageFactsSchema = z.object({
  id: text(ID_MAX),
  relation: z.enum(BASE_RELATIONS),
  /** The model whose base this is. */
  parent: text(ID_MAX),
  depth: z.number().check(z.int(), z.gte(1), z.lte(5)),
  status: z.enum(['resolved', 'unresolved']),
  reason: z.optional(ReasonSchema),
  facts: z.optional(ModelFactsCoreSchema),
});
export type LineageFacts = z.infer<typeof LineageFactsSchema>;

export const ModelFactsSchema = z.object({ ...coreShape, lineage: list(LineageFactsSchema, 40) });
export type ModelFacts = z.infer<typeof ModelFactsSchema>;

/** Facts with nothing known yet: the starting point every adapter fills in. */
export function emptyFacts(hub: ModelFacts['hub'], id: string, url: string): ModelFacts {
  return {
    schemaVersion: 1,
    hub,
    id,
    url,
    access: {
      status: 'public',
      gate: 'none',
      weights: { state: 'unknown', evidence: [] },
      inferenceProviders: [],
      demoApps: [],
    },
    licenses: [],
    hubFlags: [],
    datasets: [],
    papers: [],
    codeLinks: [],
    docs: { card: 'unknown', sections: [], evaluationResults: false, sampleOutputs: false },
    files: { known: false, names: [] },
    branches: null,
    baseModels: [],
    tags: [],
    notes: [],
    lineage: [],
  };
}
