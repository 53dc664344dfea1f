/** A hub listing, in Chromium and in Firefox: a badge on every model card, and the dim filter. */
import { test, expect, HF, type Tab } from '../support/journey';

const CARD = 'article.overview-card-wrapper';
const CARD_BADGE = '[data-testid="ol-card-badge"]';
const TIERS = /Fully closed|Staged|Hosted|API|Downloadable|Fully open/;

/** Scrolls through the listing and waits until every card's badge has its verdict; returns the number of cards. */
async function scrollAndSettle(tab: Tab): Promise<number> {
  const cards = await tab.count(CARD);
  for (let i = 0; i < cards; i += 4)
    await tab.evaluate((n) => document.querySelectorAll('article.overview-card-wrapper')[n]?.scrollIntoView(), i);
  await expect.poll(() => tab.count(CARD_BADGE), { timeout: 10_000 }).toBe(cards);
  await expect.poll(() => tab.count(`${CARD_BADGE}[data-state="pending"]`), { timeout: 15_000 }).toBe(0);
  return cards;
}

test('every model card gets a badge naming its tier', async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(`${HF}/models`);
  const cards = await scrollAndSettle(tab);
  expect(cards).toBeGreaterThanOrEqual(30);
  const labels = await tab.evaluate(() => {
    const out: string[] = [];
    for (const host of document.querySelectorAll('article.overview-card-wrapper openness-lens'))
      out.push(host.shadowRoot?.querySelector('[data-testid="ol-card-badge"]')?.getAttribute('aria-label') ?? '');
    return out;
  }, null);
  expect(labels).toHaveLength(cards);
  for (const label of labels) expect(label).toMatch(TIERS);
});

test('the dim filter dims the models below the threshold, says how many, and hides them when asked', async ({
  driver,
}) => {
  const options = await driver.openExtensionPage('options.html');
  await options.select('select[name="dimMode"]', 'dim');
  await options.select('select[name="dimThreshold"]', 'open-weights');
  const tab = await driver.newTab();
  await tab.goto(`${HF}/models`);
  await scrollAndSettle(tab);
  const dimmed = `${CARD}[data-ol-dimmed="dim"]`;
  const n = await tab.count(dimmed);
  expect(n).toBeGreaterThan(0);
  await expect.poll(async () => (await tab.read('[data-testid="ol-dim-notice"]'))?.text).toContain(`dimmed ${n} model`);
  // A non-commercial model is dimmed, and looks it; an Apache model with weights is not.
  const model4 = { css: CARD, text: 'listing-only/model-4' };
  const model1 = { css: CARD, text: 'listing-only/model-1' };
  expect((await tab.read(model4))?.attrs['data-ol-dimmed']).toBe('dim');
  expect((await tab.read(model1))?.attrs['data-ol-dimmed']).toBeUndefined();
  const opacity = (target: typeof model1) =>
    tab.evaluate(
      ({ css, text }) =>
        getComputedStyle([...document.querySelectorAll(css)].find((e) => e.textContent?.includes(text))!).opacity,
      target,
    );
  expect(Number(await opacity(model4))).toBeLessThan(1);
  expect(Number(await opacity(model1))).toBe(1);
  // Switching to hide takes them out of view.
  await options.select('select[name="dimMode"]', 'hide');
  await expect.poll(() => tab.count(`${CARD}[data-ol-dimmed="hide"]`)).toBe(n);
  await expect.poll(async () => (await tab.read(model4))?.visible).toBe(false);
});
