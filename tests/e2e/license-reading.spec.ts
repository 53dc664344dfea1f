/**
 * A license the knowledge base does not know, read from its text in the browser: a clause limited to multimodal
 * models carries its condition, wording a careful reader cannot settle is shown as unclear with the reason, and an
 * unclear clause leaves the verdict it would decide open instead of deciding it.
 */
import { test, expect, enrichedBadge } from './support/fixtures';

const MODEL = 'https://huggingface.co/example-org/vision-terms-model';

test('the breakdown shows each clause read from the license text, with its condition or why it is unclear', async ({
  page,
}) => {
  await page.goto(MODEL);
  const badge = await enrichedBadge(page);
  await badge.click();
  const panel = page.getByTestId('ol-panel');
  await expect(panel).toBeVisible();

  const geographic = panel.locator('[data-testid="ol-clause"][data-clause="geographic"]');
  await expect(geographic).toContainText('Applies to multimodal models only');
  await expect(geographic).toContainText('not granted to anyone domiciled in the European Union');
  await expect(geographic).not.toHaveAttribute('data-unclear', 'true');

  const shareAlike = panel.locator('[data-testid="ol-clause"][data-clause="share-alike"]');
  await expect(shareAlike).toHaveAttribute('data-unclear', 'true');
  await expect(shareAlike.getByTestId('ol-clause-unclear')).toContainText(
    'does not say they must be licensed under it',
  );
  await expect(shareAlike).toContainText('Modified versions you share remain subject to these terms.');

  const revocable = panel.locator('[data-testid="ol-clause"][data-clause="revocable"]');
  await expect(revocable).toHaveAttribute('data-unclear', 'true');
  await expect(revocable.getByTestId('ol-clause-unclear')).toContainText('whether a change binds');

  // The strict verdict fails on the certain clause and says the unclear one is left open.
  await expect(panel.getByTestId('ol-verdict')).toContainText('Not open source');
  await expect(panel).toContainText('its wording leaves that open');
});
