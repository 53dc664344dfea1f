/** One migration step per settings version, each proven on a stored example of the shape it moves. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateSettings } from '@/lib/settings/migrate';
import { STEPS, storedVersion, upgrade } from '@/lib/settings/migrations';
import { SETTINGS_VERSION, SettingsSchema } from '@/lib/settings/schema';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/settings');
const examples = readdirSync(DIR)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => {
    const example = JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as { stored: unknown; expected: unknown };
    return { version: Number(name.slice(1, -5)), ...example };
  })
  .sort((a, b) => a.version - b.version);

describe('settings migrations', () => {
  it('has one step per version below the current one, and a stored example of every version', () => {
    expect(STEPS).toHaveLength(SETTINGS_VERSION);
    expect(examples.map((example) => example.version)).toEqual(
      Array.from({ length: SETTINGS_VERSION + 1 }, (_, version) => version),
    );
  });

  it.each(examples.map((example) => [example.version, example] as const))(
    'a stored version-%i object reaches the current version with every choice kept',
    (_version, example) => {
      const migrated = migrateSettings(example.stored);
      expect(SettingsSchema.safeParse(migrated).success).toBe(true);
      expect(migrated).toEqual(example.expected === 'same' ? example.stored : example.expected);
    },
  );

  it('each step moves its version up by exactly one', () => {
    for (const example of examples.slice(0, -1)) {
      const step = STEPS[example.version];
      const moved = step?.(example.stored as Record<string, unknown>);
      expect(moved && storedVersion(moved)).toBe(example.version + 1);
    }
  });

  it('a version newer than this build knows runs no step, and keeps what still parses', () => {
    const future = { version: SETTINGS_VERSION + 3, policy: 'mof', listingBadges: false, shiny: { new: true } };
    expect(upgrade(future)).toBe(future);
    const migrated = migrateSettings(future);
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrated.policy).toBe('mof');
    expect(migrated.listingBadges).toBe(false);
  });

  it('a version that is not a whole number counts as the first', () => {
    expect(storedVersion({ version: '1' })).toBe(0);
    expect(storedVersion({ version: 1.5 })).toBe(0);
    expect(storedVersion({ version: -2 })).toBe(0);
  });
});
