/**
 * The same badge, breakdown and listing badges on Civitai, Ollama, ModelScope and Kaggle Models, in real Chromium
 * with the built extension, served from compact fixture pages of the project's recorded hub.
 */
import type { Page } from '@playwright/test';
import { test, expect, enrichedBadge } from './support/fixtures';

const cardBadges = (page: Page) => page.locator('openness-lens[data-kind="card"]').getByTestId('ol-card-badge');

test('Civitai: a Flux.1 D LoRA is downloadable, not open weights, its license inherited from the base model', async ({
  page,
  ext,
}) => {
  await page.goto('https://civitai.com/models/1231067');
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
  expect(await page.evaluate(() => document.querySelector('h1 openness-lens') !== null)).toBe(true);
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('FLUX.1 [dev] Non-Commercial License');
  await expect(panel.getByTestId('ol-license-inherited')).toContainText('inherited from its base model Flux.1 D');
  await expect(panel.locator('[data-clause="non-commercial"]')).toHaveAttribute('data-source', 'base-model');
  await expect(panel.locator('[data-clause="non-commercial"]')).toContainText('Flux.1 D');
  await expect(panel.getByTestId('ol-def-open-weights')).toContainText('Open weights: no');
  await expect(panel.getByTestId('ol-def-open-weights')).toContainText('inherited from its base Flux.1 D');
  await expect(panel.locator('[data-component="weights"]')).toHaveAttribute('data-status', 'present');
  // The background asked the API, not the page.
  expect(ext.hubRequests.map((r) => r.url())).toContain('https://civitai.com/api/v1/models/1231067');
});

test('Civitai: the model grid gets a badge per card', async ({ page }) => {
  await page.goto('https://civitai.com/models');
  await expect(cardBadges(page)).toHaveCount(3);
  await expect(cardBadges(page).first()).toHaveAttribute('data-state', 'assessed', { timeout: 15_000 });
  // The verdict in words on the card; the tier is in its accessible name and tooltip.
  await expect(cardBadges(page).first()).toContainText('Not open');
  await expect(cardBadges(page).first()).toHaveAttribute('aria-label', /Downloadable/);
});

test('Ollama: gemma shows the Gemma terms and their clauses from its license layer', async ({ page }) => {
  await page.goto('https://ollama.com/library/gemma');
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('Gemma Terms of Use');
  await expect(panel.locator('[data-clause="use-restrictions"]')).toBeVisible();
  await expect(panel.locator('[data-clause="revocable"]')).toBeVisible();
  await expect(panel.locator('[data-component="weights"]')).toContainText(/model layer/);
});

test('Ollama: the library lists a badge per model', async ({ page }) => {
  await page.goto('https://ollama.com/library');
  await expect(cardBadges(page)).toHaveCount(3);
  for (let i = 0; i < 3; i++)
    await expect(cardBadges(page).nth(i)).toHaveAttribute('data-state', 'assessed', { timeout: 15_000 });
});

test('ModelScope: "Apache License 2.0" is recognised as apache-2.0', async ({ page }) => {
  await page.goto('https://modelscope.cn/models/DiffSynth-Studio/Qwen-Image-Edit-F2P');
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('apache-2.0');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('OSI-approved');
  await expect(panel.getByTestId('ol-lineage-entry')).toContainText('Qwen/Qwen-Image-Edit');
});

test('ModelScope: the listing gets a badge per card', async ({ page }) => {
  await page.goto('https://modelscope.cn/models');
  await expect(cardBadges(page)).toHaveCount(2);
  await expect(cardBadges(page).first()).toHaveAttribute('data-state', 'assessed', { timeout: 15_000 });
});

test("Kaggle Models (beta): the page's license name and training data, with no request to Kaggle", async ({
  page,
  ext,
}) => {
  await page.goto('https://www.kaggle.com/models/example-org/tiny-bert/transformers/tiny-bert-en');
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('apache-2.0');
  await expect(panel.locator('[data-component="training-data"]')).toContainText('BookCorpus');
  expect(ext.hubRequests.map((r) => r.url())).toEqual([
    'https://www.kaggle.com/models/example-org/tiny-bert/transformers/tiny-bert-en',
  ]);
});

test('a switched-off hub: no badge and no request beyond the page', async ({ page, ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.sync.set({ settings: { hubs: { civitai: false } } });
  });
  await options.close();
  ext.hubRequests.length = 0;
  await page.goto('https://civitai.com/models/1231067');
  await page.waitForTimeout(1000);
  await expect(page.locator('openness-lens')).toHaveCount(0);
  expect(ext.hubRequests.map((r) => r.url())).toEqual(['https://civitai.com/models/1231067']);
});
