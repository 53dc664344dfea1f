/**
 * The badge and breakdown on Hugging Face model pages, in real Chromium with the built extension, served from the
 * project's recorded hub.
 */
import type { Route } from '@playwright/test';
import { test, expect, askedBy, badge, enrichedBadge } from './support/fixtures';
import { HUB_DIR } from './support/launch';
import { recordedHubResponse } from '../../scripts/recorded-hub';

const HF = 'https://huggingface.co';

test('a gated Llama model: downloadable, not open source, with its license clauses and missing training data', async ({
  page,
}) => {
  await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
  await expect(b).toContainText('Not open source · OSAID');
  await expect(b).toContainText(/\d\/7 for replication/);
  // Next to the model's name, inside the header's h1.
  expect(await page.evaluate(() => document.querySelector('header h1 openness-lens') !== null)).toBe(true);

  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('ol-license-entry')).toContainText('llama3.1');
  for (const clause of ['user-cap', 'use-restrictions', 'naming']) {
    await expect(panel.locator(`[data-clause="${clause}"]`).first()).toBeVisible();
  }
  // All seventeen components are listed, each with a status.
  await expect(panel.locator('[data-component]')).toHaveCount(17);
  const trainingData = panel.locator('[data-component="training-data"]');
  await expect(trainingData).not.toHaveAttribute('data-status', 'present');
  await expect(trainingData).toContainText(/publicly available sources|meta-llama\/Llama-3.1-8B/);
  await expect(panel.locator('[data-component="weights"]')).toHaveAttribute('data-status', 'present');
  await expect(panel.getByTestId('ol-def-open-weights')).toContainText(/Open weights: yes, with caveats/);
});

test("a gated model's README, refused to an anonymous request, is read through the user's own page", async ({
  page,
  ext,
}) => {
  // The hub hides a gated model's files from anonymous requests; the user's page (their session) may read them.
  const README = '**/meta-llama/Llama-3.1-8B-Instruct/raw/main/README.md';
  const asked: string[] = [];
  const gate = async (route: Route) => {
    if (route.request().serviceWorker()) {
      asked.push('anonymous');
      await route.fulfill({ status: 401, headers: { 'x-error-code': 'GatedRepo' }, body: 'Access restricted' });
    } else {
      asked.push('page');
      await route.fallback();
    }
  };
  await ext.context.route(README, gate);
  try {
    await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
    const b = await enrichedBadge(page);
    await b.click();
    // The README's own sections are the evidence: its training-data section and its benchmark scores.
    const panel = page.getByTestId('ol-panel');
    await expect(panel.locator('[data-component="data-card"]')).toHaveAttribute('data-status', 'present');
    await expect(panel.locator('[data-component="data-card"]')).toContainText('Training Data');
    await expect(panel.locator('[data-component="evaluation-results"]')).toHaveAttribute('data-status', 'present');
    await expect(panel.locator('[data-component="evaluation-results"]')).toContainText('MMLU');
    expect(asked).toEqual(['anonymous', 'page']);
    // What needs no login (the public record) is asked by the background, not by the hub's page.
    const record = ext.hubRequests.find(
      (r) => new URL(r.url()).pathname === '/api/models/meta-llama/Llama-3.1-8B-Instruct',
    );
    expect(record?.serviceWorker()).toBeTruthy();
  } finally {
    await ext.context.unroute(README, gate);
  }
});

test('an Apache model with public datasets: OSI-approved license, its paper and datasets as evidence', async ({
  page,
}) => {
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('apache-2.0');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('OSI-approved');
  await expect(panel.getByTestId('ol-clause')).toHaveCount(0);
  await expect(panel.locator('[data-component="research-paper"]')).toHaveAttribute('data-status', 'present');
  await expect(panel.locator('[data-component="research-paper"]')).toContainText('1810.04805');
  await expect(panel.locator('[data-component="training-data"]')).toContainText(/bookcorpus/i);
  await expect(panel.locator('[data-component="training-data"]')).toContainText(/wikipedia/i);
});

test('a model with no license: not open under any definition, and the breakdown says why', async ({ page }) => {
  await page.goto(`${HF}/openai/clip-vit-base-patch32`);
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Not open source · OSAID');
  await b.click();
  await expect(page.getByTestId('ol-license-none')).toContainText('No license declared');
  await expect(page.getByTestId('ol-def-open-weights')).toContainText('Open weights: no');
});

test('a RAIL-licensed image model: use restrictions from the knowledge base', async ({ page }) => {
  await page.goto(`${HF}/CompVis/stable-diffusion-v1-4`);
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Not open source · OSAID');
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.getByTestId('ol-license-entry')).toContainText('creativeml-openrail-m');
  const clause = panel.locator('[data-clause="use-restrictions"]').first();
  await expect(clause).toContainText('knowledge base');
});

test('the files tab carries the same badge', async ({ page }) => {
  await page.goto(`${HF}/google-bert/bert-base-uncased/tree/main`);
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Downloadable');
});

