/**
 * A browser whose interface speaks Simplified Chinese, in Chromium and in Firefox: the badge and the breakdown are in
 * Chinese (the catalogue a chunk loaded only for such a browser), marked `lang="zh-CN"`, with the license summary
 * translated by the license's id.
 */
import { test, expect, HF, BADGE, PANEL, enriched, text } from '../support/journey';

test.use({ language: 'zh-CN' });

const BERT = `${HF}/google-bert/bert-base-uncased`;
const BREAKDOWN = '[data-testid="ol-breakdown"]';

test('a model page’s badge and breakdown in Chinese', async ({ driver }) => {
  const tab = await driver.newTab();
  await tab.goto(BERT);
  await enriched(tab);
  const badge = (await tab.read(BADGE))!;
  // The tier of the recorded model, and the verdict under the default definition, in Chinese words.
  expect(badge.text).toContain('可下载');
  expect(badge.attrs['aria-label']).toMatch(/^Openness Lens：/);
  expect(badge.text).not.toMatch(/Downloadable|Checking|Unknown/);
  // The badge's root says which language it speaks; the hub's page is English.
  expect((await tab.read('.ol-root'))?.attrs.lang).toBe('zh-CN');

  await tab.click(BADGE);
  await expect.poll(() => tab.count(BREAKDOWN)).toBe(1);
  const breakdown = (await text(tab, BREAKDOWN))!;
  expect(breakdown).toContain('许可证');
  expect(breakdown).toContain('组件');
  expect(breakdown).not.toMatch(/Why, under|Components|How this is judged|Copy as Markdown|not legal advice/);
  // Apache 2.0's summary is translated: no English summary, so nothing marked `lang="en"`.
  const summary = (await tab.read('[data-testid="ol-license-summary"]'))!;
  expect(summary.text).toContain('专利授权');
  expect(summary.attrs.lang).toBeUndefined();
  expect((await tab.read(PANEL))?.visible).toBe(true);
});
