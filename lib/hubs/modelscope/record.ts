/**
 * ModelScope's `GET /api/v1/models/{owner}/{name}` answer, validated (zod/mini): the envelope
 * `{Code, Data, Message, Success}` and the PascalCase model fields the adapter reads, and the
 * file list `GET /api/v1/models/{owner}/{name}/repo/files` (`Data.Files[].Path`).
 */
import * as z from 'zod/mini';
import { text } from '../../schema/model-facts';

const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const opt = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

export const ModelScopeModelSchema = z.object({
  Path: text(128),
  Name: text(128),
  License: opt(text(256)),
  BaseModel: opt(list(text(256), 20)),
  BaseModelRelation: opt(text(32)),
  RelatedArxivId: opt(list(text(64), 50)),
  ReadMeContent: opt(text(1_000_000)),
  Tags: opt(list(text(128), 200)),
  Tasks: opt(list(z.object({ Name: opt(text(128)) }), 50)),
  Libraries: opt(list(text(64), 50)),
  Visibility: opt(z.number()),
  ApprovalMode: opt(z.number()),
  ProtectedMode: opt(z.number()),
  IsAccessible: opt(z.number()),
  LastUpdatedTime: opt(z.number()),
});
export type ModelScopeModel = z.infer<typeof ModelScopeModelSchema>;

export const ModelEnvelopeSchema = z.object({
  Code: opt(z.number()),
  Success: opt(z.boolean()),
  Data: opt(ModelScopeModelSchema),
});

export const FilesEnvelopeSchema = z.object({
  Data: opt(z.object({ Files: opt(list(z.object({ Path: text(1024), Type: opt(text(16)) }), 5000)) })),
});

export function parseJson<T>(body: string, schema: z.ZodMiniType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
