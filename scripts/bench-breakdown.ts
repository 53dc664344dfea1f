/**
 * How long the breakdown takes to open on a cold click, in Chromium and Firefox, with and without a page policy
 * that forbids every script: the breakdown's code is a chunk the content script imports on the first opening
 * (docs/ARCHITECTURE.md, Chunks). Each run is a fresh browser (nothing of the extension's cached), a model page of
 * the recorded hub, its badge enriched, then one click dispatched straight on the badge — no pointer over it first,
 * so nothing was preloaded — timed in the page until the breakdown is in the document and a frame has been drawn.
 *
 *   npm run bench:breakdown -- [--runs N] [--json]     (builds both packages first unless --no-build)
 */
import { execSync } from 'node:child_process';
import { launchDriver, type Engine } from '../tests/e2e/support/driver';
import { HUB_DIR } from '../tests/e2e/support/launch';
import { recordedHubResponse } from './recorded-hub';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 10;
const MODEL = 'https://huggingface.co/google-bert/bert-base-uncased';
const STRICT = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'";

/** Clicks the badge from the page and resolves with the ms until the breakdown is drawn (source text: see driver). */
const CLICK_AND_TIME = `() => new Promise((resolve, reject) => {
  const host = document.querySelector('openness-lens[data-kind="badge"]');
  const root = host && host.shadowRoot;
  const badge = root && root.querySelector('[data-testid="ol-badge"]');
  if (!badge) return reject(new Error('no badge'));
  const start = performance.now();
  const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
  if (root.querySelector('[data-testid="ol-breakdown"]')) return reject(new Error('already open'));
  new MutationObserver((_, observer) => {
    if (!root.querySelector('[data-testid="ol-breakdown"]')) return;
    observer.disconnect();
    done();
  }).observe(root, { childList: true, subtree: true });
  badge.click();
  setTimeout(() => reject(new Error('no breakdown after 5 s')), 5000);
})`;

async function coldClick(engine: Engine, policy: string | undefined): Promise<number> {
  const driver = await launchDriver(engine);
  try {
    if (policy)
      await driver.route(MODEL, async (request) => {
        const answer = await recordedHubResponse(HUB_DIR, request.url);
        return { ...answer, headers: { ...answer.headers, 'content-security-policy': policy } };
      });
    const tab = await driver.newTab();
    await tab.goto(MODEL);
    const deadline = Date.now() + 15_000;
    while ((await tab.read('[data-testid="ol-badge"]'))?.attrs['data-stage'] !== 'enriched') {
      if (Date.now() > deadline) throw new Error(`${engine}: the badge was never enriched`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return await tab.evaluate(new Function(`return (${CLICK_AND_TIME})()`) as () => Promise<number>, null);
  } finally {
    await driver.close();
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function main() {
  if (!args.includes('--no-build')) execSync('npx wxt build && npx wxt build -b firefox', { stdio: 'ignore' });
  const rows: { engine: Engine; policy: string; median: number; p95: number; runs: number[] }[] = [];
  for (const engine of ['chromium', 'firefox'] as const) {
    for (const [policy, header] of [
      ['none', undefined],
      ['forbids every script', STRICT],
    ] as const) {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldClick(engine, header));
      rows.push({ engine, policy, median: percentile(runs, 50), p95: percentile(runs, 95), runs });
    }
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({ runs: RUNS, results: rows }, null, 2));
    return;
  }
  console.log(`Breakdown on a cold click, ${RUNS} runs each (ms from the click to the drawn breakdown)`);
  for (const row of rows)
    console.log(
      `${row.engine.padEnd(9)} page policy: ${row.policy.padEnd(21)} median ${row.median.toFixed(1).padStart(6)}  p95 ${row.p95.toFixed(1).padStart(6)}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
