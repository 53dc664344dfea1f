/**
 * Hub faults on a model page, in Chromium with the built extension. A route registered here takes precedence over
 * the recorded hub's catch-all (later routes win); `route.fallback()` hands a request back to the recorded hub, so
 * "fail N times, then answer" is a counter. For each fault: the badge keeps the best it knows and says why, the
 * page sees no uncaught error, retries are bounded, and the badge recovers without a reload when the hub answers
 * (the background retries after 2 s, 8 s, 30 s: RETRY_DELAYS_MS in entrypoints/background/port-session.ts).
 *
 * The 10 s fetch time-out has one slow case here; the broker's time-out is unit-tested
 * (tests/unit/broker/requests.test.ts, fake clock).
 */
import type { Page, Route } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { message } from '../../lib/catalogue';
import { test, expect, askedBy, badge } from './support/fixtures';
import { HUB_DIR } from './support/launch';

const ID = 'google-bert/bert-base-uncased';
const PAGE = `https://huggingface.co/${ID}`;
const API = `https://huggingface.co/api/models/${ID}`;
const why = (code: string, status: number) => message({ code, params: { id: ID, status } });

/**
 * Answers the API record with `fault` for the first `times` requests, then with the recorded hub. `who` says which
 * side asked each time: the background (anonymous) or the hub's page (asked again with the user's session after a
 * 401/403).
 */
async function failApi(
  page: Page,
  times: number,
  fault: (route: Route) => Promise<void>,
): Promise<{ count: () => number; at: number[]; who: string[] }> {
  const at: number[] = [];
  const who: string[] = [];
  await page.context().route(API, async (route) => {
    at.push(Date.now());
    who.push(askedBy(route.request()));
    if (at.length <= times) await fault(route);
    else await route.fallback();
  });
  return { count: () => at.length, at, who };
}

function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** Serves the model page with its ModelHeader's props cut short: malformed JSON, so the page offers no record. */
async function serveWithoutProps(page: Page) {
  const html = await readFile(path.join(HUB_DIR, 'huggingface.co', `${ID}.html`), 'utf8');
  await page.context().route(PAGE, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: html.replace(/data-props="([^"]*&quot;model&quot;:[^"]*)"/g, 'data-props="{&quot;model&quot;:{"'),
    }),
  );
}

/** Opens the breakdown and expects the "could not check everything" note with this reason. */
async function expectProblem(page: Page, text: string) {
  const b = badge(page);
  await expect(b).toHaveAttribute('data-stage', 'initial');
  if ((await page.getByTestId('ol-panel').count()) === 0) await b.click();
  await expect(page.getByTestId('ol-problem')).toContainText(text, { timeout: 12_000 });
}

async function expectRecovered(page: Page) {
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(page.getByTestId('ol-problem')).toHaveCount(0);
}

test.afterEach(async ({ ext }) => {
  await ext.context.unroute(API);
  await ext.context.unroute(PAGE);
});

/** name, fault, reason shown, who asks on the first attempt (a 403 is asked again with the user's session). */
const transient: [string, (route: Route) => Promise<void>, string, string[]][] = [
  [
    '500',
    (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
    why('hub-error', 500),
    ['anonymous'],
  ],
  [
    '403 (not a disabled repo)',
    (route) => route.fulfill({ status: 403, body: '{"error":"Forbidden"}' }),
    why('model-forbidden', 403),
    ['anonymous', 'page'],
  ],
  [
    'truncated JSON',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"id":"google-bert/bert-base-uncased","ta',
      }),
    why('record-not-json', 200),
    ['anonymous'],
  ],
];

for (const [name, fault, reason, firstAttempt] of transient) {
  test(`${name}: the first badge stays with the reason, one retry, then it recovers without a reload`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const api = await failApi(page, firstAttempt.length, fault);
    await page.goto(PAGE);
    await expectProblem(page, reason);
    // The verdict from the page's own record is still shown: not "Unknown".
    await expect(badge(page)).toContainText('Downloadable');
    await expectRecovered(page);
    // One failed attempt, then the background's first retry (after 2 s), which the recorded hub answers.
    expect(api.who).toEqual([...firstAttempt, 'anonymous']);
    expect(api.at.at(-1)! - api.at[0]!).toBeGreaterThanOrEqual(1_900);
    expect(errors).toEqual([]);
  });
}

/**
 * A 401 is asked once more, with the user's session (a private repo they own); a 404 is not. Either is a definite
 * answer, never retried. The page shows the model's header (a public model), so the page wins: its tier stays and
 * the breakdown says what the API answered. With no page to say otherwise, the answer makes the model fully closed.
 */
