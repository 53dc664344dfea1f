/** A model page, in Chromium and in Firefox: the badge from the page alone, then enriched; the breakdown. */
import { test, expect, HF, BADGE, PANEL, attr, text, enriched } from '../support/journey';

const BERT = `${HF}/google-bert/bert-base-uncased`;

test("the badge first shows what the page itself says, then what the hub's answers add", async ({ driver }) => {
  // The README is held, so the first badge is the one drawn from the page's own record.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const undo = await driver.route(`${BERT}/raw/main/README.md`, async () => {
    await held;
    return undefined;
  });
  try {
    const tab = await driver.newTab();
    await tab.goto(BERT);
    await expect.poll(() => attr(tab, BADGE, 'data-stage')).toBe('initial');
    expect(await text(tab, BADGE)).toContain('Downloadable');
    // Next to the model's name.
    expect(await tab.count('header h1 openness-lens')).toBe(1);
    release();
    await enriched(tab);
    expect(await text(tab, BADGE)).toMatch(/Downloadable.*\d\/7 for replication/);
    // What only the hub's answers give: the README's paper and the datasets' records.
    await tab.click(BADGE);
    await expect.poll(() => text(tab, '[data-component="research-paper"]')).toContain('1810.04805');
    expect(await text(tab, '[data-component="training-data"]')).toMatch(/bookcorpus/i);
    const asked = driver.hubRequests().map((url) => new URL(url).pathname);
    expect(asked).toContain('/api/models/google-bert/bert-base-uncased');
    expect(asked).toContain('/google-bert/bert-base-uncased/raw/main/README.md');
  } finally {
    release();
    await undo();
  }
});

test('the breakdown opens with a click: license, clauses and all seventeen components', async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(`${HF}/meta-llama/Llama-3.1-8B-Instruct`);
  await enriched(tab);
  expect(await text(tab, BADGE)).toContain('Not open source · OSAID');
  await tab.click(BADGE);
  await expect.poll(() => attr(tab, PANEL, 'data-testid')).toBe('ol-panel');
  expect((await tab.read(PANEL))?.visible).toBe(true);
  expect(await text(tab, '[data-testid="ol-license-entry"]')).toContain('llama3.1');
  expect(await tab.count('[data-clause="user-cap"]')).toBeGreaterThan(0);
  expect(await tab.count('[data-component]')).toBe(17);
  expect(await attr(tab, '[data-component="weights"]', 'data-status')).toBe('present');
});

test('the breakdown by keyboard: Enter opens, Escape closes and gives focus back, Space opens, a click outside closes', async ({
  driver,
}) => {
  const tab = await driver.newTab();
  await tab.goto(BERT);
  await enriched(tab);
  await tab.focus(BADGE);
  await tab.press('Enter');
  await expect.poll(() => tab.count(PANEL)).toBe(1);
  expect(await attr(tab, BADGE, 'aria-expanded')).toBe('true');
  await tab.press('Escape');
  await expect.poll(() => tab.count(PANEL)).toBe(0);
  expect((await tab.read(BADGE))?.focused).toBe(true);
  await tab.press(' ');
  await expect.poll(() => tab.count(PANEL)).toBe(1);
  await tab.clickAt(5, 700);
  await expect.poll(() => tab.count(PANEL)).toBe(0);
});
