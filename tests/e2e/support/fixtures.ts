/**
 * Playwright fixtures: one Chromium with the extension per spec file (launching costs ~2 s), reset between tests:
 * settings cleared, cache cleared, pages closed, request log emptied.
 */
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { launchExtension, type Extension } from './launch';

/** The worker's browser; replaced when a new spec file starts (see `ext`). */
interface Holder {
  ext?: Extension;
  file?: string;
}

export const test = base.extend<{ ext: Extension; page: Page; language: 'zh-CN' | undefined }, { holder: Holder }>({
  language: [undefined, { option: true }],
  holder: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const holder: Holder = {};
      await use(holder);
      await holder.ext?.close();
    },
    { scope: 'worker' },
  ],
  // Tests of one file share a browser; each file gets a fresh one, so the background's in-memory state (the
  // five-minute request budget, a hub pause after a 429 test) never leaks from one file's tests into another's.
  ext: async ({ holder, language }, use, testInfo) => {
    if (!holder.ext || holder.file !== `${testInfo.file}|${language ?? ''}`) {
      await holder.ext?.close();
      holder.ext = await launchExtension({ language });
      holder.file = `${testInfo.file}|${language ?? ''}`;
    }
    const ext = holder.ext;
    await resetExtension(ext);
    await use(ext);
    for (const page of ext.context.pages()) await page.close().catch(() => undefined);
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
  },
});

/**
 * A clean extension for each test: the service worker is stopped (its in-memory broker state — cache, merged
 * requests, the five-minute request budget — goes with it), storage is cleared, and a fresh worker is woken.
 */
export async function resetExtension(ext: Extension): Promise<void> {
  ext.hubRequests.length = 0;
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
    await chrome.runtime.sendMessage({ type: 'openness-lens/clear-cache' });
  });
  await page.close();
}

/** The part of the extension API the tests call from extension pages. */
export interface ExtensionApi {
  storage: Record<
    'sync' | 'local',
    { clear(): Promise<void>; set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> }
  >;
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}

/**
 * Which side asked a hub request: the background's own anonymous fetch, or the hub's page (a model page asked
 * again with the user's session after the hub refused the anonymous request, or the page itself loading).
 */
export const askedBy = (request: Request): 'anonymous' | 'page' => (request.serviceWorker() ? 'anonymous' : 'page');

/** The page badge's shadow-root contents (Playwright locators pierce open shadow roots). */
export const badge = (page: Page) => page.locator('openness-lens[data-kind="badge"]').getByTestId('ol-badge');

/** The badge once it shows the enriched assessment (file list, datasets and base models gathered). */
export async function enrichedBadge(page: Page) {
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  return badge(page);
}

/** The tab id of `page`, asked from the background while that tab is in front. */
export async function tabIdOf(page: Page, ext: Extension): Promise<number> {
  await page.bringToFront();
  const id = await ext.serviceWorker!.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/** The toolbar popup for `page`'s tab (`popup.html?tabId=N` selects it explicitly). */
export async function openPopupFor(page: Page, ext: Extension): Promise<Page> {
  const tabId = await tabIdOf(page, ext);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export { expect };
