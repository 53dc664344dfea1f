/**
 * Version 0, the unversioned first cut, stored `{ policy?, toggles? }`. Version 1 added the version number, listing
 * badges, the listing filter and the per-hub switches, all with defaults: the step only stamps the version, and the
 * salvage that runs after every step fills the new fields.
 */
import type { StoredSettings } from './step';

export function v0ToV1(stored: StoredSettings): StoredSettings {
  return { ...stored, version: 1 };
}
