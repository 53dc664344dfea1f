/**
 * Corrupted and older settings in storage.sync: the model page still gets its badge and the options page shows
 * what could be kept, defaults for the rest. (Field by field: tests/unit/settings/migrate.test.ts and the
 * migrateSettings property in tests/unit/fuzz/parsers.test.ts; cache pressure: tests/unit/storage.)
 */
import { test, expect, badge, type ExtensionApi } from './support/fixtures';
import type { Extension } from './support/launch';

const PAGE = 'https://huggingface.co/google-bert/bert-base-uncased';

async function storeSettings(ext: Extension, settings: unknown) {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
    await chrome.storage.sync.set({ settings: value });
  }, settings);
  await page.close();
}

const garbage = [
  ['a string', 'osaid;mof'],
  ['an array', [1, 2, 3]],
  ['wrong types everywhere', { version: 'x', policy: 42, toggles: 'nope', hubs: [1], dim: null, listingBadges: 'no' }],
  ['prototype keys', JSON.parse('{"__proto__":{"policy":"mof"},"constructor":{"hubs":{"huggingface":false}}}')],
] as const;

for (const [name, value] of garbage) {
  test(`settings that are ${name}: the badge still comes, and the options page shows the defaults`, async ({
    page,
    ext,
  }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await storeSettings(ext, value);
    await page.goto(PAGE);
    const b = badge(page);
    await expect(b).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
    await expect(b).toContainText('OSAID'); // the default definition leads
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.locator('input[name="preset"][value="strict"]')).toBeChecked();
    await expect(options.locator('input[name="listingBadges"]')).toBeChecked();
    await expect(options.locator('input[name="hub-huggingface"]')).toBeChecked();
    expect(errors).toEqual([]);
  });
}

test('older, partly corrupted settings keep what is valid: MOF stays the lead definition', async ({ page, ext }) => {
  // Version 0 had no version field; one toggle is garbage, the rest is fine.
  await storeSettings(ext, { policy: 'mof', toggles: { inheritFromBase: 'yes', openWeightsCaps: true } });
  await page.goto(PAGE);
  await expect(badge(page)).toHaveAttribute('data-stage', 'enriched', { timeout: 15_000 });
  await expect(badge(page)).toContainText('MOF');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.locator('input[name="preset"][value="mof"]')).toBeChecked();
  await expect(options.locator('input[name="openWeightsCaps"]')).toBeChecked();
  await expect(options.locator('input[name="inheritFromBase"]')).toBeChecked();
});
