/**
 * Launches Debian's Firefox ESR with the built Firefox package, driven by puppeteer-core over WebDriver BiDi. A fresh
 * profile per launch trusts a test certificate authority (certutil) and sends every request through the local hub
 * proxy (./hub-proxy.ts), so the pages and the extension's background are both answered from the recorded hub and
 * nothing reaches the network.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { HUB_DIR } from './launch';
import { HUB_HOSTS } from './hosts';
import { makeTestCa, startHubProxy, type HubProxy } from './hub-proxy';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');
export const GECKO_ID = 'openness-lens@openness-lens.org';
/** Fixed (pref `extensions.webextensions.uuids`) so the tests know the extension pages' URLs. */
export const FIREFOX_UUID = '0e1e5a1f-7e57-4c0d-8a11-0be4e55f1e45';

export interface FirefoxExtension {
  browser: Browser;
  hub: HubProxy;
  origin: string;
  close: () => Promise<void>;
}

export interface FirefoxOptions {
  /** How long the event page may idle before Firefox unloads it (Firefox's default, and so the tests', is 30 s). */
  backgroundIdleMs?: number;
  /** The system's colour scheme the pages see (default: light). */
  colorScheme?: 'light' | 'dark';
  /** The browser's interface language (default: English); needs Debian's language pack (firefox-esr-l10n-zh-cn). */
  language?: 'zh-CN';
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxExtension> {
  const dir = await mkdtemp(path.join(tmpdir(), 'openness-lens-firefox-'));
  const profile = path.join(dir, 'profile');
  await mkdir(profile);
  const hosts = [...HUB_HOSTS];
  const ca = await makeTestCa(dir, hosts);
  execFileSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${profile}`, '-n', 'Openness Lens test CA', '-t', 'C,,', '-i', ca.caFile]);
  const hub = await startHubProxy({ hubDir: HUB_DIR, hosts, ca });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
      // Lets BiDi open the extension's own pages (moz-extension: URLs), which it refuses by default.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        ...(options.backgroundIdleMs ? { 'extensions.background.idle.timeout': options.backgroundIdleMs } : {}),
        // 0 dark, 1 light: what pages see as prefers-color-scheme.
        'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': hub.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': hub.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'security.OCSP.enabled': 0,
        'network.dns.disableIPv6': true,
        // The language pack Debian installs beside Firefox, enabled and asked for.
        ...(options.language
          ? {
              'intl.locale.requested': options.language,
              'extensions.autoDisableScopes': 0,
              'extensions.enabledScopes': 15,
            }
          : {}),
      },
    });
  } catch (error) {
    await hub.close();
    throw error;
  }
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    hub,
    origin: `moz-extension://${FIREFOX_UUID}`,
    close: async () => {
      await browser.close().catch(() => undefined);
      await hub.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
