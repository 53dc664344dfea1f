/**
 * The background: one metadata broker per hub, the engine, and a session per connected page (a model page or a
 * listing's cards). In Chrome it is an MV3 service worker that may be stopped at any time (the broker keeps its
 * cache and rate-limit budget in storage.local); in Firefox an MV2 background page.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { Broker } from '@/lib/broker';
import { CARDS_PORT, CLEAR_CACHE, PAGE_PORT } from '@/lib/messaging/constants';
import { ModelFactsSchema, type ModelFacts } from '@/lib/schema/model-facts';
import { loadSettings, onSettingsChanged } from '@/utils/settings-store';
import { PageSession } from './page-session';
import { CardsSession } from './cards-session';
import { RunnerPool } from './port-runner';

export default defineBackground(() => {
  // Hugging Face requests run in a live huggingface.co page: same origin, with the user's own session.
  const huggingfacePages = new RunnerPool();
  const huggingface = new Broker<ModelFacts>({
    hub: 'huggingface',
    executor: (url, { signal }) => huggingfacePages.run(url, signal),
    store: browser.storage.local,
    factsSchema: ModelFactsSchema,
  });

  const sessions = new Set<PageSession | CardsSession>();
  let settings = loadSettings();
  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
    for (const session of sessions) session.reassess(next);
  });

  browser.runtime.onMessage.addListener((raw: unknown) => {
    if ((raw as { type?: unknown } | null)?.type !== CLEAR_CACHE) return undefined;
    return huggingface.clear().then(() => true);
  });

  browser.runtime.onConnect.addListener((port) => {
    const Session = port.name === PAGE_PORT ? PageSession : port.name === CARDS_PORT ? CardsSession : undefined;
    if (!Session) return;
    const session = new Session(port, huggingface, huggingfacePages, () => settings);
    sessions.add(session);
    port.onDisconnect.addListener(() => sessions.delete(session));
  });
});
