/**
 * `npm run bench`: what Openness Lens costs a person browsing the hub, measured in real Chromium with the built
 * extension on the recorded hub, with a simulated latency per hub request.
 *
 *   npm run bench -- [--runs N] [--latency MS] [--json] [--pages DIR] [--no-build] [--compare-loader]
 *
 * Each run starts a fresh browser and lets it settle (the service worker started, as when a user opens a hub page
 * in a browser that has been running a moment), then opens the hub's first page: the extension's code is cold.
 *
 * Model page: time to the first and the enriched badge, requests before the first badge and in total, the
 * extension's main-thread time (script CPU time from a trace — see ./bench-trace.ts — and a CPU profile of its
 * functions) and long tasks; the main-thread time again for the next model page in the same tab, code warm.
 * Listings of 30 and 100 cards: time until every card in the viewport has its badge, model-record and all hub
 * requests, requests on a warm revisit, main-thread time per card, long tasks while scrolling. The engine:
 * microseconds per `assess`. Bundle sizes, minified and gzip, and the store zips.
 *
 * Pages (the model page, the 30-card listing, and every saved real page under `--pages DIR`, as
 * `DIR/<host>/<path>.html`), each round in a browser with the extension and one without, offline (requests to other
 * hosts aborted at once): the extension's share of the page's main thread — its script CPU (with − without) ÷ the
 * page's own main-thread CPU without it, paired within a round, so a slow spell of the shared machine scales both —
 * its first badge after DOMContentLoaded, and the page-load ratio.
 *
 * `--compare-loader` measures only the pages, the model page and the saved real pages, with the Chrome build with
 * and without the module loader (modules/module-content-scripts.ts), and applies the rule that decides it.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchExtension, HUB_DIR, type Extension } from '../tests/e2e/support/launch';
import { medianAssessMicros } from './bench-assess';
import { MISSING_CPU, mainThreadCpu, type MainThreadCpu } from './bench-trace';
import { contentScriptFiles } from './content-script-files';
import { LOADER_SWITCH } from '../modules/module-content-scripts';
import { REFERENCE_PAGE_OWN_MS, atReferenceSpeed, budgetRows, slowdown } from './bench-speed';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const RUNS = Math.max(1, Number(flag('--runs', '10')));
const LATENCY = Number(flag('--latency', '80'));
const JSON_OUT = args.includes('--json');
const EXTRA_PAGES = args.includes('--pages') ? path.resolve(flag('--pages', '')) : undefined;
const log = (...m: unknown[]) => (JSON_OUT ? console.error(...m) : console.log(...m));

/** How long a fresh browser is left to start the extension before the first page is opened. */
const SETTLE_MS = 2_000;
/** Long enough for a page's lookups to finish at the chosen latency (the CPU passes cannot watch the page). */
const SETTLE_PAGE_MS = 1_500 + 10 * LATENCY;
const BENCH_HUB = path.resolve('bench-out/hub');
const MODEL_PAGE = 'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct';
const NEXT_MODEL_PAGE = 'https://huggingface.co/google-bert/bert-base-uncased';
// A collection page: a listing of model cards, as the hub has them (a two-segment path would be a model page).
const listingUrl = (n: number) => `https://huggingface.co/collections/bench/models-${n}`;

// ---------- statistics ----------
/** The machine's slowdown against the budgets' reference, and the extension's main-thread times at that speed. */
function speedSummary(pageOwnMs: number, measuredMs: Record<string, number>) {
  const factor = slowdown(pageOwnMs);
  return {
    pageOwnMs,
    referencePageOwnMs: REFERENCE_PAGE_OWN_MS,
    slowdown: round(factor),
    atReferenceSpeedMs: Object.fromEntries(
      Object.entries(measuredMs).map(([name, ms]) => [name, round(atReferenceSpeed(ms, factor))]),
    ),
  };
}

const quantile = (values: number[], q: number) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const stats = (values: number[]) => ({ median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)) });
const round = (n: number) => Math.round(n * 100) / 100;

