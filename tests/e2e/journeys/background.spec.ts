/**
 * The background unloaded and woken, in Chromium and in Firefox. Chrome stops an idle extension service worker after
 * 30 s; Firefox unloads an idle event page (`persistent: false`) after `extensions.background.idle.timeout`, 30 s by
 * default and 2 s in this file's profile. An open model page that has its answer must let it sleep, and waking it
 * (here by a change of definition) must find the state intact: settings, the cached facts, the badge.
 */
import { test, expect, HF, BADGE, CARD, enriched, openDimmedListing, text } from '../support/journey';

test.use({ backgroundIdleMs: 2_000 });

const BERT = `${HF}/google-bert/bert-base-uncased`;

test('an idle background is unloaded while a model page stays open, and wakes for a change with its state intact', async ({
  driver,
}) => {
  test.setTimeout(60_000);
  const tab = await driver.newTab();
  await tab.goto(BERT);
  await enriched(tab);
  expect(await text(tab, BADGE)).toContain('· OSAID');
  // Every stage the badge shows from here on.
  await tab.evaluate(() => {
    const badge = document.querySelector('openness-lens[data-kind="badge"]')!.shadowRoot!;
    const seen: string[] = [];
    (window as unknown as { __stages: string[] }).__stages = seen;
    new MutationObserver(() => {
      const stage = badge.querySelector('[data-testid="ol-badge"]')?.getAttribute('data-stage');
      if (stage) seen.push(stage);
    }).observe(badge, { subtree: true, attributes: true, childList: true });
  }, null);

  await driver.unloadBackground();
  expect(await driver.backgroundLoaded()).toBe(false);
  // The open page, which has its answer, does not wake it again.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await driver.backgroundLoaded()).toBe(false);

  driver.clearHubRequests();
  const options = await driver.openExtensionPage('options.html');
  await options.click('input[name="preset"][value="mof"]');
  // Woken: the open badge follows the new definition, from the facts the background had cached before it slept.
  await expect.poll(() => text(tab, BADGE), { timeout: 10_000 }).toContain('MOF');
  expect(await driver.backgroundLoaded()).toBe(true);
  expect(await text(tab, BADGE)).toMatch(/Downloadable.*\d\/7 for replication/);
  expect(driver.hubRequests().filter((url) => url.includes('/api/') || url.includes('/raw/'))).toEqual([]);
  // It never fell back to the first, page-only answer.
  const stages = await tab.evaluate(() => (window as unknown as { __stages: string[] }).__stages, null);
  expect(stages.filter((stage) => stage !== 'enriched')).toEqual([]);
  // And a re-check still works after the wake-up: the hub is asked again.
  await tab.click(BADGE);
  await tab.click('[data-testid="ol-recheck"]');
  await expect
    .poll(() => driver.hubRequests().some((url) => url.endsWith('/api/models/google-bert/bert-base-uncased')))
    .toBe(true);
  await enriched(tab);
});

test('an idle background is unloaded while a listing stays open, and wakes when the dim threshold changes', async ({
  driver,
}) => {
  test.setTimeout(60_000);
  const { options, tab } = await openDimmedListing(driver);
  const notOpenWeights = await tab.count(`${CARD}[data-ol-dimmed="dim"]`);
  expect(notOpenWeights).toBeGreaterThan(0);

  await driver.unloadBackground();
  // The listing, every card answered, does not wake it again.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await driver.backgroundLoaded()).toBe(false);
  // A stricter threshold: the background, woken, gives every card its verdict under it.
  await options.select('select[name="dimThreshold"]', 'osaid');
  await expect
    .poll(() => tab.count(`${CARD}[data-ol-dimmed="dim"]`), { timeout: 10_000 })
    .toBeGreaterThan(notOpenWeights);
  expect(await driver.backgroundLoaded()).toBe(true);
});
