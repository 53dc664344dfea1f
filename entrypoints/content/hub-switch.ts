/** Reads the one setting the content script needs before doing anything: whether this hub is switched on. */
import { browser } from 'wxt/browser';
import type { HubId } from '@/lib/schema/vocabulary';

export async function hubEnabled(hub: HubId): Promise<boolean> {
  try {
    const stored = (await browser.storage.sync.get('settings')) as { settings?: { hubs?: Record<string, unknown> } };
    return stored.settings?.hubs?.[hub] !== false;
  } catch {
    return true;
  }
}
