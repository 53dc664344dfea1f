/**
 * The user's settings, stored in `storage.sync`. Versioned: lib/settings/migrate.ts moves any older shape to this one.
 */
import * as z from 'zod/mini';
import { DEFINITIONS, HUBS, type Definition, type HubId } from '../schema/vocabulary';

export const SETTINGS_VERSION = 1;

/** Per-criterion switches (docs/METHOD.md explains each); the defaults are the presets' starting point. */
export const TogglesSchema = z.object({
  /** Open weights: a list of prohibited uses disqualifies (otherwise it is a caveat). */
  openWeightsUseRestrictions: z.boolean(),
  /** Open weights: user or revenue caps disqualify (otherwise they are caveats). */
  openWeightsCaps: z.boolean(),
  /** Open weights: an approval gate disqualifies. */
  openWeightsNoGate: z.boolean(),
  /** OSAID: the training datasets themselves must be obtainable, not only described. */
  osaidRequireDatasets: z.boolean(),
  /** Base models' clauses and gaps change verdicts (they are shown either way). */
  inheritFromBase: z.boolean(),
});
export type Toggles = z.infer<typeof TogglesSchema>;

export const DEFAULT_TOGGLES: Toggles = {
  openWeightsUseRestrictions: false,
  openWeightsCaps: false,
  openWeightsNoGate: false,
  osaidRequireDatasets: false,
  inheritFromBase: true,
};

export const DIM_MODES = ['off', 'dim', 'hide'] as const;
/** Listing filter threshold: models that are not open under this definition are dimmed or hidden. */
export const DIM_THRESHOLDS = ['open-weights', 'osaid', 'mof-class-3', 'downloadable'] as const;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  policy: z.enum(DEFINITIONS),
  toggles: TogglesSchema,
  listingBadges: z.boolean(),
  dim: z.object({ mode: z.enum(DIM_MODES), threshold: z.enum(DIM_THRESHOLDS) }),
  hubs: z.record(z.enum(HUBS), z.boolean()),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  policy: 'osaid',
  toggles: DEFAULT_TOGGLES,
  listingBadges: true,
  dim: { mode: 'off', threshold: 'open-weights' },
  hubs: Object.fromEntries(HUBS.map((hub) => [hub, true])) as Record<HubId, boolean>,
};

/** The three presets: a definition to lead with and the toggles that go with it. */
export const PRESETS: Record<'strict' | 'mof' | 'lenient', { policy: Definition; toggles: Toggles }> = {
  strict: { policy: 'osaid', toggles: DEFAULT_TOGGLES },
  mof: { policy: 'mof', toggles: DEFAULT_TOGGLES },
  lenient: { policy: 'open-weights', toggles: DEFAULT_TOGGLES },
};
