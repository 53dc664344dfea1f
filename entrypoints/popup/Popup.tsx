/**
 * The toolbar popup: the breakdown of the active tab's model (asked of that tab's content script), a quick switch
 * of definition, or, elsewhere, what Openness Lens does and the current settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Breakdown } from '@/components/Breakdown';
import { DefinitionSwitch } from '@/components/DefinitionSwitch';
import { PageStateSchema, PopupUpdateSchema, type PageState } from '@/lib/protocol/protocol';
import { message, definitionLabel } from '@/lib/catalogue';
import { pageText } from '@/lib/catalogue/pages';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '@/utils/settings-store';

type View = { kind: 'loading' } | PageState;

async function activeTabId(requested: number | undefined): Promise<number | undefined> {
  if (requested !== undefined) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askTab(tabId: number | undefined): Promise<PageState> {
  if (tabId === undefined) return { kind: 'not-model' };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'openness-lens/get-state' });
    const parsed = PageStateSchema.safeParse(answer);
    return parsed.success ? parsed.data : { kind: 'not-model' };
  } catch {
    // No content script in that tab: not a supported hub page.
    return { kind: 'not-model' };
  }
}

export function Popup({ requestedTabId }: { requestedTabId?: number }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | undefined>();

  useEffect(() => {
    let tabId: number | undefined;
    const refresh = () => void askTab(tabId).then(setView);
    void activeTabId(requestedTabId).then((id) => {
      tabId = id;
      refresh();
    });
    void loadSettings().then(setSettings);
    const stopSettings = onSettingsChanged(setSettings);
    // Only the background sends updates (a sender without a tab); a content script's message is not one.
    const onUpdate = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab) return;
      const update = PopupUpdateSchema.safeParse(raw);
      if (update.success && update.data.tabId === tabId) setView(update.data.state);
    };
    browser.runtime.onMessage.addListener(onUpdate);
    return () => {
      stopSettings();
      browser.runtime.onMessage.removeListener(onUpdate);
    };
  }, [requestedTabId]);

  const t = pageText().popup;
  const choose = (policy: Settings['policy']) => {
    if (settings) void saveSettings({ ...settings, policy });
  };

  return (
    <main class="ol-root ol-page ol-popup">
      <h1 class="ol-page-title">{t.title}</h1>
      {settings && <DefinitionSwitch value={settings.policy} onChange={choose} />}
      <PopupBody view={view} />
      {settings && view.kind !== 'model' && (
        <p class="ol-muted" data-testid="ol-popup-settings">
          {t.settings(definitionLabel(settings.policy), settings.listingBadges)}{' '}
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t.settingsLink}
          </a>
        </p>
      )}
    </main>
  );
}

function PopupBody({ view }: { view: View }) {
  const t = pageText().popup;
  switch (view.kind) {
    case 'loading':
      return <p role="status">{t.loading}</p>;
    case 'not-model':
      return <p data-testid="ol-popup-not-model">{t.notModel}</p>;
    case 'pending':
      return (
        <p role="status" data-testid="ol-popup-pending">
          {t.pending(view.id)}
        </p>
      );
    case 'unavailable':
      return <p data-testid="ol-popup-unavailable">{t.unavailable(view.id, message(view.reason))}</p>;
    case 'model':
      return (
        <Breakdown
          assessment={view.assessment}
          stage={view.stage}
          problem={view.problem}
          checkedAt={view.checkedAt}
          copyText={(text) => navigator.clipboard.writeText(text)}
          methodLink={(anchor) => browser.runtime.getURL(`/method.html${anchor ? `#${anchor}` : ''}`)}
        />
      );
  }
}
