/**
 * The migration steps, one per schema version: STEPS[n] moves version n to n + 1. Adding a version means adding a
 * step here, a stored example of the old shape under tests/fixtures/settings, and raising SETTINGS_VERSION (a test
 * holds the three together).
 */
import { SETTINGS_VERSION } from '../schema';
import type { MigrationStep, StoredSettings } from './step';
import { v0ToV1 } from './v0-to-v1';

export const STEPS: readonly MigrationStep[] = [v0ToV1];

/** The version a stored object says it has: 0 when it says none, or nothing usable. */
export function storedVersion(stored: StoredSettings): number {
  const version = stored.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * Runs every step from the stored version up to the current one. A version newer than this build knows (after a
 * downgrade) runs no step: what still parses is kept by the salvage.
 */
export function upgrade(stored: StoredSettings): StoredSettings {
  let current = stored;
  for (let version = storedVersion(stored); version < SETTINGS_VERSION; version++) {
    const step = STEPS[version];
    if (step) current = step(current);
  }
  return current;
}