// ---------- the recorded hub for the benchmark: the test fixtures plus generated 30- and 100-card listings ----------
function prepareHub(): void {
  rmSync(BENCH_HUB, { recursive: true, force: true });
  cpSync(HUB_DIR, BENCH_HUB, { recursive: true });
  const api = path.join(BENCH_HUB, 'huggingface.co/api/models/bench');
  mkdirSync(api, { recursive: true });
  const templates = readdirSync(path.join(HUB_DIR, 'huggingface.co/api/models/listing-only')).filter((f) =>
    f.endsWith('.json'),
  );
  const listing = readFileSync(path.join(HUB_DIR, 'huggingface.co/models.html'), 'utf8');
  const head = listing.slice(0, listing.indexOf('<article'));
  const tail = listing.slice(listing.lastIndexOf('</article>') + '</article>'.length);
  const card = (id: string) =>
    `<article class="overview-card-wrapper group/repo"><a class="block p-2" href="/${id}"><header class="flex items-center mb-0.5" title="${id}"><h4 class="text-md truncate font-mono">${id}</h4></header><div class="text-sm">Text Generation · <time datetime="2026-10-01T00:00:00.000Z">Oct 1</time></div></a></article>`;
  for (const n of [30, 100]) {
    const ids = Array.from({ length: n }, (_, i) => `bench/model-${n}-${i}`);
    ids.forEach((id, i) => {
      const record = JSON.parse(
        readFileSync(
          path.join(HUB_DIR, 'huggingface.co/api/models/listing-only', templates[i % templates.length]!),
          'utf8',
        ),
      );
      Object.assign(record, { id, modelId: id, _id: `bench-${n}-${i}`, author: 'bench' });
      writeFileSync(path.join(api, `${id.split('/')[1]}.json`), JSON.stringify(record));
    });
    const dir = path.join(BENCH_HUB, 'huggingface.co/collections/bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `models-${n}.html`), head + ids.map(card).join('\n') + tail);
  }
}

// ---------- in-page probes (page world; our shadow roots are open, so the page can read them) ----------
function probes() {
  const w = window as unknown as { __ol: { first?: number; enriched?: number; longTasks: number[] } };
  w.__ol = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__ol.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long-task timing unavailable: reported as none.
  }
  const check = () => {
    const host = document.querySelector('openness-lens[data-kind="badge"]');
    const badge = host?.shadowRoot?.querySelector('[data-testid="ol-badge"]');
    if (badge && w.__ol.first === undefined) w.__ol.first = performance.now();
    if (badge?.getAttribute('data-stage') === 'enriched' && w.__ol.enriched === undefined)
      w.__ol.enriched = performance.now();
    for (const h of document.querySelectorAll('openness-lens'))
      if (h.shadowRoot && !(h as unknown as { __watched?: boolean }).__watched) {
        (h as unknown as { __watched?: boolean }).__watched = true;
        new MutationObserver(check).observe(h.shadowRoot, { subtree: true, childList: true, attributes: true });
      }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

/**
 * The extension's main-thread time while `action` runs: a CPU profile sampled every millisecond, summing the
 * samples whose running function is one of the extension's (`chrome-extension://` scripts). The DOM and extension
 * API calls those functions make count with them. It is wall-clock sampling, so time the main thread sat
 * descheduled inside our code (other processes busy on a 2-core machine) counts too: an upper bound.
 */
async function extensionMainThread(page: Page, action: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const ext = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (ext.has(id)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

async function timing(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const w = window as unknown as { __ol?: { first?: number; enriched?: number; longTasks: number[] } };
    return {
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      timeOrigin: performance.timeOrigin,
      first: w.__ol?.first,
      enriched: w.__ol?.enriched,
      longTasks: w.__ol?.longTasks ?? [],
    };
  });
}

/**
 * tsx (esbuild) wraps named functions in `__name(...)`; functions serialised into the page need the helper there.
 */
async function newProbedPage(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  await page.addInitScript(probes);
  return page;
}

// ---------- scenarios ----------
/** A fresh browser with the extension (or without), left to settle before the first page opens. */
async function settledExtension(withExtension = true): Promise<Extension> {
  const ext = await launchExtension({ hubDir: BENCH_HUB, latencyMs: LATENCY, withExtension });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return ext;
}

const enriched = () => (window as unknown as { __ol: { enriched?: number } }).__ol.enriched !== undefined;

const pageBadgeStage = (page: Page) =>
  page.locator('openness-lens[data-kind="badge"]').getByTestId('ol-badge').getAttribute('data-stage');

/**
 * Main-thread CPU time of the first model page of a settled browser, then of the next model page in the same tab.
 * A run whose badge did not reach its enriched stage in the time allowed counts as missing (NaN), not as cheap.
 */
async function modelPageCpu() {
  const ext = await settledExtension();
  try {
    const page = await ext.context.newPage();
    const visit = async (url: string) => {
      const cpu = await mainThreadCpu(page, url, async () => {
        await page.goto(url);
        await page.waitForTimeout(SETTLE_PAGE_MS);
      });
      return (await pageBadgeStage(page)) === 'enriched' ? cpu : MISSING_CPU;
    };
    return { first: await visit(MODEL_PAGE), next: await visit(NEXT_MODEL_PAGE) };
  } finally {
    await ext.close();
  }
}

/** The same first model page in a settled browser without the extension: its main thread's whole CPU time. */
async function modelPageCpuWithout() {
  const browser = await settledExtension(false);
  try {
    const page = await browser.context.newPage();
    const cpu = await mainThreadCpu(page, MODEL_PAGE, async () => {
      await page.goto(MODEL_PAGE);
      await page.waitForTimeout(SETTLE_PAGE_MS);
    });
    return cpu.total;
  } finally {
    await browser.close();
  }
}

async function modelPageRun() {
  const cpu = await modelPageCpu();
  const withoutTotalMs = await modelPageCpuWithout();
  const ext = await settledExtension();
  try {
    const page = await newProbedPage(ext);
    const requestTimes: number[] = [];
    ext.context.on('request', (r) => {
      if (r.url().startsWith('https://huggingface.co/') && r.resourceType() !== 'document')
        requestTimes.push(Date.now());
    });
    const profileMs = await extensionMainThread(page, async () => {
      await page.goto(MODEL_PAGE);
      await page.waitForFunction(enriched, null, { timeout: 20_000 });
    });
    const t = await timing(page);
    const firstAt = t.timeOrigin + (t.first ?? NaN);
    return {
      firstBadgeMs: t.first ?? NaN,
      firstBadgeAfterDclMs: (t.first ?? NaN) - t.dcl,
      enrichedBadgeMs: t.enriched ?? NaN,
      requestsBeforeFirstBadge: requestTimes.filter((at) => at < firstAt).length,
      requestsTotal: requestTimes.filter((at) => at < t.timeOrigin + (t.enriched ?? NaN)).length,
      extensionMainThreadMs: cpu.first.script,
      nextPageMainThreadMs: cpu.next.script,
      mainThreadTotalWithMs: cpu.first.total,
      mainThreadTotalWithoutMs: withoutTotalMs,
      extensionCpuProfileMs: profileMs,
      longTasks: t.longTasks.length,
      loadMs: t.load,
    };
  } finally {
    await ext.close();
  }
}

/** Script CPU time per badged card on a listing of `n` cards, scrolled to its end with the mouse wheel. */
async function listingCpuPerCard(n: number) {
  const ext = await settledExtension();
  try {
    const page = await ext.context.newPage();
    const { script: ms } = await mainThreadCpu(page, listingUrl(n), async () => {
      await page.goto(listingUrl(n));
      await page.waitForTimeout(SETTLE_PAGE_MS);
      for (let step = 0; step < n; step++) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(30);
      }
      await page.waitForTimeout(SETTLE_PAGE_MS);
    });
    const states = await page
      .locator('article.overview-card-wrapper openness-lens')
      .getByTestId('ol-card-badge')
      .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-state')));
    const badged = states.filter((s) => s === 'assessed' || s === 'unknown').length;
    return badged === n ? ms / badged : NaN;
  } finally {
    await ext.close();
  }
}

/** Scrolls a listing to its end a screenful at a time, so every card nears the viewport. */
const scrollToEnd = (page: Page) =>
  page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });

