/**
 * Expert verdicts (docs/EXPERTS.md): the committed snapshot of the Model Openness Tool's and the European Open Source
 * AI Index's published records (`lib/experts/snapshot.json`, written by `npm run experts:update -- DIR`), and what an
 * Assessment carries of them for one model (its optional `experts` field, docs/METHOD.md "Expert verdicts").
 */
import * as z from 'zod/mini';
import { COMPONENT_IDS, COMPONENT_STATUSES, type ComponentId } from './vocabulary';
import { text, ID_MAX } from './model-facts';
import { MOT_STATUSES, OSAI_DIMENSIONS, OSAI_GRADES, OUR_GRADES } from './experts-vocabulary';

export { MOT_STATUSES, OSAI_DIMENSIONS, OSAI_GRADES, OUR_GRADES };
export type { OsaiDimension, OsaiGrade, OurGrade } from './experts-vocabulary';

const componentId = z.enum(COMPONENT_IDS as [ComponentId, ...ComponentId[]]);
const day = text(10);
const url = text(2048);

const motClass = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** One MOT record, as the snapshot keeps it: the class the MOT computes from it, and what it says per component. */
export const MotEntrySchema = z.object({
  /** The record's `release.name`. */
  name: text(ID_MAX),
  /** The record's `release.date`. */
  date: day,
  class: motClass,
  /** Components listed with an open license (they count), listed without a license, and with a license not open. */
  included: z.array(componentId),
  unlicensed: z.array(componentId),
  invalid: z.array(z.object({ component: componentId, license: text(ID_MAX) })),
  /** The record's page on the MOT site, else the record file at the pinned commit. */
  url,
});
export type MotEntry = z.infer<typeof MotEntrySchema>;

export const OsaiEntrySchema = z.object({
  /** The record's `system.name` and the file it comes from. */
  name: text(ID_MAX),
  grades: z.partialRecord(z.enum(OSAI_DIMENSIONS), z.enum(OSAI_GRADES)),
  /** open = 1, partial = 0.5, closed = 0, averaged over the graded dimensions, to three decimals. */
  mean: z.number(),
  /** The model's page on the Index's site. */
  url,
});
export type OsaiEntry = z.infer<typeof OsaiEntrySchema>;

const SourceSchema = z.object({
  name: text(200),
  repo: text(200),
  commit: text(40),
  commitDate: day,
  license: text(40),
  /** The attribution the license asks for, word for word. */
  attribution: text(2000),
  url,
});

export const ExpertSnapshotSchema = z.object({
  sources: z.object({
    mot: SourceSchema,
    osai: z.extend(SourceSchema, { citation: text(600) }),
  }),
  /** Keyed by the Hugging Face id in lower case (the hub's ids are case-insensitive). */
  mot: z.record(z.string(), MotEntrySchema),
  osai: z.record(z.string(), OsaiEntrySchema),
});
export type ExpertSnapshot = z.infer<typeof ExpertSnapshotSchema>;

/** What we read of a component the MOT's curators count: missing, partly released, unknown, or not open. */
export const OUR_READINGS = [...COMPONENT_STATUSES, 'not-open', 'included'] as const;

/** Where our MOF class and the MOT's differ: the first component, in class order, that decides it. */
export const MotDifferenceSchema = z.object({
  component: componentId,
  ours: z.enum(OUR_READINGS),
  /** Our license for it, when ours is `not-open`. */
  ourLicense: z.optional(text(ID_MAX)),
  theirs: z.enum(MOT_STATUSES),
  /** The record's license for it, when the MOT's status is `included` or `invalid`. */
  theirLicense: z.optional(text(ID_MAX)),
});
export type MotDifference = z.infer<typeof MotDifferenceSchema>;

export const OsaiDifferenceSchema = z.object({
  dimension: z.enum(OSAI_DIMENSIONS),
  ours: z.enum(OUR_GRADES),
  theirs: z.enum(OSAI_GRADES),
});
export type OsaiDifference = z.infer<typeof OsaiDifferenceSchema>;

/** The Assessment's optional `experts` field: present only when a source has a record of the model. */
export const AssessmentExpertsSchema = z.object({
  mot: z.optional(
    z.object({
      name: text(ID_MAX),
      class: motClass,
      recordDate: day,
      url,
      /** Set when our MOF class differs from the MOT's. */
      difference: z.optional(MotDifferenceSchema),
      /** Components the MOT's record counts that the hub's metadata does not show us (ours: unknown). */
      unread: z.array(componentId),
    }),
  ),
  osai: z.optional(
    z.object({
      name: text(ID_MAX),
      grades: z.partialRecord(z.enum(OSAI_DIMENSIONS), z.enum(OSAI_GRADES)),
      mean: z.number(),
      databaseDate: day,
      url,
      /** Dimensions where our reading of the metadata and the Index's grade disagree, in the Index's order. */
      differences: z.array(OsaiDifferenceSchema),
    }),
  ),
});
export type AssessmentExperts = z.infer<typeof AssessmentExpertsSchema>;
