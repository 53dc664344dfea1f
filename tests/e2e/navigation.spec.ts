/** Back/forward navigation and pages left before enrichment finished: nothing leaks, nothing is asked twice. */
import { test, expect, badge } from './support/fixtures';

const HF = 'https://huggingface.co';
const apiCalls = (urls: string[], path: string) => urls.filter((u) => new URL(u).pathname === path).length;

test('back and forward between model pages and a listing: badges come back, nothing is asked twice', async ({
  page,
  ext,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await page.goto(`${HF}/models`);
  await expect(page.locator('article.overview-card-wrapper openness-lens').first()).toBeVisible();
  // Let the listing's lookups finish: a request cancelled by leaving the page is rightly asked again later.
  await page.waitForLoadState('networkidle');
  await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });

  await page.goBack();
  await expect(page.locator('article.overview-card-wrapper openness-lens').first()).toBeVisible();
  await page.goBack();
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(badge(page)).toContainText('Downloadable');
  await page.goForward();
  await page.goForward();
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(badge(page)).toContainText('Not open source');

  const urls = ext.hubRequests.map((r) => r.url());
  expect(apiCalls(urls, '/api/models/google-bert/bert-base-uncased')).toBe(1);
  expect(apiCalls(urls, '/api/models/meta-llama/Llama-3.1-8B-Instruct')).toBe(1);
  expect(apiCalls(urls, '/google-bert/bert-base-uncased/raw/main/README.md')).toBe(1);
  expect(errors).toEqual([]);
});

test('a page left before its enrichment finished: its requests stop, the next page works, no error', async ({
  page,
  ext,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Slow hub answers for the first model, so the user leaves while they are pending.
  let slowAnswers = 0;
  await ext.context.route(`${HF}/api/models/meta-llama/Llama-3.1-8B-Instruct**`, async (route) => {
    slowAnswers++;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fallback();
  });
  await page.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'initial');
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await page.waitForTimeout(2_000);
  // The abandoned page's follow-up requests (its README, refs, base model) were never sent.
  const urls = ext.hubRequests.map((r) => r.url());
  expect(urls.filter((u) => u.includes('/meta-llama/Llama-3.1-8B-Instruct/raw/'))).toEqual([]);
  expect(urls.filter((u) => u.endsWith('/api/models/meta-llama/Llama-3.1-8B'))).toEqual([]);
  expect(slowAnswers).toBe(1);
  expect(errors).toEqual([]);
  await ext.context.unroute(`${HF}/api/models/meta-llama/Llama-3.1-8B-Instruct**`);
});
