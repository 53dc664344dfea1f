/** The options page and the popup driving an open model page, in Chromium and in Firefox. */
import { test, expect, HF, BADGE, attr, text, enriched } from '../support/journey';

const BERT = `${HF}/google-bert/bert-base-uncased`;
const LLAMA = `${HF}/meta-llama/Llama-3.1-8B-Instruct`;

test('changing the definition in the options page changes the open badge at once', async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(BERT);
  await enriched(tab);
  expect(await text(tab, BADGE)).toContain('· OSAID');
  const options = await driver.openExtensionPage('options.html');
  await options.click('input[name="preset"][value="mof"]');
  await expect.poll(() => text(tab, BADGE)).toContain('MOF');
  expect(await text(tab, BADGE)).not.toContain('OSAID');
  await options.click('input[name="preset"][value="lenient"]');
  await expect.poll(() => text(tab, BADGE)).toContain('Open weights');
});

test('the popup shows the breakdown of the open tab, and its definition switch changes the badge', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(LLAMA);
  await enriched(tab);
  const popup = await driver.openExtensionPage(`popup.html?tabId=${await driver.tabIdOf(LLAMA)}`);
  await expect.poll(() => text(popup, '[data-testid="ol-verdict"]')).toContain('Not open source · OSAID');
  expect(await popup.count('[data-component]')).toBe(17);
  await popup.click({ css: '[data-testid="ol-definition-switch"] label', text: 'Open weights' });
  await expect.poll(() => text(tab, BADGE)).toMatch(/^(?!.*Not open weights).*Open weights/);
  await expect.poll(() => text(popup, '[data-testid="ol-verdict"]')).toContain('Open weights');
});

test('a popup opened while the page is still being checked follows it to the full answer', async ({ driver }) => {
  // The README is held, so the popup opens on the first answer; the background then tells the open popup.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const undo = await driver.route(`${LLAMA}/raw/main/README.md`, async () => {
    await held;
    return undefined;
  });
  try {
    const tab = await driver.newTab();
    await tab.goto(LLAMA);
    await expect.poll(() => attr(tab, BADGE, 'data-stage')).toBe('initial');
    const popup = await driver.openExtensionPage(`popup.html?tabId=${await driver.tabIdOf(LLAMA)}`);
    const breakdown = '[data-testid="ol-breakdown"]';
    await expect.poll(() => text(popup, breakdown)).toContain('Still checking the file list');
    release();
    await enriched(tab);
    await expect.poll(() => text(popup, breakdown)).not.toContain('Still checking the file list');
    expect(await text(popup, breakdown)).toContain('model-00001-of-00004.safetensors');
  } finally {
    release();
    await undo();
  }
});

test('a hub switched off gets no badge and no request; switched back on, the open page gets its badge', async ({
  driver,
}) => {
  const options = await driver.openExtensionPage('options.html');
  await options.click('input[name="hub-huggingface"]');
  await expect
    .poll(() =>
      options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="hub-huggingface"]')!.checked, null),
    )
    .toBe(false);
  const tab = await driver.newTab();
  await tab.goto(BERT);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await tab.count('openness-lens')).toBe(0);
  expect(driver.hubRequests().filter((url) => url.includes('/api/'))).toEqual([]);
  await options.click('input[name="hub-huggingface"]');
  await enriched(tab);
  expect(await attr(tab, BADGE, 'aria-label')).toMatch(/Downloadable/);
});
