/**
 * The CPU time a page's renderer main thread spends running script, from a Chrome trace: every top-level script
 * task (the content script's evaluation with its compile, function calls from events, timers, observers, extension
 * messages, promise continuations) is counted with the thread CPU time the trace records for it (`tdur`), nested
 * work (DOM and extension API calls, forced style) included. CPU time, not wall-clock, so time the thread sat
 * descheduled while other processes ran does not count.
 *
 * The recorded hub's pages run no script of their own, so on them this is the extension's time (and the same pass
 * without the extension reads about 0.4 ms: Blink's own microtask checkpoints). On a page with scripts of its own (a
 * saved real page), the extension's part is the difference from the same page traced without the extension (the
 * page runs in ./bench.ts). Nothing else may run script in the page while it is traced: no init scripts, no
 * `page.evaluate`, no Playwright locators.
 *
 * Also the thread's whole CPU time (every task: parsing, style, layout and paint too). Against the same page without
 * the extension it gives everything the extension costs the thread, the style and layout its badge causes included.
 */
import type { Page } from '@playwright/test';

// `disabled-by-default-v8.compile` carries the main-thread ends of a module's off-thread compile.
const CATEGORIES = ['toplevel', 'v8.execute', 'devtools.timeline', 'disabled-by-default-v8.compile', '__metadata'];
const SCRIPT_TASKS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'v8.callFunction',
  'v8.run',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'IntersectionObserverController::computeIntersections',
  // A module script (the Chrome build's content scripts): the main-thread ends of its off-thread compile, and its run.
  'v8.streamingCompile.start',
  'v8.streamingCompile.complete',
  'v8.compileModule',
  'v8.evaluateModule',
]);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; beginData?: { url?: string }; data?: { url?: string } };
}

export interface MainThreadCpu {
  /** Top-level script tasks (ms). */
  script: number;
  /** Every task (ms). */
  total: number;
}

/** A measurement that could not be taken: missing, not cheap. */
export const MISSING_CPU: MainThreadCpu = { script: NaN, total: NaN };

/** CPU time on the main thread of the renderer that parsed `url`, while `action` runs. */
export async function mainThreadCpu(page: Page, url: string, action: () => Promise<void>): Promise<MainThreadCpu> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();

  const parsed = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parsed) return MISSING_CPU;
  const main = events.find(
    (e) => e.pid === parsed.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const onMain = events.filter((e) => e.pid === parsed.pid && e.tid === main && e.ph === 'X' && e.dur);
  const total = onMain
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask')
    .reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0);
  const tasks = onMain.filter((e) => SCRIPT_TASKS.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Count only outermost tasks: a function call inside an event dispatch is already in the dispatch's time.
  let micros = 0;
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    end = task.ts + task.dur!;
    micros += task.tdur ?? task.dur!;
  }
  return { script: micros / 1000, total: total / 1000 };
}
