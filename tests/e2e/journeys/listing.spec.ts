/** A hub listing, in Chromium and in Firefox: a badge on every model card, and the dim filter. */
import { test, expect, HF, CARD, openDimmedListing, settleListing } from '../support/journey';

const TIERS = /Fully closed|Staged|Hosted|API|Downloadable|Fully open/;

test('every model card gets a badge naming its tier', async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(`${HF}/models`);
  const cards = await settleListing(tab);
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
  const { options, tab } = await openDimmedListing(driver);
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
