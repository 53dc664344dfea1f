import { describe, expect, it } from 'vitest';
import { migrateSettings } from '@/lib/settings/migrate';
import { DEFAULT_SETTINGS, SettingsSchema } from '@/lib/settings/schema';

describe('settings migration', () => {
  it('gives the defaults (strict OSAID) when nothing is stored', () => {
    const settings = migrateSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.policy).toBe('osaid');
  });

  it.each([null, 42, 'osaid', [1, 2], true])('falls back to the defaults for a stored %p', (stored) => {
    expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('moves version 0 (unversioned policy and toggles) to version 1, keeping the choices', () => {
    const settings = migrateSettings({ policy: 'open-weights', toggles: { openWeightsCaps: true } });
    expect(settings.version).toBe(1);
    expect(settings.policy).toBe('open-weights');
    expect(settings.toggles.openWeightsCaps).toBe(true);
    expect(settings.toggles.inheritFromBase).toBe(true);
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('keeps every valid field of a partly corrupted version-1 object and repairs the rest', () => {
    const settings = migrateSettings({
      version: 1,
      policy: 'mof',
      toggles: { inheritFromBase: 'yes', osaidRequireDatasets: true },
      listingBadges: false,
      dim: { mode: 'hide', threshold: 'nonsense' },
      hubs: { civitai: false, huggingface: 7 },
    });
    expect(settings.policy).toBe('mof');
    expect(settings.toggles.osaidRequireDatasets).toBe(true);
    expect(settings.toggles.inheritFromBase).toBe(true); // 'yes' is not a boolean: default kept
    expect(settings.listingBadges).toBe(false);
    expect(settings.dim).toEqual({ mode: 'hide', threshold: 'open-weights' });
    expect(settings.hubs.civitai).toBe(false);
    expect(settings.hubs.huggingface).toBe(true);
  });

  it('does not let prototype keys through', () => {
    const stored = JSON.parse(
      '{"version":1,"policy":"osaid","__proto__":{"polluted":true},"toggles":{"constructor":1}}',
    );
    const settings = migrateSettings(stored);
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(settings.toggles)).toEqual(Object.keys(DEFAULT_SETTINGS.toggles));
  });

  it('never returns the shared default object itself (callers may mutate their copy)', () => {
    const settings = migrateSettings(undefined);
    settings.toggles.openWeightsCaps = true;
    expect(DEFAULT_SETTINGS.toggles.openWeightsCaps).toBe(false);
  });
});