for (const [status, code, asked] of [
  [401, 'model-private-or-missing', ['anonymous', 'page']],
  [404, 'model-not-found', ['anonymous']],
] as const) {
  test(`${status} for a model the page shows: the page's tier stays, a note says what the API answered`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const api = await failApi(page, 100, (route) =>
      route.fulfill({ status, body: '{"error":"Repository not found"}' }),
    );
    await page.goto(PAGE);
    const b = badge(page);
    await expect(b).toHaveAttribute('data-stage', 'enriched', { timeout: 10_000 });
    await expect(b).toHaveAttribute('data-tier', 'downloadable');
    await expect(b).toContainText('Downloadable');
    await b.click();
    await expect(page.getByTestId('ol-notes')).toContainText(
      message({ code: 'api-refused-page-shows-model', params: { id: ID, answer: code, status } }),
    );
    // A definite answer, not a problem to retry.
    await expect(page.getByTestId('ol-problem')).toHaveCount(0);
    await page.waitForTimeout(2_500); // past the first retry delay: nothing more is asked
    expect(api.who).toEqual(asked);
    await expect(b).toHaveAttribute('data-tier', 'downloadable');
    expect(errors).toEqual([]);
  });

  test(`${status} with no page to say otherwise (the header's props unreadable): fully closed, with the answer`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await serveWithoutProps(page);
    const api = await failApi(page, 100, (route) =>
      route.fulfill({ status, body: '{"error":"Repository not found"}' }),
    );
    await page.goto(PAGE);
    const b = badge(page);
    await expect(b).toHaveAttribute('data-tier', 'fully-closed', { timeout: 10_000 });
    await b.click();
    await expect(page.getByTestId('ol-panel')).toContainText(message({ code, params: { id: ID, status } }));
    await expect(page.getByTestId('ol-panel')).not.toContainText(
      message({ code: 'api-refused-page-shows-model', params: { id: ID, answer: code, status } }),
    );
    await page.waitForTimeout(2_500);
    expect(api.who).toEqual(asked);
    expect(errors).toEqual([]);
  });
}

test('429 with Retry-After: the broker waits as told, retries once, and the badge fills in', async ({ page }) => {
  const errors = collectPageErrors(page);
  const api = await failApi(page, 1, (route) =>
    route.fulfill({ status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' }),
  );
  await page.goto(PAGE);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 10_000 });
  expect(api.count()).toBe(2);
  expect(api.at[1]! - api.at[0]!).toBeGreaterThanOrEqual(900);
  expect(errors).toEqual([]);
});

test('429 with RateLimit "api";r=0;t=2: the broker waits the stated 2 s before asking again', async ({ page }) => {
  const errors = collectPageErrors(page);
  const api = await failApi(page, 1, (route) =>
    route.fulfill({
      status: 429,
      headers: { ratelimit: '"api";r=0;t=2', 'ratelimit-policy': '"fixed window";"api";q=500;w=300' },
      body: 'Too Many Requests',
    }),
  );
  await page.goto(PAGE);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 12_000 });
  expect(api.count()).toBe(2);
  expect(api.at[1]! - api.at[0]!).toBeGreaterThanOrEqual(1_900);
  expect(errors).toEqual([]);
});

test('429 that persists: retries stop, the badge says the hub asked for fewer requests, then recovers', async ({
  page,
}) => {
  test.setTimeout(45_000);
  const errors = collectPageErrors(page);
  const api = await failApi(page, 1_000, (route) =>
    route.fulfill({ status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' }),
  );
  await page.goto(PAGE);
  await expectProblem(page, message({ code: 'rate-limited' }));
  await page.waitForTimeout(4_000);
  // The broker's own retries (2 per request) and the page's first retry, nothing more.
  const sent = api.count();
  expect(sent).toBeGreaterThanOrEqual(3);
  expect(sent).toBeLessThanOrEqual(6);
  await page.context().unroute(API);
  await expectRecovered(page);
  expect(errors).toEqual([]);
});

test('a page without usable props and a 500: the badge reads Unknown with the reason, then recovers', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await serveWithoutProps(page);
  const api = await failApi(page, 1, (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto(PAGE);
  const b = badge(page);
  await expect(b).toHaveAttribute('aria-label', new RegExp(escapeRegExp(why('hub-error', 500))), { timeout: 10_000 });
  await expect(b).not.toHaveAttribute('data-tier', /./);
  await expect(b).toHaveText(/^\s*Unknown\s*$/);
  await expect(b).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  expect(api.count()).toBe(2);
  expect(errors).toEqual([]);
});

test('a 5 s response: "checking" meanwhile, then the full badge, with one request and no problem', async ({ page }) => {
  const errors = collectPageErrors(page);
  const api = await failApi(page, 1, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.fallback();
  });
  await page.goto(PAGE);
  const b = badge(page);
  await expect(b).toHaveAttribute('data-stage', 'initial');
  await b.click();
  await expect(page.getByTestId('ol-breakdown')).toContainText(/Still checking/);
  await expectRecovered(page);
  expect(api.count()).toBe(1);
  expect(errors).toEqual([]);
});

test('a hub that never answers: the fetch times out at 10 s, the reason shows, the retry recovers', async ({
  page,
}) => {
  test.setTimeout(45_000);
  const errors = collectPageErrors(page);
  const held: Route[] = [];
  const api = await failApi(page, 1, async (route) => {
    held.push(route); // never answered
  });
  await page.goto(PAGE);
  await expect(badge(page)).toHaveAttribute('data-stage', 'initial');
  await badge(page).click();
  await expect(page.getByTestId('ol-problem')).toContainText(message({ code: 'network-error' }), { timeout: 14_000 });
  await expectRecovered(page);
  expect(api.count()).toBe(2);
  expect(errors).toEqual([]);
  for (const route of held) await route.abort().catch(() => undefined);
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
