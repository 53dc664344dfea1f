/** Compact badges on hub listings: lazy lookups, request counts, re-rendering, warm revisits, and the dim filter. */
import type { Page } from '@playwright/test';
import { test, expect, askedBy, badge } from './support/fixtures';

const HF = 'https://huggingface.co';
const TIERS = /Fully closed|Staged|Hosted|API|Downloadable|Fully open/;
const cardBadges = (page: Page) =>
  page.locator('article.overview-card-wrapper openness-lens').getByTestId('ol-card-badge');

function modelRecordRequests(urls: string[]): string[] {
  return urls.filter((u) => /^\/api\/models\/[^/]+(\/[^/]+)?$/.test(new URL(u).pathname) && !u.endsWith('/refs'));
}

/** Scrolls to the end of the listing and waits until every card shows a verdict. */
async function scrollAndSettle(page: Page) {
  const cards = page.locator('article.overview-card-wrapper');
  const count = await cards.count();
  for (let i = 0; i < count; i += 4) await cards.nth(i).scrollIntoViewIfNeeded();
  await expect(cardBadges(page)).toHaveCount(count);
  await expect(page.locator('article.overview-card-wrapper [data-state="pending"]')).toHaveCount(0, {
    timeout: 15_000,
  });
  return count;
}

test('every model card gets a badge naming its tier, looked up only as it nears the viewport', async ({
  page,
  ext,
}) => {
  await page.setViewportSize({ width: 800, height: 400 });
  await page.goto(`${HF}/models`);
  const cards = await page.locator('article.overview-card-wrapper').count();
  expect(cards).toBeGreaterThanOrEqual(30);
  await expect(cardBadges(page).first()).toHaveAttribute('data-state', /assessed|unknown/, { timeout: 10_000 });
  const beforeScroll = modelRecordRequests(ext.hubRequests.map((r) => r.url())).length;
  expect(beforeScroll).toBeLessThan(cards);

  await scrollAndSettle(page);
  for (const name of await cardBadges(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    expect(name).toMatch(TIERS);
  }
  const api = ext.hubRequests.filter((r) => r.url().includes('/api/'));
  // Nothing asked twice by the same side; the page asks again only what the hub refused anonymously (the listing's
  // private and disabled repos), with the user's session.
  const keys = api.map((r) => `${askedBy(r)} ${r.url()}`);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  for (const again of api.filter((r) => askedBy(r) === 'page')) {
    const first = api.find((r) => askedBy(r) === 'anonymous' && r.url() === again.url());
    expect([401, 403]).toContain((await first?.response())?.status());
  }
  // At most one record request per card plus one per distinct base model.
  const urls = [...new Set(api.map((r) => r.url()))];
  const bases = modelRecordRequests(urls).length - cards;
  expect(bases).toBeLessThanOrEqual(8);
  expect(urls.every((u) => modelRecordRequests([u]).length === 1)).toBe(true);
});

test('a client-side page change and a re-render of the list keep the badges, with no new request', async ({
  page,
  ext,
}) => {
  await page.goto(`${HF}/models`);
  const count = await scrollAndSettle(page);
  const before = ext.hubRequests.length;
  await page.evaluate(() => {
    history.pushState({}, '', '/models?sort=likes&p=1');
    const first = document.querySelector('article.overview-card-wrapper')!;
    const list = first.parentElement!;
    // Like the hub's client-side render: the whole list is replaced by fresh elements.
    const fresh = [...list.children].map((child) => {
      const copy = child.cloneNode(true) as Element;
      copy.querySelectorAll('openness-lens').forEach((host) => host.remove());
      return copy;
    });
    list.replaceChildren(...fresh);
  });
  await expect(cardBadges(page)).toHaveCount(count);
  await expect(page.locator('article.overview-card-wrapper [data-state="pending"]')).toHaveCount(0);
  // Never two badges on one card.
  const perCard = await page
    .locator('article.overview-card-wrapper')
    .evaluateAll((els) => els.map((e) => e.querySelectorAll('openness-lens').length));
  expect(Math.max(...perCard)).toBe(1);
  expect(ext.hubRequests.length).toBe(before);
});

test('a page with no model card that later gets one (a client-side change) badges it', async ({ page }) => {
  await page.goto(`${HF}/google-bert/bert-base-uncased`);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(page.locator('article.overview-card-wrapper')).toHaveCount(0);
  await page.evaluate(() => {
    const card = document.createElement('article');
    card.className = 'overview-card-wrapper';
    const link = document.createElement('a');
    link.href = '/openai-community/gpt2';
    const name = document.createElement('h4');
    name.textContent = 'openai-community/gpt2';
    link.append(name);
    card.append(link);
    document.body.append(card);
  });
  const cardBadge = page.locator('article.overview-card-wrapper').getByTestId('ol-card-badge');
  await expect(cardBadge).toHaveAttribute('data-state', 'assessed', { timeout: 10_000 });
  await expect(cardBadge).toHaveAttribute('aria-label', TIERS);
});

test("card badges follow the hub's theme when it switches under the listing", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${HF}/models`);
  const hosts = page.locator('article.overview-card-wrapper openness-lens');
  const themed = (theme: string) => page.locator(`article.overview-card-wrapper openness-lens[data-theme="${theme}"]`);
  await expect(hosts.first()).toHaveAttribute('data-theme', 'light');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expect(themed('light')).toHaveCount(0);
  await expect(themed('dark').first()).toBeAttached();
  // Without the hub's class, the system preference decides.
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await expect(themed('dark')).toHaveCount(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(themed('light')).toHaveCount(0);
  await expect(themed('dark').first()).toBeAttached();
});

test('a warm revisit asks the hub for nothing', async ({ page, ext }) => {
  await page.goto(`${HF}/models`);
  await scrollAndSettle(page);
  ext.hubRequests.length = 0;
  const again = await ext.context.newPage();
  await again.goto(`${HF}/models`);
  await scrollAndSettle(again);
  const api = ext.hubRequests.map((r) => r.url()).filter((u) => u.includes('/api/') || u.includes('/raw/'));
  expect(api).toEqual([]);
});

test('a Llama fine-tune tagged apache-2.0 reads the same on the listing as on its own page', async ({ page }) => {
  await page.goto(`${HF}/models`);
  await scrollAndSettle(page);
  const card = page
    .locator('article.overview-card-wrapper', { hasText: 'example-org/llama-3.1-8b-apache-finetune' })
    .getByTestId('ol-card-badge');
  await expect(card).toHaveAttribute('aria-label', /Not open source/);
  const model = await page.context().newPage();
  await model.goto(`${HF}/example-org/llama-3.1-8b-apache-finetune`);
  await expect(badge(model)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(badge(model)).toContainText('Not open source');
  await expect(badge(model)).toContainText(/Downloadable/);
  await expect(card).toHaveAttribute('aria-label', /Downloadable/);
});

test('the dim filter dims models below the threshold and says how many', async ({ page, ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.locator('select[name="dimMode"]').selectOption('dim');
  await options.locator('select[name="dimThreshold"]').selectOption('open-weights');
  await page.goto(`${HF}/models`);
  await scrollAndSettle(page);
  const dimmed = page.locator('article.overview-card-wrapper[data-ol-dimmed="dim"]');
  const n = await dimmed.count();
  expect(n).toBeGreaterThan(0);
  await expect(page.getByTestId('ol-dim-notice')).toContainText(`dimmed ${n} model`);
  // A non-commercial model is dimmed; an Apache model with weights is not.
  await expect(page.locator('article.overview-card-wrapper', { hasText: 'listing-only/model-4' })).toHaveAttribute(
    'data-ol-dimmed',
    'dim',
  );
  await expect(page.locator('article.overview-card-wrapper', { hasText: 'listing-only/model-1' })).not.toHaveAttribute(
    'data-ol-dimmed',
    /.*/,
  );
  // Switching to hide removes them from view.
  await options.locator('select[name="dimMode"]').selectOption('hide');
  await expect(page.locator('article.overview-card-wrapper[data-ol-dimmed="hide"]')).toHaveCount(n);
  await expect(page.locator('article.overview-card-wrapper', { hasText: 'listing-only/model-4' })).toBeHidden();
});

test('a card whose lookup failed once recovers without a reload', async ({ page, ext }) => {
  let failures = 0;
  await ext.context.route(`${HF}/api/models/listing-only/model-1`, async (route) => {
    if (failures++ === 0) await route.fulfill({ status: 503, body: 'busy' });
    else await route.fallback();
  });
  await page.goto(`${HF}/models`);
  const card = page
    .locator('article.overview-card-wrapper', { hasText: 'listing-only/model-1' })
    .getByTestId('ol-card-badge');
  await card.scrollIntoViewIfNeeded();
  await expect(card).toHaveAttribute('data-state', 'assessed', { timeout: 15_000 });
  await expect(card).toHaveAttribute('aria-label', /Downloadable/);
  expect(failures).toBe(2);
  await ext.context.unroute(`${HF}/api/models/listing-only/model-1`);
});
