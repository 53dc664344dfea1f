/**
 * Hub faults on a model page, in Chromium and in Firefox: the badge keeps the best it knows, says why, and
 * recovers without a reload. In Firefox the fault is answered by the test's hub proxy, which the extension's
 * background reaches as it reaches the hub.
 */
import { message } from '../../../lib/catalogue';
import { test, expect, HF, BADGE, PANEL, attr, text, enriched } from '../support/journey';

const ID = 'google-bert/bert-base-uncased';
const API = `${HF}/api/models/${ID}`;

test('429 with Retry-After: the background waits as told, asks once more, and the badge fills in', async ({
  driver,
}) => {
  const at: number[] = [];
  const undo = await driver.route(API, () => {
    at.push(Date.now());
    return at.length === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' } : undefined;
  });
  try {
    const tab = await driver.newTab();
    await tab.goto(`${HF}/${ID}`);
    await enriched(tab);
    expect(await text(tab, BADGE)).toContain('Downloadable');
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(900);
  } finally {
    await undo();
  }
});

test('a hub that never answers: the request times out, the badge says why, then recovers without a reload', async ({
  driver,
}) => {
  test.setTimeout(45_000);
  let asked = 0;
  const undo = await driver.route(API, () => (++asked === 1 ? 'hang' : undefined));
  try {
    const tab = await driver.newTab();
    await tab.goto(`${HF}/${ID}`);
    await expect.poll(() => attr(tab, BADGE, 'data-stage')).toBe('initial');
    // The page's own record still gives a verdict meanwhile.
    expect(await text(tab, BADGE)).toContain('Downloadable');
    await tab.click(BADGE);
    await expect
      .poll(() => text(tab, '[data-testid="ol-problem"]'), { timeout: 14_000 })
      .toContain(message({ code: 'network-error' }));
    await enriched(tab);
    expect(await tab.count('[data-testid="ol-problem"]')).toBe(0);
    expect(await tab.count(PANEL)).toBe(1);
    expect(asked).toBe(2);
  } finally {
    await undo();
  }
});
