/** The registry manifest (Docker distribution v2), validated: the fallback when a page lists no layers. */
import * as z from 'zod/mini';
import { text } from '../../schema/model-facts';

export const ManifestSchema = z.object({
  schemaVersion: z.optional(z.number()),
  layers: z
    .array(z.object({ mediaType: text(200), digest: text(80), size: z.optional(z.number()) }))
    .check(z.maxLength(100)),
});

const KIND = /^application\/vnd\.ollama\.image\.([a-z]{1,32})$/;

export function manifestLayers(body: string): { kind: string; digest: string }[] | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) return null;
  return parsed.data.layers
    .filter((l) => /^sha256:[0-9a-f]{64}$/.test(l.digest))
    .map((l) => ({ kind: KIND.exec(l.mediaType)?.[1] ?? 'other', digest: l.digest }));
}
