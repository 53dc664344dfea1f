/** The content script's reading of the settings agrees with the full one, whatever is stored. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentSettings } from '@/lib/settings/content-settings';
import { migrateSettings } from '@/lib/settings/migrate';
import { HUBS } from '@/lib/schema/vocabulary';

const anyValue = fc.oneof(fc.boolean(), fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined));
const stored = fc.oneof(
  anyValue,
  fc.record(
    {
      version: fc.oneof(fc.constant(1), fc.constant(0), anyValue),
      listingBadges: anyValue,
      dim: fc.oneof(anyValue, fc.record({ mode: fc.oneof(fc.constantFrom('off', 'dim', 'hide', 'glow'), anyValue) })),
      hubs: fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...HUBS, '__proto__', 'constructor'), anyValue)),
    },
    { requiredKeys: [] },
  ),
);

describe('content settings', () => {
  it('say what the full settings say, for every hub and any stored value', () => {
    fc.assert(
      fc.property(stored, fc.constantFrom(...HUBS), (value, hub) => {
        const full = migrateSettings(value);
        expect(contentSettings(value, hub)).toEqual({
          enabled: full.hubs[hub],
          listingBadges: full.listingBadges,
          dim: full.dim.mode,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('a hub switched off is off for its own content script only', () => {
    const value = { version: 1, hubs: { civitai: false } };
    expect(contentSettings(value, 'civitai').enabled).toBe(false);
    expect(contentSettings(value, 'huggingface').enabled).toBe(true);
  });
});
