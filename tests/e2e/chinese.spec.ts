/**
 * Chromium speaking Simplified Chinese: the listing's cards, the popup, the options and the method page in Chinese,
 * and axe clean on the badge, the breakdown, the popup and the options page, as in English (breakdown.spec.ts).
 * The model page's badge and breakdown in Chinese are a journey of both browsers (journeys/chinese.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { seriousViolations } from './support/axe';
import { test, expect, enrichedBadge, tabIdOf } from './support/fixtures';
import { WELL_KNOWN_PATH } from '../fixtures/well-known-words';

test.use({ language: 'zh-CN' });

const HF = 'https://huggingface.co';
const LLAMA = `${HF}/meta-llama/Llama-3.1-8B-Instruct`;

test('axe: badge and open breakdown, popup and options, in Chinese', async ({ page, ext }) => {
  await page.goto(LLAMA);
  const b = await enrichedBadge(page);
  await expect(b).toHaveAttribute('aria-label', /^Openness Lens：/);
  expect(await seriousViolations(new AxeBuilder({ page }).include('openness-lens'))).toEqual([]);
  await b.click();
  await expect(page.getByTestId('ol-breakdown')).toContainText('许可证');
  expect(await seriousViolations(new AxeBuilder({ page }).include('openness-lens'))).toEqual([]);

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${await tabIdOf(page, ext)}`);
  await expect(popup.getByTestId('ol-breakdown')).toContainText('组件');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await seriousViolations(new AxeBuilder({ page: popup }))).toEqual([]);

  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.locator('h1')).toContainText('设置');
  await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await seriousViolations(new AxeBuilder({ page: options }))).toEqual([]);
});

test('the method page says in Chinese that it is in English, and marks its text English', async ({ page, ext }) => {
  await page.goto(`chrome-extension://${ext.extensionId}/method.html`);
  await expect(page.getByTestId('ol-method-language')).toContainText('英文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('main > div[lang="en"] h1').first()).toBeVisible();
});

test('listing cards say their verdict in Chinese words', async ({ page }) => {
  await page.goto(`${HF}${WELL_KNOWN_PATH}`);
  const card = (id: string) =>
    page
      .locator('article.overview-card-wrapper', { has: page.getByText(id, { exact: true }) })
      .getByTestId('ol-card-badge');
  // Cards are badged as they come into view.
  await page.getByText('meta-llama/Llama-3.1-8B-Instruct', { exact: true }).scrollIntoViewIfNeeded();
  // Under the default (OSAID) preset: Llama is not open, an OLMo 2 card is undecided and says what is unknown.
  await expect(card('meta-llama/Llama-3.1-8B-Instruct')).toContainText('不开放');
  await page.getByText('allenai/OLMo-2-1124-7B', { exact: true }).scrollIntoViewIfNeeded();
  await expect(card('allenai/OLMo-2-1124-7B')).toContainText('开源？');
  await expect(card('allenai/OLMo-2-1124-7B')).toContainText('未知');
  await expect(card('allenai/OLMo-2-1124-7B')).not.toContainText('unknown');
});
