/** Dark mode from the system, in Chromium and in Firefox: without a theme of the hub's own, the badge follows it. */
import { test, expect, HF, BADGE, attr, enriched } from '../support/journey';

test.use({ systemTheme: 'dark' });

const HOST = 'openness-lens[data-kind="badge"]';

test("a system in dark mode gives a dark badge, unless the hub's own theme says light", async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(`${HF}/google-bert/bert-base-uncased`);
  await enriched(tab);
  expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(true);
  await tab.evaluate(() => document.documentElement.classList.remove('dark', 'light'), null);
  await expect.poll(() => attr(tab, HOST, 'data-theme')).toBe('dark');
  const dark = (await tab.read(BADGE))!;
  await tab.evaluate(() => document.documentElement.classList.add('light'), null);
  await expect.poll(() => attr(tab, HOST, 'data-theme')).toBe('light');
  expect((await tab.read(BADGE))!.color).not.toBe(dark.color);
});
