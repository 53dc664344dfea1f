/**
 * Launches Debian's Chromium with the built extension, every hub host routed to the project's recorded hub.
 * Shared by the end-to-end tests, the demo and the benchmark.
 */
import { chromium, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NOT_FOUND, recordedHubAnswer } from '../../../scripts/recorded-hub';
import { HUB_HOSTS } from './hosts';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const HUB_DIR = path.resolve('tests/fixtures/hub');

export interface LaunchOptions {
  hubDir?: string;
  /** Simulated latency per hub request, in ms. */
  latencyMs?: number;
  headless?: boolean;
  withExtension?: boolean;
  /** The system's colour scheme the pages see (default: light). */
  colorScheme?: 'light' | 'dark';
  /** The browser's interface language (default: English); Debian's Chromium needs chromium-l10n for Chinese. */
  language?: 'zh-CN';
  /** The built extension to load (default: the Chrome build in `.output/chrome-mv3`). */
  extensionDir?: string;
  /**
   * Offline and deterministic, for saved real pages that reference scripts, images and fonts elsewhere: a request to
   * any host that is not a hub's is aborted at once, and a hub request the recorded hub has no answer for is
   * answered 404 at once, without the simulated latency (default: off; other hosts are then left alone).
   */
  offline?: boolean;
}

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker | undefined;
  /** Every request to a hub host, in order. */
  hubRequests: Request[];
  close: () => Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const {
    hubDir = HUB_DIR,
    latencyMs = 0,
    headless = true,
    withExtension = true,
    colorScheme,
    language,
    extensionDir = EXTENSION_DIR,
    offline = false,
  } = options;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'openness-lens-'));
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--disable-gpu',
  ];
  // Chromium on Linux takes its interface language from the environment, as a user's session sets it.
  if (language) args.push(`--lang=${language}`);
  if (withExtension) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    args,
    viewport: { width: 1280, height: 800 },
    ...(colorScheme ? { colorScheme } : {}),
    // The page's locale too: under the test runner Playwright would otherwise emulate en-US in every renderer.
    ...(language
      ? {
          locale: language,
          env: { ...process.env, LANGUAGE: language.replace('-', '_'), LANG: `${language.replace('-', '_')}.UTF-8` },
        }
      : {}),
  });
  const hubRequests: Request[] = [];
  if (offline) {
    // Registered first, so the hub routes below (matched before it) keep their hosts; never the extension's own URLs.
    const hubHosts = new Set(HUB_HOSTS);
    await context.route(
      (url) => (url.protocol === 'https:' || url.protocol === 'http:') && !hubHosts.has(url.hostname),
      (route) => route.abort(),
    );
  }
  for (const host of HUB_HOSTS) {
    await context.route(`https://${host}/**`, async (route) => {
      hubRequests.push(route.request());
      const recorded = await recordedHubAnswer(hubDir, route.request().url());
      // Offline, what the recorded hub lacks is answered at once; otherwise every answer takes the latency.
      if (latencyMs > 0 && (recorded || !offline)) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      const answer = recorded ?? NOT_FOUND();
      await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    });
  }
  let serviceWorker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    hubRequests,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