async function listingRun(n: number) {
  const cpuPerCard = await listingCpuPerCard(n);
  const ext = await settledExtension();
  try {
    const page = await newProbedPage(ext);
    const api: string[] = [];
    ext.context.on('request', (r) => {
      if (r.url().startsWith('https://huggingface.co/api/')) api.push(r.url());
    });
    await page.goto(listingUrl(n));
    await page.waitForFunction(
      () => {
        const cards = [...document.querySelectorAll('article.overview-card-wrapper')].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        });
        const done = cards.every((c) => {
          const state = c
            .querySelector('openness-lens')
            ?.shadowRoot?.querySelector('[data-testid="ol-card-badge"]')
            ?.getAttribute('data-state');
          return state === 'assessed' || state === 'unknown';
        });
        if (done && cards.length) (window as unknown as { __olAll?: number }).__olAll ??= performance.now();
        return done && cards.length > 0;
      },
      null,
      { timeout: 30_000, polling: 10 },
    );
    const allVisibleMs = await page.evaluate(() => (window as unknown as { __olAll: number }).__olAll);
    // Scroll to the end so every card is looked up, then wait for all of them.
    await scrollToEnd(page);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('article.overview-card-wrapper')].every((c) =>
          /assessed|unknown/.test(
            c
              .querySelector('openness-lens')
              ?.shadowRoot?.querySelector('[data-testid="ol-card-badge"]')
              ?.getAttribute('data-state') ?? '',
          ),
        ),
      null,
      { timeout: 60_000 },
    );
    const badged = await page.locator('article.overview-card-wrapper openness-lens').count();
    const t = await timing(page);
    const modelRecords = api.filter((u) => /\/api\/models\/[^/?]+(\/[^/?]+)?$/.test(u.split('?')[0]!)).length;
    const firstVisit = api.length;
    const warm = await newProbedPage(ext);
    await warm.goto(listingUrl(n));
    await scrollToEnd(warm);
    await warm.waitForTimeout(500);
    return {
      allBadgesMs: allVisibleMs,
      modelRecordRequests: modelRecords,
      hubRequests: firstVisit,
      warmRequests: api.length - firstVisit,
      extensionMainThreadMsPerCard: cpuPerCard,
      longTasksWhileScrolling: t.longTasks.length,
      cards: badged,
    };
  } finally {
    await ext.close();
  }
}

