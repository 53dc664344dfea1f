/**
 * The settings form: presets, per-criterion toggles with a live preview, listing badges and the dimming filter,
 * hubs, and clearing the cache. Controlled: it shows `settings` and reports every change.
 */
import { HUBS, type HubId } from '@/lib/schema/vocabulary';
import { DIM_MODES, DIM_THRESHOLDS, PRESETS, type Settings, type Toggles } from '@/lib/settings/schema';
import { assess } from '@/lib/openness/assess';
import { SAMPLE_MODELS } from '@/lib/settings/samples';
import { badgeText } from '@/lib/ui/badge-text';

const PRESET_TEXT: Record<keyof typeof PRESETS, { title: string; detail: string }> = {
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
};

const TOGGLE_TEXT: Record<keyof Toggles, { title: string; detail: string }> = {
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
};

const DIM_THRESHOLD_TEXT: Record<(typeof DIM_THRESHOLDS)[number], string> = {
  'open-weights': 'not open weights',
  osaid: 'not open source (OSAID)',
  'mof-class-3': 'below MOF Class III',
  downloadable: 'weights not downloadable',
};

const HUB_NAMES: Record<HubId, string> = {
  huggingface: 'Hugging Face',
  civitai: 'Civitai',
  ollama: 'Ollama',
  modelscope: 'ModelScope',
  kaggle: 'Kaggle Models (beta)',
};

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
  onClearCache?: () => void;
  cacheCleared?: boolean;
}

export function SettingsForm({ settings, onChange, onClearCache, cacheCleared }: Props) {
  const preset = (Object.keys(PRESETS) as (keyof typeof PRESETS)[]).find(
    (key) => PRESETS[key].policy === settings.policy,
  );
  return (
    <form class="ol-settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Definition of open</legend>
        {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((key) => (
          <label key={key} class="ol-option">
            <input
              type="radio"
              name="preset"
              value={key}
              checked={preset === key}
              onChange={() => onChange({ ...settings, policy: PRESETS[key].policy })}
            />
            <span>
              <strong>{PRESET_TEXT[key].title}</strong>
              <span class="ol-muted ol-block">{PRESET_TEXT[key].detail}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Criteria</legend>
        {(Object.keys(TOGGLE_TEXT) as (keyof Toggles)[]).map((key) => (
          <label key={key} class="ol-option">
            <input
              type="checkbox"
              name={key}
              checked={settings.toggles[key]}
              onChange={(event) =>
                onChange({
                  ...settings,
                  toggles: { ...settings.toggles, [key]: (event.target as HTMLInputElement).checked },
                })
              }
            />
            <span>
              <strong>{TOGGLE_TEXT[key].title}</strong>
              <span class="ol-muted ol-block">{TOGGLE_TEXT[key].detail}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <section class="ol-preview" aria-live="polite" aria-label="Preview">
        <h2>Preview</h2>
        <ul>
          {SAMPLE_MODELS.map((facts) => {
            const text = badgeText(assess(facts, settings));
            return (
              <li key={facts.id} data-testid="ol-preview-item">
                <code>{facts.id}</code>: <strong>{text.tier}</strong> · {text.verdict} · {text.replication}
              </li>
            );
          })}
        </ul>
      </section>

      <fieldset>
        <legend>Listings</legend>
        <label class="ol-option">
          <input
            type="checkbox"
            name="listingBadges"
            checked={settings.listingBadges}
            onChange={(event) => onChange({ ...settings, listingBadges: (event.target as HTMLInputElement).checked })}
          />
          <span>Show a compact badge on every model in hub listings</span>
        </label>
        <label class="ol-option">
          <span>Models that are</span>
          <select
            name="dimThreshold"
            value={settings.dim.threshold}
            onChange={(event) =>
              onChange({
                ...settings,
                dim: {
                  ...settings.dim,
                  threshold: (event.target as HTMLSelectElement).value as Settings['dim']['threshold'],
                },
              })
            }
          >
            {DIM_THRESHOLDS.map((t) => (
              <option key={t} value={t}>
                {DIM_THRESHOLD_TEXT[t]}
              </option>
            ))}
          </select>
          <select
            name="dimMode"
            aria-label="What to do with them"
            value={settings.dim.mode}
            onChange={(event) =>
              onChange({
                ...settings,
                dim: { ...settings.dim, mode: (event.target as HTMLSelectElement).value as Settings['dim']['mode'] },
              })
            }
          >
            {DIM_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {mode === 'off' ? 'are shown as usual' : mode === 'dim' ? 'are dimmed' : 'are hidden'}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>Hubs</legend>
        {HUBS.map((hub) => (
          <label key={hub} class="ol-option">
            <input
              type="checkbox"
              name={`hub-${hub}`}
              checked={settings.hubs[hub]}
              onChange={(event) =>
                onChange({ ...settings, hubs: { ...settings.hubs, [hub]: (event.target as HTMLInputElement).checked } })
              }
            />
            <span>{HUB_NAMES[hub]}</span>
          </label>
        ))}
      </fieldset>

      {onClearCache && (
        <p>
          <button type="button" class="ol-button" onClick={onClearCache}>
            Clear cached model data
          </button>{' '}
          {cacheCleared && <span role="status">Cleared.</span>}
        </p>
      )}
    </form>
  );
}