test('a legacy root id with a model header gets a badge; a profile at a one-segment URL does not', async ({ page }) => {
  await page.goto(`${HF}/gpt2`);
  await expect(badge(page)).toBeVisible();
  await page.goto(`${HF}/some-user`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await expect(page.locator('openness-lens[data-kind="badge"]')).toHaveCount(0);
});

test('a page that is not a model page (a dataset) gets no badge', async ({ page }) => {
  await page.goto(`${HF}/datasets/HuggingFaceH4/ultrachat_200k`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await expect(page.locator('openness-lens[data-kind="badge"]')).toHaveCount(0);
});

test('keyboard: Enter opens the breakdown, Escape closes it and returns focus; a click outside closes it', async ({
  page,
}) => {
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  const b = await enrichedBadge(page);
  await b.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ol-panel')).toBeVisible();
  await expect(b).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ol-panel')).toHaveCount(0);
  await expect(b).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.getByTestId('ol-panel')).toBeVisible();
  await page.mouse.click(5, 700);
  await expect(page.getByTestId('ol-panel')).toHaveCount(0);
});

test('the first badge needs no request; enrichment asks the hub for the record, README and datasets', async ({
  page,
  ext,
}) => {
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await expect(badge(page)).toBeVisible();
  await enrichedBadge(page);
  const urls = ext.hubRequests.map((r) => new URL(r.url()).pathname);
  expect(urls[0]).toBe('/google-bert/bert-base-uncased');
  expect(urls).toContain('/api/models/google-bert/bert-base-uncased');
  expect(urls).toContain('/google-bert/bert-base-uncased/raw/main/README.md');
  expect(urls.some((u) => u.startsWith('/api/datasets/'))).toBe(true);
  // Nothing is asked twice, and for a public model the hub's page itself asks nothing: the background does.
  expect(new Set(urls).size).toBe(urls.length);
  expect(ext.hubRequests.slice(1).map(askedBy)).toEqual(urls.slice(1).map(() => 'anonymous'));
});

test("the hub's own page hears nothing from the extension: no window message", async ({ page }) => {
  // A hub's message listeners must never see our traffic (and a postMessage from the content script would also
  // make Chrome re-parse the whole script to record where it came from).
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __messages: unknown[] }).__messages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await enrichedBadge(page);
  expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
});

test('a hub page with a strict Content-Security-Policy still gets its badge', async ({ page }) => {
  // The page's policy governs the page's own scripts, not the extension's: what the content script imports (the
  // breakdown's chunk; with the Chrome module loader switched on, the script itself) must load under a policy that
  // forbids every script. (The extension's own policy once refused that import, in Chrome 130-131; the manifest asks
  // for Chrome 136.)
  await page.route(`${HF}/google-bert/bert-base-uncased`, async (route) => {
    const answer = await recordedHubResponse(HUB_DIR, route.request().url());
    await route.fulfill({
      status: answer.status,
      headers: { ...answer.headers, 'content-security-policy': "default-src 'none'; script-src 'none'" },
      body: answer.body,
    });
  });
  const response = await page.goto(`${HF}/google-bert/bert-base-uncased`);
  expect(await response?.headerValue('content-security-policy')).toContain("script-src 'none'");
  await expect(await enrichedBadge(page)).toHaveAttribute('aria-label', /Downloadable/);
});

test("the hub's page cannot load the extension's scripts to learn it is installed", async ({ page, ext }) => {
  // The breakdown is a chunk (and with the Chrome module loader switched on, the content script a module) that the
  // page could otherwise request at a fixed extension URL. Opened first, so the chunk has been loaded by the content
  // script.
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  const badge = await enrichedBadge(page);
  await badge.click();
  await expect(page.getByTestId('ol-breakdown')).toBeVisible();
  for (const file of ['content-scripts/huggingface.js', 'content-chunks/breakdown.js']) {
    const loaded = await page.evaluate(
      (src) =>
        new Promise<boolean>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          document.head.append(script);
        }),
      `chrome-extension://${ext.extensionId}/${file}`,
    );
    expect(loaded, file).toBe(false);
  }
  // Nor can it read the per-session URLs the content script imported from: the page's resource timeline has no
  // extension entry.
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect(names.filter((name) => !name.startsWith('https:'))).toEqual([]);
});

test('a fine-tune claiming apache-2.0 shows the base Llama clauses, inherited, with a looser-than-base warning', async ({
  page,
}) => {
  await page.goto(`${HF}/example-org/llama-3.1-8b-apache-finetune`);
  const b = await enrichedBadge(page);
  await expect(b).toContainText('Not open source · OSAID');
  await b.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel.locator('[data-clause="user-cap"]').first()).toContainText('Inherited from meta-llama/');
  await expect(panel.getByTestId('ol-warning').first()).toBeVisible();
  await expect(panel.getByTestId('ol-lineage-entry').first()).toContainText('meta-llama/');
});
