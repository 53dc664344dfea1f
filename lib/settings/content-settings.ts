/**
 * The few settings a content script needs, read from what is stored without the settings schema (zod would not fit
 * the content script's size budget). It must agree with the full reading, `migrateSettings`, for every stored
 * value: tests/unit/settings/content-settings.test.ts holds the two together.
 */
import type { HubId } from '../schema/vocabulary';

export interface ContentSettings {
  enabled: boolean;
  listingBadges: boolean;
  dim: 'off' | 'dim' | 'hide';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function contentSettings(stored: unknown, hub: HubId): ContentSettings {
  const s = isRecord(stored) ? stored : {};
  const hubs = isRecord(s.hubs) ? s.hubs : {};
  const dim = isRecord(s.dim) ? s.dim : {};
  const own = (record: Record<string, unknown>, key: string) =>
    Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  const mode = own(dim, 'mode');
  return {
    enabled: own(hubs, hub) !== false,
    listingBadges: own(s, 'listingBadges') !== false,
    dim: mode === 'dim' || mode === 'hide' ? mode : 'off',
  };
}
