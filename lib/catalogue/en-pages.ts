/** The English words of the extension's own pages. */
import type { PageText } from './page-text';

export const enPages: PageText = {
  popup: {
    title: 'Openness Lens',
    loading: 'Loading…',
    notModel:
      "This page is not a model page. Open a model on Hugging Face to see how open it is: its release tier, its license's clauses and which components are released.",
    pending: (id) => `Checking ${id}…`,
    unavailable: (id, why) => `${id}: unknown — ${why}`,
    settings: (definition, listingBadges) =>
      `Leading with ${definition}. Listing badges ${listingBadges ? 'on' : 'off'}.`,
    settingsLink: 'Settings',
  },
  options: {
    title: 'Openness Lens settings',
    loading: 'Loading…',
    presetsLegend: 'Definition of open',
    presets: {
      strict: {
        title: 'Strict — Open Source AI Definition (default)',
        detail: 'Open only if weights, code and training-data information are released on terms that allow any use.',
      },
      mof: {
        title: 'Model Openness Framework',
        detail: 'Classes III, II and I by which components are released under open licenses.',
      },
      lenient: {
        title: 'Lenient — open weights',
        detail: 'Open if the weights can be downloaded under a license that allows commercial use and modification.',
      },
    },
    criteriaLegend: 'Criteria',
    toggles: {
      openWeightsUseRestrictions: {
        title: 'Open weights: use restrictions disqualify',
        detail: 'A list of prohibited uses (acceptable-use policy, RAIL attachment) makes a model not open weights.',
      },
      openWeightsCaps: {
        title: 'Open weights: user and revenue caps disqualify',
        detail: 'Needing a separate license above a number of users or a revenue makes a model not open weights.',
      },
      openWeightsNoGate: {
        title: 'Open weights: no approval gate',
        detail: 'Weights behind a request-access form do not count as openly downloadable.',
      },
      osaidRequireDatasets: {
        title: 'OSAID: require the datasets themselves',
        detail: 'Detailed information about the training data is not enough; the data must be obtainable.',
      },
      inheritFromBase: {
        title: 'Inherit from base models',
        detail: "A fine-tune carries its base model's license clauses and missing training data and code.",
      },
    },
    previewTitle: 'Preview',
    previewIntro: 'How two sample models read with these settings:',
    listingsLegend: 'Listings',
    listingBadges: 'Show a compact badge on every model in hub listings',
    dimLead: 'Models that are',
    dimModeLabel: 'What to do with them',
    dimThresholds: {
      'open-weights': 'not open weights',
      osaid: 'not open source (OSAID)',
      'mof-class-3': 'below MOF Class III',
      downloadable: 'weights not downloadable',
    },
    dimModes: { off: 'are shown as usual', dim: 'are dimmed', hide: 'are hidden' },
    hubsLegend: 'Hubs',
    hubLabel: (name, beta) => (beta ? `${name} (beta)` : name),
    clearCache: 'Clear cached model data',
    cacheCleared: 'Cleared.',
  },
  method: { englishOnly: 'This page is in English.' },
};
