import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SettingsForm } from '@/components/SettingsForm';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '@/utils/settings-store';
import { pageText } from '@/lib/catalogue/pages';

export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const t = pageText().options;
  if (!settings) return <main class="ol-root ol-page">{t.loading}</main>;
  return (
    <main class="ol-root ol-page ol-options">
      <h1 class="ol-page-title">{t.title}</h1>
      <SettingsForm
        settings={settings}
        onChange={(next) => {
          setSettings(next);
          void saveSettings(next);
        }}
        onClearCache={() =>
          void browser.runtime.sendMessage({ type: 'openness-lens/clear-cache' }).then(() => setCleared(true))
        }
        cacheCleared={cleared}
      />
    </main>
  );
}
