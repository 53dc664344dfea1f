/**
 * A dataset lookup (`GET /api/datasets/{id}`) → availability and license ids.
 * Statuses: 401/404 = missing (not found or private to others), 403 disabled (`X-Error-Message: Access to this
 * resource is disabled.`), 200 with `gated`/`private`/`disabled` fields.
 */
import * as z from 'zod/mini';
import type { DatasetAvailability } from '../../schema/model-facts';
import { licenseSlug } from './licenses';

export interface DatasetLookup {
  availability: DatasetAvailability;
  license?: string[];
  /** The id the Hub answered with (datasets get renamed: `bookcorpus` → `bookcorpus/bookcorpus`). */
  canonicalId?: string;
}

const DatasetRecordSchema = z.looseObject({
  id: z.optional(z.string().check(z.maxLength(256))),
  private: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  gated: z.optional(z.union([z.boolean(), z.string()])),
  tags: z.optional(z.array(z.unknown())),
  cardData: z.optional(z.nullable(z.looseObject({}))),
});

function licenseIds(card: Record<string, unknown> | null | undefined, tags: unknown[] | undefined): string[] {
  const raw = card?.['license'];
  let ids = (typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : []).filter(
    (x): x is string => typeof x === 'string',
  );
  if (ids.length === 0 && tags) {
    ids = tags.filter((t): t is string => typeof t === 'string' && t.startsWith('license:')).map((t) => t.slice(8));
  }
  const name = card?.['license_name'];
  return ids
    .map((id) => id.trim().toLowerCase())
    .map((id) => (id === 'other' && typeof name === 'string' ? licenseSlug(name) || id : id))
    .filter((id) => id !== '' && id.length <= 256)
    .slice(0, 10);
}

/** Availability from a dataset record answer; never throws. */
export function datasetLookupFromResponse(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): DatasetLookup {
  if (status === 401 || status === 404) return { availability: 'missing' };
  if (status === 403) {
    const msg = `${headers['x-error-message'] ?? ''} ${body.slice(0, 500)}`;
    return { availability: /disabled/i.test(msg) ? 'disabled' : 'unknown' };
  }
  if (status !== 200) return { availability: 'unknown' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { availability: 'unknown' };
  }
  const r = z.safeParse(DatasetRecordSchema, json);
  if (!r.success) return { availability: 'unknown' };
  const d = r.data;
  const license = licenseIds(d.cardData, d.tags);
  const base = { canonicalId: d.id, ...(license.length > 0 ? { license } : {}) };
  if (d.disabled === true) return { availability: 'disabled', ...base };
  if (d.private === true) return { availability: 'private', ...base };
  if (d.gated === 'auto' || d.gated === 'manual' || d.gated === true) return { availability: 'gated', ...base };
  return { availability: 'public', ...base };
}