/** One page in one browser: what the probes saw, and what the trace counted. */
interface PageVisit {
  load: number;
  /** How long after DOMContentLoaded the model badge appeared; NaN without one (a listing, or no extension). */
  badgeAfterDcl: number;
  cpu: MainThreadCpu;
}

/**
 * Each page twice in the browser `ext`, each time in a new tab: first traced, with nothing of ours in the page (see
 * ./bench-trace.ts), then with the probes, for its load time and its first badge. The first page is the browser's
 * first, so the first traced visit is cold.
 */
async function visitPages(ext: Extension, urls: string[], withExtension: boolean): Promise<PageVisit[]> {
  const out: PageVisit[] = [];
  for (const url of urls) {
    const traced = await ext.context.newPage();
    const cpu = await mainThreadCpu(traced, url, async () => {
      await traced.goto(url);
      await traced.waitForTimeout(SETTLE_PAGE_MS);
    });
    await traced.close();
    const page = await newProbedPage(ext);
    await page.goto(url, { waitUntil: 'load' });
    const badged =
      withExtension &&
      (await page
        .waitForFunction(() => (window as unknown as { __ol: { first?: number } }).__ol.first !== undefined, null, {
          timeout: 3000,
        })
        .then(
          () => true,
          () => false,
        ));
    const t = await timing(page);
    out.push({ load: t.load, badgeAfterDcl: badged ? t.first! - t.dcl : NaN, cpu });
    await page.close();
  }
  return out;
}

/** A built extension to measure: its name in the report and its directory. */
interface Build {
  name: string;
  dir: string;
}

/** One page's runs with one build, each against the same run's browser without the extension. */
interface PageRuns {
  loadRatio: number[];
  badgeAfterDcl: number[];
  /** The extension's script CPU (with − without), ms. */
  extensionScriptMs: number[];
  /** The page's own main-thread CPU, every task, without the extension, ms. */
  pageOwnMs: number[];
  /** Extension script CPU ÷ the page's own main-thread CPU. */
  share: number[];
  /** (Whole main thread with − without) ÷ without: everything the extension costs the thread, style and layout too. */
  wholeThreadShare: number[];
}

/**
 * `RUNS` rounds; in each, a fresh browser per build and one without the extension, each opening every page (the
 * builds in turn, so a slow spell of the shared machine falls on all of them). Every figure of a run is paired with
 * the same round's browser without the extension.
 */
