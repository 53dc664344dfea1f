/**
 * Pages follow the settings in storage.sync and nothing else: the background's facts cache in storage.local changes
 * with every record it reads, and a hub page woken for each of those writes pays for it on its main thread.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { onContentSettings } from '@/content-runtime/hub-switch';
import { onSettingsChanged } from '@/utils/settings-store';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('following the settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a hub page hears a settings change, and not the facts cache being written', async () => {
    const heard = vi.fn();
    const stop = onContentSettings('huggingface', heard);
    // Woken by no write to another area: no listener on every area's changes.
    expect(browser.storage.onChanged.hasListeners()).toBe(false);
    await browser.storage.local.set({ 'facts:huggingface:org/model': { fetchedAt: 1 } });
    expect(heard).not.toHaveBeenCalled();
    await browser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hubs: { huggingface: false } } });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0]![0]).toMatchObject({ enabled: false });
    stop();
    await browser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('the popup and options hear a settings change, and not the facts cache being written', async () => {
    const heard = vi.fn();
    const stop = onSettingsChanged(heard);
    expect(browser.storage.onChanged.hasListeners()).toBe(false);
    await browser.storage.local.set({ 'facts:huggingface:org/model': { fetchedAt: 1 } });
    expect(heard).not.toHaveBeenCalled();
    await browser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, listingBadges: false } });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0]![0]).toMatchObject({ listingBadges: false });
    stop();
  });
});
