/**
 * The few settings the content script needs, read straight from storage (the full settings module and its
 * migration live in the background and extension pages). Anything unexpected reads as the default.
 */
import { browser } from 'wxt/browser';
import type { HubId } from '@/lib/schema/vocabulary';

export interface ContentSettings {
  enabled: boolean;
  listingBadges: boolean;
  dim: 'off' | 'dim' | 'hide';
}

export function contentSettings(stored: unknown, hub: HubId): ContentSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as {
    hubs?: Record<string, unknown>;
    listingBadges?: unknown;
    dim?: { mode?: unknown };
  };
  const mode = s.dim?.mode;
  return {
    enabled: s.hubs?.[hub] !== false,
    listingBadges: s.listingBadges !== false,
    dim: mode === 'dim' || mode === 'hide' ? mode : 'off',
  };
}

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