async function pageRuns(builds: Build[], urls: string[]): Promise<Record<string, Record<string, PageRuns>>> {
  const out: Record<string, Record<string, PageRuns>> = {};
  const launch = (build?: Build) =>
    launchExtension({
      hubDir: BENCH_HUB,
      latencyMs: LATENCY,
      offline: true,
      withExtension: build !== undefined,
      ...(build ? { extensionDir: build.dir } : {}),
    });
  for (let run = 0; run < RUNS; run++) {
    log(`  round ${run + 1}/${RUNS}`);
    const visits: { build: Build; pages: PageVisit[] }[] = [];
    for (const build of builds) {
      const ext = await launch(build);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      visits.push({ build, pages: await visitPages(ext, urls, true) });
      await ext.close();
    }
    const bare = await launch();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const without = await visitPages(bare, urls, false);
    await bare.close();
    for (const { build, pages } of visits)
      urls.forEach((url, i) => {
        const w = pages[i]!;
        const o = without[i]!;
        const row = ((out[build.name] ??= {})[url] ??= {
          loadRatio: [],
          badgeAfterDcl: [],
          extensionScriptMs: [],
          pageOwnMs: [],
          share: [],
          wholeThreadShare: [],
        });
        const extensionScript = w.cpu.script - o.cpu.script;
        row.loadRatio.push(w.load / o.load);
        row.badgeAfterDcl.push(w.badgeAfterDcl);
        row.extensionScriptMs.push(extensionScript);
        row.pageOwnMs.push(o.cpu.total);
        row.share.push(extensionScript / o.cpu.total);
        row.wholeThreadShare.push((w.cpu.total - o.cpu.total) / o.cpu.total);
      });
  }
  return out;
}

/** A build's page runs summarised: per page, and over the saved real pages together. */
function summarisePages(runs: Record<string, PageRuns>, realPages: string[]) {
  const summary = (r: PageRuns) => ({
    sharePercent: stats(r.share.map((x) => 100 * x)),
    wholeThreadSharePercent: stats(r.wholeThreadShare.map((x) => 100 * x)),
    extensionScriptMs: stats(r.extensionScriptMs),
    pageOwnMs: stats(r.pageOwnMs),
    // A page without a model badge (a listing) reads null.
    firstBadgeAfterDomContentLoadedMs: stats(r.badgeAfterDcl),
    loadRatio: stats(r.loadRatio),
  });
  const real = realPages.map((url) => runs[url]!).filter(Boolean);
  const pooled: PageRuns = {
    loadRatio: real.flatMap((r) => r.loadRatio),
    badgeAfterDcl: real.flatMap((r) => r.badgeAfterDcl),
    extensionScriptMs: real.flatMap((r) => r.extensionScriptMs),
    pageOwnMs: real.flatMap((r) => r.pageOwnMs),
    share: real.flatMap((r) => r.share),
    wholeThreadShare: real.flatMap((r) => r.wholeThreadShare),
  };
  return {
    pages: Object.fromEntries(Object.entries(runs).map(([url, r]) => [url, summary(r)])),
    // Every run of every saved real page together (medians and p95 over them all).
    realPages: real.length ? summary(pooled) : null,
    loadRatio: stats(Object.values(runs).flatMap((r) => r.loadRatio)),
  };
}

function extraPages(): string[] {
  if (!EXTRA_PAGES || !existsSync(EXTRA_PAGES)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.html')) {
        const rel = path.relative(EXTRA_PAGES, full).replace(/\.html$/, '');
        const target = path.join(BENCH_HUB, `${rel}.html`);
        mkdirSync(path.dirname(target), { recursive: true });
        cpSync(full, target);
        out.push(`https://${rel}`);
      }
    }
  };
  walk(EXTRA_PAGES);
  return out;
}

function bundleSizes() {
  const dir = path.resolve('.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const size = (files: string[]) => {
    const bytes = files.map((f) => readFileSync(path.join(dir, f)));
    return { bytes: bytes.reduce((s, b) => s + b.length, 0), gzip: bytes.reduce((s, b) => s + gzipSync(b).length, 0) };
  };
  const contentScripts = manifest.content_scripts as { js: string[]; matches: string[] }[];
  const hfScript = contentScripts.find((c) => c.matches.includes('https://huggingface.co/*'))!.js;
  const script = (js: string[]) => size(contentScriptFiles(dir, js));
  const chunks = readdirSync(path.join(dir, 'chunks')).map((f) => `chunks/${f}`);
  const entry = (name: string) => chunks.filter((f) => f.startsWith(`chunks/${name}-`));
  const out: Record<string, { bytes: number; gzip: number }> = {
    contentScript: script(hfScript),
    ...Object.fromEntries(
      contentScripts
        .filter((c) => c.js !== hfScript)
        .map((c) => [`contentScript ${new URL(c.matches[0]!.replace('*', 'x')).hostname}`, script(c.js)]),
    ),
    background: size(['background.js']),
    popup: size(entry('popup')),
    options: size(entry('options')),
    method: size(entry('method')),
    sharedChunks: size(chunks.filter((f) => !/^chunks\/(popup|options|method)-/.test(f))),
  };
  const zips = existsSync('.output') ? readdirSync('.output').filter((f) => f.endsWith('.zip')) : [];
  const zipSizes = Object.fromEntries(zips.map((z) => [z, statSync(path.join('.output', z)).size]));
  return { entries: out, zips: zipSizes };
}

