/**
 * The words of the extension's own pages (popup, options) — a part of each locale's catalogue that the content
 * scripts never load (their budget, docs/PERFORMANCE.md). `pageText()` gives the active locale's.
 */
import type { DimModeId, DimThresholdId, PresetId, ToggleId } from './ui-text';

interface Titled {
  title: string;
  detail: string;
}

export interface PageText {
  popup: {
    title: string;
    loading: string;
    notModel: string;
    pending: (id: string) => string;
    unavailable: (id: string, why: string) => string;
    settings: (definition: string, listingBadges: boolean) => string;
    settingsLink: string;
  };
  options: {
    title: string;
    loading: string;
    presetsLegend: string;
    presets: Record<PresetId, Titled>;
    criteriaLegend: string;
    toggles: Record<ToggleId, Titled>;
    previewTitle: string;
    previewIntro: string;
    listingsLegend: string;
    listingBadges: string;
    dimLead: string;
    dimModeLabel: string;
    dimThresholds: Record<DimThresholdId, string>;
    dimModes: Record<DimModeId, string>;
    hubsLegend: string;
    /** A hub's switch: its own name (from its descriptor), marked when its support is in beta. */
    hubLabel: (name: string, beta: boolean) => string;
    clearCache: string;
    cacheCleared: string;
  };
  method: {
    /** Shown above the method page when the interface speaks another language: the method stays English. */
    englishOnly: string;
  };
}
