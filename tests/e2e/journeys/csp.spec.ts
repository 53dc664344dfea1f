/**
 * A hub page under the strictest Content-Security-Policy, in Chromium and in Firefox: the policy governs the page's
 * own scripts and styles, not the extension's, so the badge is still drawn, styled, and opens its breakdown — whose
 * code and styles are loaded only then, from the extension's own files.
 */
import { recordedHubResponse } from '../../../scripts/recorded-hub';
import { HUB_DIR } from '../support/launch';
import { test, expect, HF, BADGE, PANEL, enriched } from '../support/journey';

const BREAKDOWN = '[data-testid="ol-breakdown"]';

const BERT = `${HF}/google-bert/bert-base-uncased`;
const POLICY = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'";

test('a page whose policy forbids every script and style still gets its styled badge and breakdown', async ({
  driver,
}) => {
  const undo = await driver.route(BERT, async (request) => {
    const answer = await recordedHubResponse(HUB_DIR, request.url);
    return { ...answer, headers: { ...answer.headers, 'content-security-policy': POLICY } };
  });
  try {
    const tab = await driver.newTab();
    await tab.goto(BERT);
    // The policy is in force: the page cannot even run an inline script of its own.
    expect(
      await tab.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.documentElement.dataset.ran = "yes"';
        document.head.append(script);
        return document.documentElement.dataset.ran ?? 'no';
      }, null),
    ).toBe('no');
    await enriched(tab);
    const badge = (await tab.read(BADGE))!;
    expect(badge.text).toContain('Downloadable');
    // Styled by the extension's sheet: a pill with a background, not the page's default transparent text.
    expect(badge.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await tab.click(BADGE);
    await expect.poll(() => tab.count(PANEL)).toBe(1);
    const panel = (await tab.read(PANEL))!;
    expect(panel.visible).toBe(true);
    expect(panel.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    // The breakdown's code arrived, and its styles with it: the verdict is a tinted box, not plain text.
    await expect.poll(() => tab.count(BREAKDOWN)).toBe(1);
    expect(await tab.count('[data-testid="ol-panel-status"]')).toBe(0);
    const verdict = (await tab.read('.ol-bd-verdict'))!;
    expect(verdict.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  } finally {
    await undo();
  }
});
