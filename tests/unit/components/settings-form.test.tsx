// @vitest-environment happy-dom
/** The options form: presets, toggles with explanations and a live preview, listings, hubs, clearing the cache. */
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { SettingsForm } from '@/components/SettingsForm';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { allByTestId, click, mount, rerender, textOf } from './helpers';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch });
const input = (root: HTMLElement, selector: string) => root.querySelector<HTMLInputElement>(selector)!;

describe('settings form', () => {
  it('offers the three presets with Strict (OSAID) chosen by default', () => {
    const root = mount(<SettingsForm settings={settings()} onChange={() => undefined} />);
    const presets = [...root.querySelectorAll<HTMLInputElement>('input[name="preset"]')];
    expect(presets.map((p) => textOf(p.closest('label')))).toEqual([
      expect.stringContaining('Strict — Open Source AI Definition (default)'),
      expect.stringContaining('Model Openness Framework'),
      expect.stringContaining('Lenient — open weights'),
    ]);
    expect(presets.find((p) => p.checked)?.value).toBe('strict');
  });

  it('choosing a preset reports the new definition and keeps the rest', async () => {
    const onChange = vi.fn();
    const start = settings({ listingBadges: false });
    const root = mount(<SettingsForm settings={start} onChange={onChange} />);
    await click(input(root, 'input[name="preset"][value="lenient"]'));
    expect(onChange).toHaveBeenCalledWith({ ...start, policy: 'open-weights' });
  });

  it('explains every toggle in one line and reports a change', async () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={settings()} onChange={onChange} />);
    const toggles = [...root.querySelectorAll<HTMLInputElement>('fieldset:nth-of-type(2) input[type="checkbox"]')];
    expect(toggles.map((t) => t.name)).toEqual(Object.keys(DEFAULT_SETTINGS.toggles));
    for (const toggle of toggles) {
      const explanation = root.querySelector(`#${toggle.getAttribute('aria-describedby')}`);
      expect(textOf(explanation)).toMatch(/^[A-Z].+\.$/);
    }
    await click(input(root, 'input[name="openWeightsCaps"]'));
    expect(onChange).toHaveBeenCalledWith(
      settings({ toggles: { ...DEFAULT_SETTINGS.toggles, openWeightsCaps: true } }),
    );
  });

  it('previews how the sample models read, and the preview follows the settings', () => {
    const lenient = settings({ policy: 'open-weights' });
    const root = mount(<SettingsForm settings={lenient} onChange={() => undefined} />);
    const gated = () => textOf(allByTestId(root, 'ol-preview-item')[0]);
    expect(gated()).toContain('example/community-licensed-chat-8b');
    expect(gated()).toMatch(/· Open weights ·/);
    rerender(
      root,
      <SettingsForm
        settings={{ ...lenient, toggles: { ...lenient.toggles, openWeightsCaps: true } }}
        onChange={() => undefined}
      />,
    );
    expect(gated()).toContain('Not open weights');
    rerender(root, <SettingsForm settings={settings()} onChange={() => undefined} />);
    expect(gated()).toContain('Not open source · OSAID');
  });

  it('switches listing badges, the dimming threshold and mode', async () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={settings()} onChange={onChange} />);
    await click(input(root, 'input[name="listingBadges"]'));
    expect(onChange).toHaveBeenLastCalledWith(settings({ listingBadges: false }));
    const mode = root.querySelector<HTMLSelectElement>('select[name="dimMode"]')!;
    expect(mode.getAttribute('aria-label')).toBe('What to do with them');
    await act(async () => {
      mode.value = 'hide';
      mode.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenLastCalledWith(settings({ dim: { mode: 'hide', threshold: 'open-weights' } }));
    const threshold = root.querySelector<HTMLSelectElement>('select[name="dimThreshold"]')!;
    expect([...threshold.options].map((o) => o.textContent)).toEqual([
      'not open weights',
      'not open source (OSAID)',
      'below MOF Class III',
      'weights not downloadable',
    ]);
  });

  it('lists the hubs, Kaggle marked beta, and switches one off', async () => {
    const onChange = vi.fn();
    const root = mount(<SettingsForm settings={settings()} onChange={onChange} />);
    expect(textOf(input(root, 'input[name="hub-kaggle"]').closest('label'))).toBe('Kaggle Models (beta)');
    await click(input(root, 'input[name="hub-civitai"]'));
    expect(onChange).toHaveBeenCalledWith(settings({ hubs: { ...DEFAULT_SETTINGS.hubs, civitai: false } }));
  });

  it('clears the cache and says so', async () => {
    const onClearCache = vi.fn();
    const root = mount(<SettingsForm settings={settings()} onChange={() => undefined} onClearCache={onClearCache} />);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Clear cached model data');
    await click(button);
    expect(onClearCache).toHaveBeenCalledOnce();
    rerender(
      root,
      <SettingsForm settings={settings()} onChange={() => undefined} onClearCache={onClearCache} cacheCleared />,
    );
    expect(textOf(root.querySelector('[role="status"]'))).toBe('Cleared.');
  });
});
