/**
 * The fixture of the user journeys (tests/e2e/journeys): a `driver` for the project's browser — Chromium through
 * Playwright, or Firefox through puppeteer-core (playwright.config.ts sets `engine` per project). As in ./fixtures.ts,
 * the tests of one file share a browser, each file gets a fresh one, and every test starts from a reset extension.
 */
import { test as base, expect } from '@playwright/test';
import { launchDriver, type Driver, type Engine, type Tab, type Target } from './driver';

interface Holder {
  driver?: Driver;
  file?: string;
}

export const test = base.extend<
  { driver: Driver; backgroundIdleMs: number | undefined; systemTheme: 'light' | 'dark' | undefined },
  { engine: Engine; holder: Holder }
>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  backgroundIdleMs: [undefined, { option: true }],
  systemTheme: [undefined, { option: true }],
  holder: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const holder: Holder = {};
      await use(holder);
      await holder.driver?.close();
    },
    { scope: 'worker' },
  ],
  driver: async ({ engine, holder, backgroundIdleMs, systemTheme }, use, testInfo) => {
    if (!holder.driver || holder.file !== testInfo.file) {
      await holder.driver?.close();
      holder.driver = undefined;
      holder.driver = await launchDriver(engine, { backgroundIdleMs, colorScheme: systemTheme });
      holder.file = testInfo.file;
    }
    await holder.driver.reset();
    await use(holder.driver);
  },
});

export { expect };
export type { Driver, Tab, Target };

export const HF = 'https://huggingface.co';
/** The model page's badge (inside its shadow root) and its breakdown panel. */
export const BADGE = '[data-testid="ol-badge"]';
export const PANEL = '[data-testid="ol-panel"]';

/** An attribute of the first match, or null. */
export const attr = async (tab: Tab, target: Target, name: string) => (await tab.read(target))?.attrs[name] ?? null;
/** The text of the first match, or null. */
export const text = async (tab: Tab, target: Target) => (await tab.read(target))?.text ?? null;

/** Waits for the badge's enriched assessment (the hub's answers gathered). */
export async function enriched(tab: Tab): Promise<void> {
  await expect.poll(() => attr(tab, BADGE, 'data-stage'), { timeout: 15_000 }).toBe('enriched');
}

/** A listing's model cards and their badges. */
export const CARD = 'article.overview-card-wrapper';
export const CARD_BADGE = '[data-testid="ol-card-badge"]';

/**
 * Waits until every card of the listing has its badge, scrolls through them (a card is looked up only as it nears
 * the viewport), and waits until each has its verdict; returns the number of cards.
 */
export async function settleListing(tab: Tab): Promise<number> {
  const cards = await tab.count(CARD);
  await expect.poll(() => tab.count(CARD_BADGE), { timeout: 10_000 }).toBe(cards);
  for (let i = 0; i < cards; i += 4)
    await tab.evaluate(([css, n]) => document.querySelectorAll(css)[n]?.scrollIntoView(), [CARD, i] as const);
  await expect.poll(() => tab.count(`${CARD_BADGE}[data-state="pending"]`), { timeout: 15_000 }).toBe(0);
  return cards;
}
