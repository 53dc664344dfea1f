/**
 * The body every hub's content script shares: read the hub switch first (a switched-off hub does no DOM work and
 * no request), then badge the model page and the listing cards the hub adapter finds, re-run on the site's own
 * navigation, and answer the popup. Kept small: the engine and the knowledge base live in the background.
 *
 * Each hub's entrypoint passes its descriptor (data: its cards' selector and title, its theme) and its page adapter
 * (code: the model on the page, the badge's place, a card's model); nothing here knows one hub from another.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HubPageAdapter } from '@/lib/hubs/adapter';
import type { HubDescriptor } from '@/lib/hubs/descriptor';
import type { PageState } from '@/lib/protocol/protocol';
import { isGetState } from '@/lib/protocol/guards';
import { startModelPage, type ModelPage } from './model-page';
import { startCards, type Cards } from './cards';
import { onContentSettings, readContentSettings, type ContentSettings } from './hub-switch';
import { useBrowserLocale } from './locale';

export async function runHubContentScript(
  ctx: ContentScriptContext,
  hub: HubDescriptor,
  adapter: HubPageAdapter,
): Promise<void> {
  // Started as early as the script runs (document_start; with the Chrome module loader switched on, once its import
  // arrives): the settings read (a round trip to the browser) overlaps the page's parsing, so the badge can be drawn
  // as soon as the DOM is there.
  const settingsRead = readContentSettings(hub.id);
  const localeRead = useBrowserLocale();
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const [settings] = await Promise.all([settingsRead, localeRead]);
  // A switched-off hub: no DOM work and no request — only a watch for the switch being turned back on.
  if (!settings.enabled) {
    const stop = onContentSettings(hub.id, (next) => {
      if (!next.enabled) return;
      stop();
      startHub(ctx, hub, adapter, next);
    });
    ctx.onInvalidated(stop);
    return;
  }
  startHub(ctx, hub, adapter, settings);
}

function startHub(
  ctx: ContentScriptContext,
  hub: HubDescriptor,
  adapter: HubPageAdapter,
  initial: ContentSettings,
): void {
  let settings = initial;
  let model: ModelPage | undefined;
  let cards: Cards | undefined;
  let modelUrl = '';

  const runModel = () => {
    if (location.href === modelUrl) return;
    modelUrl = location.href;
    model?.dispose();
    model = undefined;
    const page = adapter.findModel(document, location.href);
    if (page) model = startModelPage(page, { anchor: adapter.badgeAnchor, theme: hub.theme });
  };
  // Listing badges where the descriptor says how cards are found and the page adapter reads a card's model.
  const cardRule = hub.cards && adapter.cardModelId && { ...hub.cards, modelId: adapter.cardModelId };
  const runCards = (next: ContentSettings) => {
    if (!next.enabled || !next.listingBadges || !cardRule) {
      cards?.dispose();
      cards = undefined;
    } else if (!cards) cards = startCards({ dim: next.dim, cards: cardRule, theme: hub.theme });
    else cards.setDim(next.dim);
  };

  browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (state: PageState) => void) => {
    if (!isGetState(raw)) return undefined;
    sendResponse(model ? model.state() : { kind: 'not-model' });
    return undefined;
  });

  runModel();
  runCards(settings);
  const stopSettings = onContentSettings(hub.id, (next) => {
    settings = next;
    if (!next.enabled) {
      model?.dispose();
      model = undefined;
      modelUrl = '';
    } else {
      model?.settingsChanged();
      runModel();
    }
    runCards(next);
    cards?.settingsChanged();
  });
  // Same-document navigation (listings change their URL without a reload): re-run for the new URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (settings.enabled) runModel();
  });
  ctx.onInvalidated(() => {
    stopSettings();
    model?.dispose();
    cards?.dispose();
  });
}
