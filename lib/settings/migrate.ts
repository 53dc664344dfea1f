/**
 * Turns whatever is stored (an older version, a partly corrupted object, nothing) into valid current settings,
 * keeping every field that can be kept: first each version's step (migrations/), then the salvage of unreadable
 * values, field by field. Never throws.
 */
import * as z from 'zod/mini';
import { DEFINITIONS, HUBS } from '../schema/vocabulary';
import { upgrade } from './migrations';
import { DEFAULT_SETTINGS, DIM_MODES, DIM_THRESHOLDS, SETTINGS_VERSION, TogglesSchema, type Settings } from './schema';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function pick<T>(
  schema: { safeParse(value: unknown): { success: boolean; data?: T } },
  value: unknown,
  fallback: T,
): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as T) : fallback;
}

export function migrateSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return structuredClone(DEFAULT_SETTINGS);
  return salvage(upgrade(stored));
}

/** The current shape from an object that has had its steps: each field kept if it parses, else its default. */
function salvage(raw: Record<string, unknown>): Settings {
  const toggles = isRecord(raw.toggles) ? raw.toggles : {};
  const dim = isRecord(raw.dim) ? raw.dim : {};
  const hubs = isRecord(raw.hubs) ? raw.hubs : {};
  return {
    version: SETTINGS_VERSION,
    policy: pick(z.enum(DEFINITIONS), raw.policy, DEFAULT_SETTINGS.policy),
    toggles: Object.fromEntries(
      Object.entries(DEFAULT_SETTINGS.toggles).map(([key, fallback]) => [
        key,
        pick(z.boolean(), toggles[key], fallback),
      ]),
    ) as z.infer<typeof TogglesSchema>,
    listingBadges: pick(z.boolean(), raw.listingBadges, DEFAULT_SETTINGS.listingBadges),
    dim: {
      mode: pick(z.enum(DIM_MODES), dim.mode, DEFAULT_SETTINGS.dim.mode),
      threshold: pick(z.enum(DIM_THRESHOLDS), dim.threshold, DEFAULT_SETTINGS.dim.threshold),
    },
    hubs: Object.fromEntries(
      HUBS.map((hub) => [hub, pick(z.boolean(), hubs[hub], DEFAULT_SETTINGS.hubs[hub])]),
    ) as Settings['hubs'],
  };
}
