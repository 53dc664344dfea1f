/** Reads and follows the content script's settings (lib/settings/content-settings.ts) in storage.sync. */
import { browser } from 'wxt/browser';
import { contentSettings, type ContentSettings } from '@/lib/settings/content-settings';
import type { HubId } from '@/lib/schema/vocabulary';

export type { ContentSettings };

export async function readContentSettings(hub: HubId): Promise<ContentSettings> {
  try {
    return contentSettings((await browser.storage.sync.get('settings')).settings, hub);
  } catch {
    return contentSettings(undefined, hub);
  }
}

/**
 * Follows `storage.sync` alone: the background writes its facts cache to `storage.local` for every record it reads,
 * and `storage.onChanged` would hand each of those writes, values and all, to every hub page (a 30-card listing:
 * about a hundred wake-ups of the page's main thread for nothing).
 */
export function onContentSettings(hub: HubId, callback: (settings: ContentSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if ('settings' in changes) callback(contentSettings(changes.settings?.newValue, hub));
  };
  browser.storage.sync.onChanged.addListener(listener);
  return () => browser.storage.sync.onChanged.removeListener(listener);
}
