/** Dark mode, in Chromium and in Firefox: the badges take the hub's theme, and follow it when it switches. */
import { test, expect, HF, BADGE, attr, enriched, type Tab } from '../support/journey';

/** Relative luminance of a computed `rgb()`/`rgba()` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const hubTheme = (tab: Tab, dark: boolean) =>
  tab.evaluate((on) => document.documentElement.classList.toggle('dark', on), dark);

test("the badge and its breakdown switch to dark with the hub's own theme, and back", async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(`${HF}/google-bert/bert-base-uncased`);
  await hubTheme(tab, false);
  await enriched(tab);
  await expect.poll(() => attr(tab, 'openness-lens[data-kind="badge"]', 'data-theme')).toBe('light');
  await tab.click(BADGE);
  const panel = '[data-testid="ol-panel"]';
  const light = { badge: (await tab.read(BADGE))!, panel: (await tab.read(panel))! };
  await hubTheme(tab, true);
  await expect.poll(() => attr(tab, 'openness-lens[data-kind="badge"]', 'data-theme')).toBe('dark');
  const dark = { badge: (await tab.read(BADGE))!, panel: (await tab.read(panel))! };
  // What the user sees: a dark panel with light text, where it was light with dark text.
  expect(luminance(dark.panel.background)).toBeLessThan(0.2);
  expect(luminance(light.panel.background)).toBeGreaterThan(0.8);
  expect(luminance(dark.panel.color)).toBeGreaterThan(luminance(dark.panel.background));
  expect(luminance(light.panel.color)).toBeLessThan(luminance(light.panel.background));
  expect(dark.badge.color).not.toBe(light.badge.color);
  await hubTheme(tab, false);
  await expect.poll(() => attr(tab, 'openness-lens[data-kind="badge"]', 'data-theme')).toBe('light');
  expect((await tab.read(panel))!.background).toBe(light.panel.background);
});

test("a listing's card badges follow the hub's theme", async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(`${HF}/models`);
  await hubTheme(tab, false);
  const host = 'article.overview-card-wrapper openness-lens';
  await expect.poll(() => attr(tab, host, 'data-theme')).toBe('light');
  const card = '[data-testid="ol-card-badge"]';
  await expect.poll(() => attr(tab, card, 'data-state'), { timeout: 15_000 }).not.toBe('pending');
  const light = (await tab.read(card))!;
  await hubTheme(tab, true);
  await expect.poll(() => tab.count(`${host}[data-theme="light"]`)).toBe(0);
  expect(await tab.count(`${host}[data-theme="dark"]`)).toBeGreaterThan(0);
  const dark = (await tab.read(card))!;
  expect(dark.color).not.toBe(light.color);
  expect(luminance(dark.color)).toBeGreaterThan(luminance(light.color));
});
