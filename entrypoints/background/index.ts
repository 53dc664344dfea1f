/**
 * The background: gathers facts through the hub adapters, runs the engine, and answers each page over its port.
 * In Chrome it is an MV3 service worker that may be stopped at any time; in Firefox an MV2 background page.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { PAGE_PORT } from '@/lib/messaging/protocol';
import { loadSettings, onSettingsChanged } from '@/utils/settings-store';
import { PageSession } from './page-session';
import { FactsCache } from './facts-cache';

export default defineBackground(() => {
  const sessions = new Set<PageSession>();
  const cache = new FactsCache();
  let settings = loadSettings();

  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
    for (const session of sessions) session.reassess(next);
  });

  browser.runtime.onMessage.addListener((raw: unknown) => {
    if ((raw as { type?: unknown } | null)?.type !== 'openness-lens/clear-cache') return undefined;
    cache.clear();
    return Promise.resolve(true);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    const session = new PageSession(port, cache, () => settings);
    sessions.add(session);
    port.onDisconnect.addListener(() => {
      session.close();
      sessions.delete(session);
    });
  });
});
