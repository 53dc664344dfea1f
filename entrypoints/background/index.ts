/**
 * The background: one metadata broker per hub (./hubs.ts), the engine, and a session per connected page (a model
 * page or a listing's cards). In Chrome it is an MV3 service worker that may be stopped at any time (the brokers
 * keep their cache and rate-limit budget in storage.local); in Firefox an MV2 event page (`persistent: false`), which
 * Firefox unloads after 30 s idle and wakes for the next message or connection, just as Chrome does its worker.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { CARDS_PORT, CLEAR_CACHE, PAGE_PORT } from '@/lib/protocol/constants';
import { loadSettings, onSettingsChanged } from '@/utils/settings-store';
import { PageSession } from './page-session';
import { CardsSession } from './cards-session';
import { createHubServices, hubOfSender } from './hubs';
import { memoryStore } from '@/lib/broker';
import { setActiveCatalogue } from '@/lib/catalogue';
import { catalogueFor } from '@/lib/catalogue/catalogues';

export default defineBackground({
  persistent: false,
  main() {
    // The listing cards' words are chosen here, in the browser's language.
    setActiveCatalogue(catalogueFor(browser.i18n.getUILanguage()));
    const hubs = createHubServices();
    // Private windows get their own brokers, page pools and an in-memory cache (created when first needed).
    let privateHubs: ReturnType<typeof createHubServices> | undefined;

    const sessions = new Set<PageSession | CardsSession>();
    let settings = loadSettings();
    onSettingsChanged((next) => {
      settings = Promise.resolve(next);
      for (const session of sessions) session.reassess(next);
    });

    // Answered through sendResponse (not a returned promise, which older Chrome versions ignore), so the options
    // page says "cleared" only once it is.
    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (done: boolean) => void) => {
      if ((raw as { type?: unknown } | null)?.type !== CLEAR_CACHE) return undefined;
      const all = [...Object.values(hubs), ...Object.values(privateHubs ?? {})];
      void Promise.all(all.map((hub) => hub.broker.clear())).then(
        () => sendResponse(true),
        () => sendResponse(false),
      );
      return true;
    });

    browser.runtime.onConnect.addListener((port) => {
      const Session = port.name === PAGE_PORT ? PageSession : port.name === CARDS_PORT ? CardsSession : undefined;
      // The hub is the one of the page's URL as the browser reports it.
      const hub = hubOfSender(port.sender?.url ?? port.sender?.tab?.url);
      if (!Session || !hub) return;
      const services = port.sender?.tab?.incognito ? (privateHubs ??= createHubServices(memoryStore())) : hubs;
      const session = new Session(port, services[hub], () => settings);
      sessions.add(session);
      port.onDisconnect.addListener(() => sessions.delete(session));
    });
  },
});
