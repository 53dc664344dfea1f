/**
 * The experts' vocabularies (docs/EXPERTS.md), as plain data: the content script's breakdown reads them without
 * bundling zod (lib/schema/experts.ts declares the schemas).
 */

/** The Index's twelve dimensions, in its order (availability, documentation, access). */
export const OSAI_DIMENSIONS = [
  'datasources_basemodel',
  'datasources_endmodel',
  'weights_basemodel',
  'weights_endmodel',
  'trainingcode',
  'code',
  'hardware_architecture',
  'preprint',
  'paper',
  'modelcard',
  'datasheet',
  'licenses',
] as const;
export type OsaiDimension = (typeof OSAI_DIMENSIONS)[number];
export const OSAI_GRADES = ['open', 'partial', 'closed'] as const;
export type OsaiGrade = (typeof OSAI_GRADES)[number];

/** What the MOT makes of a component: listed with an open license, not listed, listed with none, or not open. */
export const MOT_STATUSES = ['included', 'missing', 'unlicensed', 'invalid'] as const;

/** Our finding on one of the Index's dimensions, in its words where we can say them. */
export const OUR_GRADES = ['open', 'partial', 'closed', 'not-open', 'not-closed', 'unknown'] as const;
export type OurGrade = (typeof OUR_GRADES)[number];
