/**
 * Playwright fixtures: one Chromium with the extension per worker (launching costs ~2 s), reset between tests:
 * settings cleared, cache cleared, pages closed, request log emptied.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { launchExtension, type Extension } from './launch';

export const test = base.extend<{ ext: Extension; page: Page }, { workerExt: Extension }>({
  workerExt: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const ext = await launchExtension();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ workerExt }, use) => {
    await resetExtension(workerExt);
    await use(workerExt);
    for (const page of workerExt.context.pages()) await page.close().catch(() => undefined);
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
  },
});

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

/** The page badge's shadow-root contents (Playwright locators pierce open shadow roots). */
export const badge = (page: Page) => page.locator('openness-lens[data-kind="badge"]').getByTestId('ol-badge');

export { expect };
