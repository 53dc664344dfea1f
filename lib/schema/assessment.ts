/**
 * Assessment: the engine's judgement of one model (documented in docs/METHOD.md; the JSON of `npm run assess -- --json`). The UI renders it and decides nothing; the
 * command line prints it with `--json`. Reasons are codes with parameters, turned into sentences by lib/catalogue.
 */
import * as z from 'zod/mini';
import { EvidenceSchema, ReasonSchema, text, ID_MAX } from './model-facts';
import {
  BASE_RELATIONS,
  CLAUSE_IDS,
  CLAUSE_SOURCES,
  COMPONENT_IDS,
  COMPONENT_STATUSES,
  DEFINITIONS,
  HUBS,
  TIERS,
  type ComponentId,
} from './vocabulary';
import { TogglesSchema } from '../settings/schema';
import { AssessmentExpertsSchema } from './experts';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const ClauseSchema = z.object({
  id: z.enum(CLAUSE_IDS),
  source: z.enum(CLAUSE_SOURCES),
  /** For `base-model`: the base the clause comes from. */
  from: z.optional(text(ID_MAX)),
  /**
   * For `text`: the sentence that matched. For `knowledge-base`: the sentence of the license text that shows it, when
   * the text was read too. For `hub-flag`: the flag as the hub states it.
   */
  quote: z.optional(text(1000)),
  /** The clause holds only for some models (Llama 3.2's EU exclusion: multimodal models); it is listed only for them. */
  when: z.optional(z.enum(['multimodal'])),
  /** The wording leaves the clause open: why, as a reason code. An unclear clause never decides a verdict alone. */
  unclear: z.optional(ReasonSchema),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const ComponentAssessmentSchema = z.object({
  status: z.enum(COMPONENT_STATUSES),
  /** The license the component is under, when known (an id the knowledge base may know). */
  license: z.optional(z.nullable(text(ID_MAX))),
  /** True when the license was taken from elsewhere (the model's license, a code repository's) by the MOF rule. */
  licenseAssumed: z.optional(z.boolean()),
  evidence: z.array(EvidenceSchema),
  /** Why the status is what it is when no evidence can show it (always set for `unknown`). */
  reason: z.optional(ReasonSchema),
  /** The base model this status was inherited from. */
  inheritedFrom: z.optional(text(ID_MAX)),
});
export type ComponentAssessment = z.infer<typeof ComponentAssessmentSchema>;

export const LicenseEntrySummarySchema = z.object({
  id: text(ID_MAX),
  name: text(ID_MAX),
  known: z.boolean(),
  family: z.nullable(text(64)),
  osiApproved: z.nullable(z.boolean()),
  openData: z.nullable(z.boolean()),
  summary: z.nullable(text(400)),
  /** An http(s) link to the license text, when one is known. */
  url: z.optional(text(2048)),
  /** The base model this license is inherited from, when the hub declares it through the base (Civitai). */
  inheritedFrom: z.optional(text(ID_MAX)),
});
export type LicenseEntrySummary = z.infer<typeof LicenseEntrySummarySchema>;

export const LicenseAssessmentSchema = z.object({
  ids: z.array(text(ID_MAX)),
  /** True only when every declared license is on OSI's list; null when no license is declared. */
  osiApproved: z.nullable(z.boolean()),
  openData: z.nullable(z.boolean()),
  entries: z.array(LicenseEntrySummarySchema),
  /** Own clauses plus, when inheriting, the bases' clauses. */
  clauses: z.array(ClauseSchema),
});
export type LicenseAssessment = z.infer<typeof LicenseAssessmentSchema>;

export const VerdictSchema = z.object({
  open: z.nullable(z.boolean()),
  reasons: z.array(ReasonSchema),
  /** Clauses that do not decide the verdict but a user should know. */
  caveats: z.array(z.enum(CLAUSE_IDS)),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const MofVerdictSchema = z.object({
  open: z.nullable(z.boolean()),
  class: z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  progress: z.object({ '1': z.number(), '2': z.number(), '3': z.number() }),
  reasons: z.array(ReasonSchema),
  warnings: z.array(ReasonSchema),
  caveats: z.array(z.enum(CLAUSE_IDS)),
});
export type MofVerdict = z.infer<typeof MofVerdictSchema>;

export const LineageEntrySchema = z.object({
  id: text(ID_MAX),
  relation: z.enum(BASE_RELATIONS),
  parent: text(ID_MAX),
  depth: z.number(),
  status: z.enum(['resolved', 'unresolved']),
  reason: z.optional(ReasonSchema),
  license: z.object({ ids: z.array(text(ID_MAX)) }),
  /** The clauses this base passes down. */
  clauses: z.array(z.enum(CLAUSE_IDS)),
  /** Replication components the base does not release (they carry down). */
  gaps: z.array(z.enum(COMPONENT_IDS as [ComponentId, ...ComponentId[]])),
});
export type LineageEntry = z.infer<typeof LineageEntrySchema>;

const componentsShape = Object.fromEntries(COMPONENT_IDS.map((id) => [id, ComponentAssessmentSchema])) as Record<
  ComponentId,
  typeof ComponentAssessmentSchema
>;

export const AssessmentSchema = z.object({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: text(ID_MAX),
  hub: z.enum(HUBS),
  url: text(2048),
  tier: z.enum(TIERS),
  tierReason: ReasonSchema,
  license: LicenseAssessmentSchema,
  components: z.object(componentsShape),
  verdicts: z.object({ osaid: VerdictSchema, mof: MofVerdictSchema, 'open-weights': VerdictSchema }),
  /** The definition the user chose; the badge leads with its verdict. */
  policy: z.enum(DEFINITIONS),
  toggles: TogglesSchema,
  /** Components whose status is `missing`, in component order. */
  missing: z.array(z.enum(COMPONENT_IDS as [ComponentId, ...ComponentId[]])),
  /** Replication components released (`present`), out of seven. */
  replication: z.object({ present: z.number(), total: z.literal(7) }),
  lineage: z.array(LineageEntrySchema),
  /** Things a reader should know that are not a verdict: looser-than-base, unresolved base, notes. */
  warnings: z.array(ReasonSchema),
  engineVersion: text(32),
  knowledgeBaseVersion: text(32),
  /** The experts' published verdicts on this model, when they have a record of it (docs/METHOD.md). */
  experts: z.optional(AssessmentExpertsSchema),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
