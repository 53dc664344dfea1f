/** `GET /api/models/{id}/refs` → branch names. Intermediate checkpoints often live on branches. */
import * as z from 'zod/mini';

const RefsSchema = z.looseObject({
  branches: z.array(z.looseObject({ name: z.string().check(z.maxLength(256)) })),
});

const MAX_BRANCHES = 500;

/** Branch names, or null when the body is not a refs answer. */
export function parseRefs(body: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const r = z.safeParse(RefsSchema, json);
  if (!r.success) return null;
  return r.data.branches.slice(0, MAX_BRANCHES).map((b) => b.name);
}

/** Branch names that look like training checkpoints: `step1000`, `checkpoint-500`, `stage1-step2000-tokens4B`, ... */
const CHECKPOINT =
  /^(step[-_]?\d|checkpoint[-_]?\d|ckpt[-_]?\d|stage\d|epoch[-_]?\d|iter(ation)?[-_]?\d|revision[-_]?\d)/i;

export const isCheckpointBranch = (name: string): boolean => CHECKPOINT.test(name);

export const checkpointBranches = (names: readonly string[]): string[] => names.filter(isCheckpointBranch);
