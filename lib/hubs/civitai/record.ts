/**
 * The Civitai API answers, validated (zod/mini): `GET /api/v1/models/{id}` and `GET /api/v1/model-versions/{id}`.
 * Only the fields the adapter reads are kept, every string and list bounded; unknown fields are dropped.
 */
import * as z from 'zod/mini';
import { text } from '../../schema/model-facts';

const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const opt = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

const FileSchema = z.object({
  name: text(1024),
  type: opt(text(64)),
  sizeKB: opt(z.number()),
  metadata: opt(z.object({ format: opt(text(64)) })),
});

export const VersionSchema = z.object({
  id: z.number(),
  modelId: opt(z.number()),
  name: opt(text(256)),
  baseModel: opt(text(100)),
  availability: opt(text(32)),
  publishedAt: opt(text(64)),
  updatedAt: opt(text(64)),
  earlyAccessEndsAt: opt(text(64)),
  usageControl: opt(text(32)),
  files: z.optional(list(FileSchema, 200)),
  model: opt(z.object({ name: opt(text(256)), type: opt(text(64)) })),
});
export type CivitaiVersion = z.infer<typeof VersionSchema>;

export const ModelSchema = z.object({
  id: z.number(),
  name: text(512),
  description: opt(text(100_000)),
  type: opt(text(64)),
  /** A string (2023), a Postgres set literal `{Image,Rent}` (the docs), or an array (2025-26). */
  allowCommercialUse: opt(z.union([text(200), list(text(32), 10)])),
  allowNoCredit: opt(z.boolean()),
  allowDerivatives: opt(z.boolean()),
  allowDifferentLicense: opt(z.boolean()),
  availability: opt(text(32)),
  mode: opt(text(32)),
  nsfw: opt(z.boolean()),
  tags: z.optional(list(text(128), 200)),
  modelVersions: z.optional(list(VersionSchema, 500)),
});
export type CivitaiModel = z.infer<typeof ModelSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'record-not-json' | 'record-field-invalid' };

export function parseJson<T>(body: string, schema: z.ZodMiniType<T>): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'record-not-json' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'record-field-invalid' };
}