/** A page's URL shortened for the table. */
const pageLabel = (url: string) => {
  const s = url.replace('https://', '');
  return s.length <= 40 ? s : `${s.slice(0, 18)}…${s.slice(-21)}`;
};

/** Table rows for one build's page runs. */
function pageRows(summary: ReturnType<typeof summarisePages>, prefix = ''): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const add = (label: string, p: ReturnType<typeof summarisePages>['realPages'] & object) =>
    rows.push(
      [
        `${prefix}${label}: extension script ÷ page's own main thread (%)`,
        `${p.sharePercent.median}`,
        `${p.sharePercent.p95}`,
      ],
      [
        `${prefix}${label}: extension script / page's own (ms)`,
        `${p.extensionScriptMs.median} / ${p.pageOwnMs.median}`,
        '',
      ],
      [
        `${prefix}${label}: whole thread with ÷ without − 1 (%)`,
        `${p.wholeThreadSharePercent.median}`,
        `${p.wholeThreadSharePercent.p95}`,
      ],
      [
        `${prefix}${label}: first badge after DCL (ms)`,
        `${p.firstBadgeAfterDomContentLoadedMs.median}`,
        `${p.firstBadgeAfterDomContentLoadedMs.p95}`,
      ],
      [`${prefix}${label}: page load with ÷ without`, `${p.loadRatio.median}`, `${p.loadRatio.p95}`],
    );
  for (const [url, p] of Object.entries(summary.pages)) add(pageLabel(url), p);
  if (summary.realPages) add('all saved real pages', summary.realPages);
  return rows;
}

const printRows = (rows: [string, string, string][]) => {
  const width = Math.max(60, ...rows.map(([a]) => a.length));
  console.log(`\n${'measure'.padEnd(width)} ${'median'.padStart(12)} ${'p95'.padStart(10)}`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(width)} ${b.padStart(12)} ${c.padStart(10)}`);
};

/** Builds the Chrome extension with the module loader switched `on` or `off` into its own directory. */
function buildVariant(loader: 'on' | 'off'): Build {
  const dir = path.resolve(`bench-out/extensions/module-loader-${loader}`);
  execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, [LOADER_SWITCH]: loader } });
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.resolve('.output/chrome-mv3'), dir, { recursive: true });
  return { name: `module loader ${loader}`, dir };
}

/**
 * `--compare-loader`: the page runs only, with the Chrome build with and without the module loader
 * (modules/module-content-scripts.ts), and the rule that decides between them on the saved real pages: keep the
 * loader only if the median share falls with it and its first badge's p95 stays within 100 ms of DOMContentLoaded.
 */
async function compareLoader(urls: string[], realPages: string[]) {
  const builds = [buildVariant('off'), buildVariant('on')];
  // Leave `.output/chrome-mv3` as the default build, as every other script expects.
  execSync('npx wxt build', { stdio: 'ignore' });
  log(`Pages with the module loader off and on, and without the extension × ${RUNS} (latency ${LATENCY} ms)…`);
  const runs = await pageRuns(builds, urls);
  const summaries = Object.fromEntries(builds.map((b) => [b.name, summarisePages(runs[b.name]!, realPages)]));
  const off = summaries[builds[0]!.name]!.realPages;
  const on = summaries[builds[1]!.name]!.realPages;
  const decision =
    off && on
      ? {
          shareFalls: on.sharePercent.median < off.sharePercent.median,
          firstBadgeP95WithinBudget: on.firstBadgeAfterDomContentLoadedMs.p95 <= 100,
          keepLoader:
            on.sharePercent.median < off.sharePercent.median && on.firstBadgeAfterDomContentLoadedMs.p95 <= 100,
        }
      : null;
  const result = { runs: RUNS, latencyMs: LATENCY, builds: summaries, decision };
  if (JSON_OUT) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  printRows(builds.flatMap((b) => pageRows(summaries[b.name]!, `${b.name}, `)));
  if (decision)
    console.log(
      `\nOn the saved real pages: median share ${decision.shareFalls ? 'falls' : 'does not fall'} with the loader; ` +
        `its first badge's p95 is ${decision.firstBadgeP95WithinBudget ? 'within' : 'over'} 100 ms of DOMContentLoaded. ` +
        `Keep the loader: ${decision.keepLoader ? 'yes' : 'no'}.`,
    );
  else console.log('\nNo saved real pages (--pages DIR): no decision.');
}

