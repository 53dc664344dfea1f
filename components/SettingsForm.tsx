/**
 * The settings form: presets, per-criterion toggles with a live preview, listing badges and the dimming filter,
 * hubs, and clearing the cache. Controlled: it shows `settings` and reports every change. Its words come from the
 * message catalogue.
 */
import type { HubDescriptor } from '@/lib/hubs/descriptor';
import { hubDescriptors } from '@/lib/hubs/registry';
import { DIM_MODES, DIM_THRESHOLDS, PRESETS, type Settings, type Toggles } from '@/lib/settings/schema';
import { assess } from '@/lib/openness/assess';
import { SAMPLE_MODELS } from '@/lib/settings/samples';
import { badgeText } from '@/lib/ui/badge-text';
import { pageText } from '@/lib/catalogue/pages';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
  onClearCache?: () => void;
  cacheCleared?: boolean;
  /** The hubs to offer a switch for (default: every registered hub, lib/hubs/registry.ts). */
  hubs?: readonly HubDescriptor[];
}

type PresetId = keyof typeof PRESETS;
const PRESET_IDS = Object.keys(PRESETS) as PresetId[];
const checked = (event: Event) => (event.target as HTMLInputElement).checked;
const selected = <T extends string>(event: Event) => (event.target as HTMLSelectElement).value as T;

export function SettingsForm({ settings, onChange, onClearCache, cacheCleared, hubs = hubDescriptors() }: Props) {
  const t = pageText().options;
  return (
    <form class="ol-settings" onSubmit={(event) => event.preventDefault()}>
      <Presets settings={settings} onChange={onChange} />
      <Criteria settings={settings} onChange={onChange} />
      <Preview settings={settings} />
      <Listings settings={settings} onChange={onChange} />
      <fieldset>
        <legend>{t.hubsLegend}</legend>
        {hubs.map((hub) => (
          <label key={hub.id} class="ol-option">
            <input
              type="checkbox"
              name={`hub-${hub.id}`}
              checked={settings.hubs[hub.id] !== false}
              onChange={(event) => onChange({ ...settings, hubs: { ...settings.hubs, [hub.id]: checked(event) } })}
            />
            <span>{t.hubLabel(hub.label, hub.beta === true)}</span>
          </label>
        ))}
      </fieldset>
      {onClearCache && (
        <p>
          <button type="button" class="ol-button" onClick={onClearCache}>
            {t.clearCache}
          </button>{' '}
          <span role="status">{cacheCleared ? t.cacheCleared : ''}</span>
        </p>
      )}
    </form>
  );
}

type Part = { settings: Settings; onChange: (next: Settings) => void };

function Presets({ settings, onChange }: Part) {
  const t = pageText().options;
  const current = PRESET_IDS.find((key) => PRESETS[key].policy === settings.policy);
  return (
    <fieldset>
      <legend>{t.presetsLegend}</legend>
      {PRESET_IDS.map((key) => (
        <label key={key} class="ol-option">
          <input
            type="radio"
            name="preset"
            value={key}
            checked={current === key}
            onChange={() => onChange({ ...settings, policy: PRESETS[key].policy })}
          />
          <span>
            <strong>{t.presets[key].title}</strong>
            <span class="ol-muted ol-block">{t.presets[key].detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Criteria({ settings, onChange }: Part) {
  const t = pageText().options;
  return (
    <fieldset>
      <legend>{t.criteriaLegend}</legend>
      {(Object.keys(t.toggles) as (keyof Toggles)[]).map((key) => (
        <label key={key} class="ol-option">
          <input
            type="checkbox"
            name={key}
            checked={settings.toggles[key]}
            aria-describedby={`ol-toggle-${key}`}
            onChange={(event) => onChange({ ...settings, toggles: { ...settings.toggles, [key]: checked(event) } })}
          />
          <span>
            <strong>{t.toggles[key].title}</strong>
            <span class="ol-muted ol-block" id={`ol-toggle-${key}`}>
              {t.toggles[key].detail}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Preview({ settings }: { settings: Settings }) {
  const t = pageText().options;
  return (
    <section class="ol-preview" aria-live="polite" aria-labelledby="ol-preview-h">
      <h2 id="ol-preview-h">{t.previewTitle}</h2>
      <p class="ol-muted">{t.previewIntro}</p>
      <ul>
        {SAMPLE_MODELS.map((facts) => {
          const text = badgeText(assess(facts, settings));
          return (
            <li key={facts.id} data-testid="ol-preview-item" data-tone={text.tone}>
              <code>{facts.id}</code>: <strong>{text.tier}</strong> · {text.verdict} · {text.replication}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Listings({ settings, onChange }: Part) {
  const t = pageText().options;
  const dim = (patch: Partial<Settings['dim']>) => onChange({ ...settings, dim: { ...settings.dim, ...patch } });
  return (
    <fieldset>
      <legend>{t.listingsLegend}</legend>
      <label class="ol-option">
        <input
          type="checkbox"
          name="listingBadges"
          checked={settings.listingBadges}
          onChange={(event) => onChange({ ...settings, listingBadges: checked(event) })}
        />
        <span>{t.listingBadges}</span>
      </label>
      <label class="ol-option">
        <span>{t.dimLead}</span>
        <select
          name="dimThreshold"
          value={settings.dim.threshold}
          onChange={(event) => dim({ threshold: selected<Settings['dim']['threshold']>(event) })}
        >
          {DIM_THRESHOLDS.map((threshold) => (
            <option key={threshold} value={threshold}>
              {t.dimThresholds[threshold]}
            </option>
          ))}
        </select>
        <select
          name="dimMode"
          aria-label={t.dimModeLabel}
          value={settings.dim.mode}
          onChange={(event) => dim({ mode: selected<Settings['dim']['mode']>(event) })}
        >
          {DIM_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.dimModes[mode]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
