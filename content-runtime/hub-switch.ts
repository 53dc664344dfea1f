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

export function onContentSettings(hub: HubId, callback: (settings: ContentSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && 'settings' in changes) callback(contentSettings(changes.settings?.newValue, hub));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
