/**
 * `npm run demo`: builds the extension and opens Chromium with it on the recorded hub, offline.
 * `npm run demo -- --headless --out DIR` (or no display) writes PNG screenshots of a model page with its badge and
 * with its breakdown open, and says where.
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchExtension } from '../tests/e2e/support/launch';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'demo-out');
const headless = args.includes('--headless') || !process.env.DISPLAY;

const PAGES = [
  { name: 'llama-3.1-8b-instruct', url: 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct' },
  { name: 'bert-base-uncased', url: 'https://huggingface.co/google-bert/bert-base-uncased' },
];

async function main() {
  execSync('bash scripts/ensure-browsers.sh chromium', { stdio: 'inherit' });
  if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const ext = await launchExtension({ headless });
  if (!headless) {
    for (const { url } of PAGES) await (await ext.context.newPage()).goto(url);
    await (await ext.context.newPage()).goto('https://huggingface.co/models');
    console.log('Chromium is open on the recorded hub with Openness Lens loaded. Close the window to stop.');
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    return;
  }
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const { name, url } of PAGES) {
    const page = await ext.context.newPage();
    await page.goto(url);
    const badge = page.locator('openness-lens[data-kind="badge"]').getByTestId('ol-badge');
    await badge.and(page.locator('[data-stage="enriched"]')).waitFor({ timeout: 15_000 });
    const badgeShot = path.join(outDir, `${name}-badge.png`);
    await page.screenshot({ path: badgeShot, clip: { x: 0, y: 0, width: 1280, height: 400 } });
    await badge.click();
    await page.getByTestId('ol-panel').waitFor();
    const panelShot = path.join(outDir, `${name}-breakdown.png`);
    await page.screenshot({ path: panelShot, fullPage: false });
    written.push(badgeShot, panelShot);
    await page.close();
  }
  await ext.close();
  console.log(`Screenshots written to ${outDir}:`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
