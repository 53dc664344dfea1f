/**
 * The experts' published records, as read from their repositories' files (untrusted: validated here), and the
 * Hugging Face ids a record's own fields name for the model it describes. A base model's link is not the model:
 * the Index's `weights_basemodel` is never read for ids.
 */
import * as z from 'zod/mini';
import { OSAI_DIMENSIONS, OSAI_GRADES } from '../schema/experts';

const scalar = z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((value) => String(value)),
);
const optionalScalar = z.optional(z.nullable(scalar));

const LicenseRefSchema = z.nullable(z.looseObject({ name: optionalScalar }));

export const MotRecordSchema = z.looseObject({
  release: z.looseObject({
    name: scalar,
    date: optionalScalar,
    huggingface: optionalScalar,
    license: z.optional(
      z.nullable(
        z.looseObject({
          distribution: z.optional(LicenseRefSchema),
          code: z.optional(LicenseRefSchema),
          data: z.optional(LicenseRefSchema),
          document: z.optional(LicenseRefSchema),
        }),
      ),
    ),
    components: z.optional(
      z.nullable(z.array(z.looseObject({ name: scalar, license: z.optional(z.nullable(scalar)) }))),
    ),
  }),
});
export type MotRecord = z.infer<typeof MotRecordSchema>;

const links = z.optional(z.nullable(z.union([scalar, z.array(z.nullable(scalar))])));
const dimension = z.optional(z.nullable(z.looseObject({ class: optionalScalar, link: links })));

export const OsaiRecordSchema = z.looseObject({
  system: z.looseObject({ name: scalar, link: links }),
  ...Object.fromEntries(OSAI_DIMENSIONS.map((d) => [d, dimension])),
});
export type OsaiRecord = z.infer<typeof OsaiRecordSchema> & {
  [K in (typeof OSAI_DIMENSIONS)[number]]?: { class?: string | null; link?: unknown } | null;
};

export const isOsaiGrade = (value: unknown): value is (typeof OSAI_GRADES)[number] =>
  typeof value === 'string' && (OSAI_GRADES as readonly string[]).includes(value);

/** First path segments of huggingface.co URLs that are not model repositories. */
const NOT_MODELS = new Set(['datasets', 'spaces', 'papers', 'collections', 'docs', 'blog', 'models', 'organizations']);
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The model repository id a value names: a huggingface.co URL (extra words around it and a sub-path are dropped) or
 * a bare `org/name`. Datasets, spaces, papers, collections and the site's root name no model.
 */
export function hfRepoId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const match = /(?:https?:\/\/)?(?:www\.)?huggingface\.co\/([^\s?#"'<>)]*)/i.exec(trimmed);
  let segments: string[];
  if (match) segments = match[1]!.split('/').filter(Boolean);
  else if (/^[^\s/]+\/[^\s/]+$/.test(trimmed)) segments = trimmed.split('/');
  else return undefined;
  const [first, second] = segments;
  if (!first || NOT_MODELS.has(first.toLowerCase()) || !SEGMENT.test(first)) return undefined;
  if (!second) return match ? first : undefined;
  return SEGMENT.test(second) ? `${first}/${second}` : undefined;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** The ids a MOT record names for its model: `release.huggingface`. */
export const motModelIds = (record: MotRecord): string[] => {
  const id = hfRepoId(record.release.huggingface);
  return id ? [id] : [];
};

/** The ids an Index record names for its (end) model: `system.link` and `weights_endmodel.link`. */
export function osaiModelIds(record: OsaiRecord): string[] {
  const values = [...asList(record.system.link), ...asList(record.weights_endmodel?.link)];
  const ids = values.map(hfRepoId).filter((id): id is string => id !== undefined);
  return [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];
}
