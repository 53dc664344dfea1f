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
  {
    driver: Driver;
    backgroundIdleMs: number | undefined;
    systemTheme: 'light' | 'dark' | undefined;
    language: 'zh-CN' | undefined;
  },
  { engine: Engine; holder: Holder }
>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  backgroundIdleMs: [undefined, { option: true }],
  systemTheme: [undefined, { option: true }],
  language: [undefined, { option: true }],
  holder: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const holder: Holder = {};
      await use(holder);
      await holder.driver?.close();
    },
    { scope: 'worker' },
  ],
  driver: async ({ engine, holder, backgroundIdleMs, systemTheme, language }, use, testInfo) => {
    if (!holder.driver || holder.file !== `${testInfo.file}|${language ?? ''}`) {
      await holder.driver?.close();
      holder.driver = undefined;
      holder.driver = await launchDriver(engine, { backgroundIdleMs, colorScheme: systemTheme, language });
      holder.file = `${testInfo.file}|${language ?? ''}`;
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
 * Waits until every card of the listing has its badge, then scrolls through them as a user does, a few cards at a
 * time, waiting at each step until the cards in view have their verdict (a card is looked up only as it nears the
 * viewport, so a card scrolled past within one frame is not asked until it is seen again). Returns the number of
 * cards; a failure names the cards still without a verdict.
 */
export async function settleListing(tab: Tab): Promise<number> {
  const cards = await tab.count(CARD);
  await expect.poll(() => tab.count(CARD_BADGE), { timeout: 10_000 }).toBe(cards);
  const pending = (inView: boolean) =>
    tab.evaluate(
      ([css, badge, onlyInView]) =>
        [...document.querySelectorAll(css)]
          .filter((card) => {
            const box = card.getBoundingClientRect();
            if (onlyInView && (box.bottom < 0 || box.top > innerHeight)) return false;
            return card.querySelector('openness-lens')?.shadowRoot?.querySelector(`${badge}[data-state="pending"]`);
          })
          .map((card) => card.querySelector('h4')?.textContent ?? card.textContent?.slice(0, 60) ?? ''),
      [CARD, CARD_BADGE, inView] as const,
    );
  for (let i = 0; i < cards; i += 4) {
    await tab.evaluate(([css, n]) => document.querySelectorAll(css)[n]?.scrollIntoView(), [CARD, i] as const);
    await expect.poll(() => pending(true), { timeout: 15_000 }).toEqual([]);
  }
  await expect.poll(() => pending(false), { timeout: 15_000 }).toEqual([]);
  return cards;
}

/**
 * A listing opened with the dim filter on at the open-weights threshold, every card in view answered; the options
 * page stays open for the test to change more.
 */
export async function openDimmedListing(driver: Driver): Promise<{ options: Tab; tab: Tab }> {
  const options = await driver.openExtensionPage('options.html');
  await options.select('select[name="dimMode"]', 'dim');
  await options.select('select[name="dimThreshold"]', 'open-weights');
  const tab = await driver.newTab();
  await tab.goto(`${HF}/models`);
  await settleListing(tab);
  return { options, tab };
}
