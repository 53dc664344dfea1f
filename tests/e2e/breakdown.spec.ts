/**
 * The breakdown from a person's side: opened with the keyboard only, the definition switched from the popup with
 * the open page following, the Markdown report copied, and axe on the badge, the breakdown, the popup and the
 * options page in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { seriousViolations } from './support/axe';
import { test, expect, badge, enrichedBadge, openPopupFor, tabIdOf } from './support/fixtures';

const HF = 'https://huggingface.co';
const LLAMA = `${HF}/meta-llama/Llama-3.1-8B-Instruct`;

test('keyboard only: Tab reaches the badge, Enter opens the breakdown, Tab walks its actions, Escape returns', async ({
  page,
}) => {
  await page.goto(LLAMA);
  const b = await enrichedBadge(page);
  // From the top of the page, Tab until the badge has focus (the hub page has a few links before it).
  await page.locator('body').focus();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await b.evaluate((el) => el.matches(':focus'))) break;
  }
  await expect(b).toBeFocused();
  // Focus is visible: an outline is drawn.
  expect(await b.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('ol-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('ol-verdict')).toContainText('Not open source · OSAID');
  await expect(panel.getByTestId('ol-replication-gaps')).toContainText('Training data');
  // Tab moves into the panel and reaches its actions.
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await panel.getByTestId('ol-copy-markdown').evaluate((el) => el.matches(':focus'));
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(b).toBeFocused();
});

test('switching the definition in the popup changes the open page badge and breakdown', async ({ page, ext }) => {
  await page.goto(LLAMA);
  await enrichedBadge(page);
  await expect(badge(page)).toContainText('Not open source · OSAID');
  const popup = await openPopupFor(page, ext);
  await expect(popup.getByTestId('ol-model-id')).toHaveText('meta-llama/Llama-3.1-8B-Instruct');
  // Keyboard: the switch is a radio group.
  await popup.getByTestId('ol-definition-switch').getByLabel('MOF').focus();
  await popup.keyboard.press('Space');
  await expect(badge(page)).toContainText('MOF: not classified');
  await expect(popup.getByTestId('ol-verdict')).toContainText('MOF: not classified');
  await popup.getByTestId('ol-definition-switch').getByLabel('Open weights').check();
  await expect(badge(page)).toContainText(/^(?!.*Not open weights).*Open weights/);
  await page.bringToFront();
  await badge(page).click();
  await expect(page.getByTestId('ol-verdict')).toContainText('Open weights');
  await expect(page.getByTestId('ol-def-osaid')).toContainText('OSAID: no');
});

test("the breakdown shows the Model Openness Tool's class beside ours, linked to its record", async ({ page }) => {
  await page.goto(LLAMA);
  const b = await enrichedBadge(page);
  await b.click();
  const mot = page.getByTestId('ol-panel').getByTestId('ol-expert-mot');
  await expect(mot).toContainText('Model Openness Tool: Unclassified (record of 2025-05-26)');
  await expect(mot.getByRole('link')).toHaveAttribute('href', 'https://mot.isitopen.ai/model/Llama-3.1-8B-Instruct');
  await expect(page.getByTestId('ol-panel').getByTestId('ol-expert-credit')).toContainText('MIT license');
});

test("on the hub's page, a lineage entry's license and what it passes down sit on a line below the base model", async ({
  page,
}) => {
  await page.goto(LLAMA);
  const b = await enrichedBadge(page);
  await b.click();
  const entry = page.getByTestId('ol-panel').getByTestId('ol-lineage-entry').first();
  await entry.scrollIntoViewIfNeeded();
  await expect(entry).toContainText('license llama3.1');
  const [name, details] = await entry.evaluate((li) =>
    [li.querySelector('strong')!, li.querySelector('.ol-block')!].map((el) => el.getBoundingClientRect()),
  );
  expect(details!.top).toBeGreaterThanOrEqual(name!.bottom - 1);
  // The line break is the layout's, not a space missing between two runs of text.
  expect(details!.left).toBeLessThanOrEqual(name!.left + 1);
});

test('Copy as Markdown puts a report with links on the clipboard', async ({ page, ext }) => {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HF });
  await page.goto(LLAMA);
  const b = await enrichedBadge(page);
  await b.click();
  await page.getByTestId('ol-copy-markdown').click();
  await expect(page.getByTestId('ol-copy-status')).toHaveText('Markdown report copied.');
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toMatch(/^## Openness of \[/);
  expect(report).toContain('(https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct)');
  expect(report).toContain('**OSAID:** Not open source · OSAID');
  expect(report).toContain('Clause: **User cap**');
  expect(report).toContain('### Components');
  expect(report).toContain('### What the experts say');

  await page.getByTestId('ol-looks-wrong').click();
  await expect(page.getByTestId('ol-copy-status')).toContainText('A problem report is on your clipboard');
  const problem = await page.evaluate(() => navigator.clipboard.readText());
  expect(problem).toMatch(/^# Openness Lens: the verdict on .*looks wrong/);
  expect(problem).toContain('### What looks wrong');
});

test('the method links open sections that exist on the method page', async ({ page, ext }) => {
  await page.goto(LLAMA);
  const b = await enrichedBadge(page);
  await b.click();
  const href = await page
    .getByTestId('ol-panel')
    .getByRole('link', { name: 'How this is judged (License)' })
    .getAttribute('href');
  expect(href).toBe(`chrome-extension://${ext.extensionId}/method.html#licenses`);
  const method = await ext.context.newPage();
  await method.goto(href!);
  await expect(method.locator('h2#licenses')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: badge and open breakdown on the hub page, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(LLAMA);
    if (theme === 'dark') await page.evaluate(() => document.documentElement.classList.add('dark'));
    const b = await enrichedBadge(page);
    await expect
      .poll(() =>
        page.evaluate(() =>
          document
            .querySelector('openness-lens[data-kind="badge"]')
            ?.shadowRoot?.querySelector('.ol-root')
            ?.getAttribute('data-theme'),
        ),
      )
      .toBe(theme);
    expect(await seriousViolations(new AxeBuilder({ page }).include('openness-lens'))).toEqual([]);
    await b.click();
    await expect(page.getByTestId('ol-breakdown')).toBeVisible();
    expect(await seriousViolations(new AxeBuilder({ page }).include('openness-lens'))).toEqual([]);
  });

  test(`axe: popup with a breakdown, and the options page, ${theme}`, async ({ page, ext }) => {
    await page.goto(LLAMA);
    await enrichedBadge(page);
    const tabId = await tabIdOf(page, ext);
    const popup = await ext.context.newPage();
    await popup.emulateMedia({ colorScheme: theme });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await expect(popup.getByTestId('ol-breakdown')).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(new AxeBuilder({ page: popup }))).toEqual([]);

    const options = await ext.context.newPage();
    await options.emulateMedia({ colorScheme: theme });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByTestId('ol-preview-item').first()).toBeVisible();
    expect(await seriousViolations(new AxeBuilder({ page: options }))).toEqual([]);
  });
}

test('the badge never shifts the hub header, in either theme', async ({ page }) => {
  await page.goto(LLAMA);
  await enrichedBadge(page);
  const box = async () => page.locator('header h1').boundingBox();
  const before = await box();
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await badge(page).click();
  const after = await box();
  expect(after?.height).toBe(before?.height);
  expect(after?.y).toBe(before?.y);
});

test('the open breakdown stays inside the viewport when the badge sits far right', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${HF}/example-org/llama-3.1-8b-apache-finetune`);
  const b = await enrichedBadge(page);
  await b.click();
  const box = await page.getByTestId('ol-panel').boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
});
