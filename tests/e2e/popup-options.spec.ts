/** The toolbar popup and the options page, driving a real open model page. */
import type { Route } from '@playwright/test';
import { test, expect, badge, openPopupFor } from './support/fixtures';

const HF = 'https://huggingface.co';

test('the popup shows the breakdown of the selected tab', async ({ page, ext }) => {
  await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  const popup = await openPopupFor(page, ext);
  await expect(popup.getByTestId('ol-breakdown')).toBeVisible();
  await expect(popup.getByTestId('ol-verdict')).toContainText('Not open source · OSAID');
  await expect(popup.locator('[data-component]')).toHaveCount(17);
});

test('a popup opened while the page is still being checked follows it to the full answer', async ({ page, ext }) => {
  // Hold the model's README so the popup opens on the first answer, the one from the page's own record.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const README = '**/meta-llama/Llama-3.1-8B-Instruct/raw/main/README.md';
  const hold = async (route: Route) => {
    await held;
    await route.fallback();
  };
  await ext.context.route(README, hold);
  try {
    await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
    await expect(badge(page)).toHaveAttribute('data-stage', 'initial');
    const popup = await openPopupFor(page, ext);
    const breakdown = popup.getByTestId('ol-breakdown');
    await expect(breakdown).toContainText('Still checking the file list');
    await expect(breakdown).toContainText('The repository’s file list has not been read yet.');
    release();
    await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
    await expect(breakdown).not.toContainText('Still checking the file list');
    // What only the hub's answers give: the file list, and what the base model's record says of its training data.
    await expect(breakdown).toContainText('model-00001-of-00004.safetensors');
    await expect(breakdown).toContainText('of data from publicly available sources. (from meta-llama/Llama-3.1-8B)');
  } finally {
    release();
    await ext.context.unroute(README, hold);
  }
});

test('the popup says when a page is not a model page', async ({ page, ext }) => {
  await page.goto(`${HF}/datasets/HuggingFaceH4/ultrachat_200k`);
  const popup = await openPopupFor(page, ext);
  await expect(popup.getByTestId('ol-popup-not-model')).toBeVisible();
  await expect(popup.getByTestId('ol-popup-settings')).toContainText('OSAID');
});

test('switching the definition in the popup changes the open page badge', async ({ page, ext }) => {
  await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  const popup = await openPopupFor(page, ext);
  await popup.getByTestId('ol-definition-switch').getByLabel('Open weights').check();
  await expect(badge(page)).toContainText(/^(?!.*Not open weights).*Open weights/);
  await expect(popup.getByTestId('ol-verdict')).toContainText('Open weights');
});

test('the options page preset changes an open page badge at once', async ({ page, ext }) => {
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(badge(page)).toContainText('· OSAID');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel(/Model Openness Framework/).check();
  await expect(badge(page)).toContainText(/MOF/);
  await expect(badge(page)).not.toContainText('OSAID');
  await options.getByLabel(/Lenient/).check();
  await expect(badge(page)).toContainText('Open weights');
});

test('the options preview shows how a toggle changes a sample verdict', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel(/Lenient/).check();
  const gated = options.getByTestId('ol-preview-item').first();
  await expect(gated).toContainText(/^(?!.*Not open weights).*Open weights/);
  await options.getByLabel(/user and revenue caps disqualify/).check();
  await expect(gated).toContainText('Not open weights');
});

test('a hub switched off gets no badge; switched back on, the open page gets its badge without a reload', async ({
  page,
  ext,
}) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Hugging Face', { exact: true }).uncheck();
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await page.waitForTimeout(500);
  await expect(page.locator('openness-lens')).toHaveCount(0);
  expect(ext.hubRequests.filter((r) => r.url().includes('/api/'))).toEqual([]);
  await options.getByLabel('Hugging Face', { exact: true }).check();
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
});
