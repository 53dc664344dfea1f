/** Settings in `storage.sync`, always read through the migration so a bad or old value never breaks anything. */
import { browser } from 'wxt/browser';
import { migrateSettings } from '@/lib/settings/migrate';
import { SettingsSchema, type Settings } from '@/lib/settings/schema';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return migrateSettings(stored[KEY]);
  } catch {
    return migrateSettings(undefined);
  }
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: SettingsSchema.parse(next) });
}

/**
 * Calls back with the new settings whenever they change, in any tab or window. Only `storage.sync` is followed, not
 * the background's facts cache in `storage.local`, which changes with every record read.
 */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (KEY in changes) callback(migrateSettings(changes[KEY]?.newValue));
  };
  browser.storage.sync.onChanged.addListener(listener);
  return () => browser.storage.sync.onChanged.removeListener(listener);
}