async function main() {
  if (!args.includes('--no-build')) execSync('bash scripts/ensure-browsers.sh chromium', { stdio: 'ignore' });
  prepareHub();
  const pages = extraPages();
  const pageUrls = [MODEL_PAGE, listingUrl(30), ...pages];
  // The loader is decided on the saved real pages; the recorded model page is measured beside them, for reference.
  if (args.includes('--compare-loader')) return compareLoader([MODEL_PAGE, ...pages], pages);
  if (!args.includes('--no-build')) execSync('npx wxt zip && npx wxt zip -b firefox', { stdio: 'ignore' });

  log(`Model page × ${RUNS} (latency ${LATENCY} ms)…`);
  const model = [];
  for (let i = 0; i < RUNS; i++) model.push(await modelPageRun());
  const listings: Record<number, Awaited<ReturnType<typeof listingRun>>[]> = { 30: [], 100: [] };
  for (const n of [30, 100]) {
    log(`Listing of ${n} cards × ${RUNS}…`);
    for (let i = 0; i < RUNS; i++) listings[n]!.push(await listingRun(n));
  }
  log(`Pages with and without the extension × ${RUNS} (share of the main thread, first badge, load)…`);
  const built = { name: 'build', dir: path.resolve('.output/chrome-mv3') };
  const pageSummary = summarisePages((await pageRuns([built], pageUrls))[built.name]!, pages);
  const engine = await medianAssessMicros(path.resolve('tests/fixtures/hub'), 300);
  const bundles = bundleSizes();

  const pick = <T, K extends keyof T>(rows: T[], key: K) => rows.map((r) => Number(r[key]));
  const listingSummary = (rows: Awaited<ReturnType<typeof listingRun>>[]) => ({
    allBadgesMs: stats(pick(rows, 'allBadgesMs')),
    modelRecordRequests: Math.max(...pick(rows, 'modelRecordRequests')),
    hubRequests: Math.max(...pick(rows, 'hubRequests')),
    warmRequests: Math.max(...pick(rows, 'warmRequests')),
    extensionMainThreadMsPerCard: stats(pick(rows, 'extensionMainThreadMsPerCard')),
    longTasksWhileScrolling: stats(pick(rows, 'longTasksWhileScrolling')),
    cards: rows[0]?.cards ?? 0,
  });
  const result = {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    runs: RUNS,
    latencyMs: LATENCY,
    modelPage: {
      firstBadgeMs: stats(pick(model, 'firstBadgeMs')),
      firstBadgeAfterDomContentLoadedMs: stats(pick(model, 'firstBadgeAfterDclMs')),
      enrichedBadgeMs: stats(pick(model, 'enrichedBadgeMs')),
      requestsBeforeFirstBadge: Math.max(...pick(model, 'requestsBeforeFirstBadge')),
      requestsTotal: Math.max(...pick(model, 'requestsTotal')),
      extensionMainThreadMs: stats(pick(model, 'extensionMainThreadMs')),
      nextPageMainThreadMs: stats(pick(model, 'nextPageMainThreadMs')),
      // The renderer main thread's whole CPU time with and without the extension (its style and layout included).
      mainThreadTotalMs: {
        with: stats(pick(model, 'mainThreadTotalWithMs')),
        without: stats(pick(model, 'mainThreadTotalWithoutMs')),
      },
      extensionCpuProfileMs: stats(pick(model, 'extensionCpuProfileMs')),
      longTasks: stats(pick(model, 'longTasks')),
    },
    listing30: listingSummary(listings[30]!),
    listing100: listingSummary(listings[100]!),
    // This machine's speed against the one the time budgets were set on (./bench-speed.ts).
    speed: speedSummary(stats(pick(model, 'mainThreadTotalWithoutMs')).median, {
      modelPageMs: stats(pick(model, 'extensionMainThreadMs')).median,
      nextPageMs: stats(pick(model, 'nextPageMainThreadMs')).median,
      listing30PerCardMs: stats(pick(listings[30]!, 'extensionMainThreadMsPerCard')).median,
      listing100PerCardMs: stats(pick(listings[100]!, 'extensionMainThreadMsPerCard')).median,
    }),
    // The model page, the 30-card listing and every saved real page, each with the extension's script CPU as a share
    // of the page's own main-thread CPU (docs/PERFORMANCE.md, "Shares"), its first badge and its load time.
    pages: pageSummary,
    engine: { assessUs: engine },
    bundles: { contentScriptBytes: bundles.entries.contentScript!.bytes, ...bundles },
  };
  if (JSON_OUT) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const rows: [string, string, string][] = [
    [
      'model page: first badge (ms from navigation)',
      `${result.modelPage.firstBadgeMs.median}`,
      `${result.modelPage.firstBadgeMs.p95}`,
    ],
    [
      'model page: first badge after DOMContentLoaded (ms)',
      `${result.modelPage.firstBadgeAfterDomContentLoadedMs.median}`,
      `${result.modelPage.firstBadgeAfterDomContentLoadedMs.p95}`,
    ],
    [
      'model page: enriched badge (ms)',
      `${result.modelPage.enrichedBadgeMs.median}`,
      `${result.modelPage.enrichedBadgeMs.p95}`,
    ],
    [
      'model page: requests before first badge / total',
      `${result.modelPage.requestsBeforeFirstBadge} / ${result.modelPage.requestsTotal}`,
      '',
    ],
    [
      'model page: extension main-thread time, script CPU (ms)',
      `${result.modelPage.extensionMainThreadMs.median}`,
      `${result.modelPage.extensionMainThreadMs.p95}`,
    ],
    [
      'model page: time in extension functions, CPU profile (ms)',
      `${result.modelPage.extensionCpuProfileMs.median}`,
      `${result.modelPage.extensionCpuProfileMs.p95}`,
    ],
    [
      'next model page, same tab: main-thread time, script CPU (ms)',
      `${result.modelPage.nextPageMainThreadMs.median}`,
      `${result.modelPage.nextPageMainThreadMs.p95}`,
    ],
    [
      'model page: whole main-thread CPU with / without extension (ms)',
      `${result.modelPage.mainThreadTotalMs.with.median} / ${result.modelPage.mainThreadTotalMs.without.median}`,
      `${result.modelPage.mainThreadTotalMs.with.p95} / ${result.modelPage.mainThreadTotalMs.without.p95}`,
    ],
    ['model page: long tasks', `${result.modelPage.longTasks.median}`, `${result.modelPage.longTasks.p95}`],
  ];
  for (const [name, l] of [
    ['listing 30', result.listing30],
    ['listing 100', result.listing100],
  ] as const) {
    rows.push(
      [`${name}: all visible badges (ms)`, `${l.allBadgesMs.median}`, `${l.allBadgesMs.p95}`],
      [
        `${name}: model-record / all hub requests (${l.cards} cards)`,
        `${l.modelRecordRequests} / ${l.hubRequests}`,
        '',
      ],
      [`${name}: requests on a warm revisit`, `${l.warmRequests}`, ''],
      [
        `${name}: extension main-thread ms per card, script CPU`,
        `${l.extensionMainThreadMsPerCard.median}`,
        `${l.extensionMainThreadMsPerCard.p95}`,
      ],
      [
        `${name}: long tasks while scrolling`,
        `${l.longTasksWhileScrolling.median}`,
        `${l.longTasksWhileScrolling.p95}`,
      ],
    );
  }
  const factor = slowdown(result.speed.pageOwnMs);
  rows.push(
    [
      `machine: the model page's own main thread (ms; ${REFERENCE_PAGE_OWN_MS} when the budgets were set)`,
      `${result.speed.pageOwnMs}`,
      `× ${result.speed.slowdown}`,
    ],
    ...budgetRows(
      [
        { name: 'model page, script CPU', measured: result.modelPage.extensionMainThreadMs.median, budget: 16 },
        { name: 'next model page, script CPU', measured: result.modelPage.nextPageMainThreadMs.median, budget: 16 },
        { name: 'per card, 30 cards', measured: result.listing30.extensionMainThreadMsPerCard.median, budget: 1 },
        { name: 'per card, 100 cards', measured: result.listing100.extensionMainThreadMsPerCard.median, budget: 1 },
      ],
      factor,
    ),
    ['page-load ratio with/without the extension', `${result.pages.loadRatio.median}`, `${result.pages.loadRatio.p95}`],
    ...pageRows(result.pages),
    ['engine: µs per assess', `${result.engine.assessUs}`, ''],
  );
  for (const [name, b] of Object.entries(bundles.entries))
    rows.push([`bundle ${name} (bytes, gzip)`, `${b.bytes}`, `${b.gzip}`]);
  for (const [name, bytes] of Object.entries(bundles.zips)) rows.push([`zip ${name} (bytes)`, `${bytes}`, '']);
  printRows(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
