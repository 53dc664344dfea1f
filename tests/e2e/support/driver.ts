/**
 * One small driver for the user journeys (tests/e2e/journeys), implemented for Chromium (Playwright) and for Firefox
 * (puppeteer-core over WebDriver BiDi), so a journey is written once and runs in both. It speaks in what a user does
 * and sees: open a tab, read what an element shows, click it, press a key, open the options page or the popup; plus
 * what a test must arrange or observe: the hub's answers and requests, and whether the background is loaded.
 *
 * Selectors are CSS, looked up through open shadow roots (the badge lives in one), first match in document order.
 */
import type { BrowserContext, Page as PwPage, Route } from '@playwright/test';
import type { Page as PpPage } from 'puppeteer-core';
import { launchExtension, type Extension } from './launch';
import { resetExtension } from './fixtures';
import { launchFirefox, type FirefoxExtension } from './firefox';
import type { HubAnswer, HubHandler } from './hub-proxy';
import { CLEAR_CACHE } from '../../../lib/protocol/constants';

export type Engine = 'chromium' | 'firefox';
export type { HubAnswer, HubHandler };

/** What an element shows. */
export interface Shown {
  text: string;
  attrs: Record<string, string>;
  /** Its computed colour and background colour. */
  color: string;
  background: string;
  /** Laid out with a size, and not hidden by `visibility`. */
  visible: boolean;
  focused: boolean;
}

/** An element: a CSS selector, optionally narrowed to the matches whose text contains `text`. */
export type Target = string | { css: string; text: string };

export interface Tab {
  goto(url: string): Promise<void>;
  /** What the first match shows, or null when there is none. */
  read(target: Target): Promise<Shown | null>;
  count(target: Target): Promise<number>;
  /** A real pointer click in the middle of the first match (scrolled into view first). */
  click(target: Target): Promise<void>;
  /** A real pointer click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  focus(target: Target): Promise<void>;
  press(key: 'Enter' | 'Escape' | ' '): Promise<void>;
  /** Picks an option of a <select> by value, as a user's choice does (input and change events). */
  select(target: Target, value: string): Promise<void>;
  scrollIntoView(target: Target): Promise<void>;
  /** Runs `fn` in the page (for extension pages: with the extension's API as `browser` or `chrome`). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  engine: Engine;
  newTab(): Promise<Tab>;
  /** An extension page (`options.html`, `popup.html?tabId=…`) in a tab of its own. */
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  /** The browser's id of the tab showing `url` (asked from an extension page). */
  tabIdOf(url: string): Promise<number>;
  /** Every hub request since the last reset, pages' and background's, in order. */
  hubRequests(): string[];
  clearHubRequests(): void;
  /** Answers `url` (query ignored) with `handler` for pages and background alike; returns the undo. */
  route(url: string, handler: HubHandler): Promise<() => Promise<void>>;
  /** Whether the extension's background (Chrome's service worker, Firefox's event page) is loaded now. */
  backgroundLoaded(): Promise<boolean>;
  /**
   * Lets the background go as the browser does when it is idle: Firefox unloads the event page after the test
   * profile's idle time-out (waited for here); Chromium's worker is stopped as Chrome stops it after 30 s idle.
   */
  unloadBackground(): Promise<void>;
  /** Settings and cache cleared, extra tabs closed, request log emptied. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** Firefox: the event page's idle time-out in the test profile (Firefox's default is 30 s). */
  backgroundIdleMs?: number;
  /** The system's colour scheme the pages see (default: light). */
  colorScheme?: 'light' | 'dark';
  /** The browser's interface language (default: English). */
  language?: 'zh-CN';
}

export async function launchDriver(engine: Engine, options: DriverOptions = {}): Promise<Driver> {
  return engine === 'chromium'
    ? chromiumDriver(await launchExtension({ colorScheme: options.colorScheme, language: options.language }))
    : firefoxDriver(await launchFirefox(options));
}

// ── In-page helpers, as source text so neither browser sees a transpiler's helpers. ──

const FIND = `(target) => {
  const css = typeof target === 'string' ? target : target.css;
  const text = typeof target === 'string' ? undefined : target.text;
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(css)) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return text === undefined ? all : all.filter((el) => (el.textContent || '').includes(text));
}`;

const READ = `(target) => {
  const el = (${FIND})(target)[0];
  if (!el) return null;
  const attrs = {};
  for (const a of el.attributes) attrs[a.name] = a.value;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  let active = document.activeElement;
  while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
  return {
    text: (el.textContent || '').replace(/\\s+/g, ' ').trim(),
    attrs,
    color: style.color,
    background: style.backgroundColor,
    visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
    focused: active === el,
  };
}`;

const CENTER = `(target) => {
  const el = (${FIND})(target)[0];
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}`;

const FOCUS = `(target) => { const el = (${FIND})(target)[0]; if (!el) return false; el.focus(); return true; }`;

const SELECT = `([target, value]) => {
  const el = (${FIND})(target)[0];
  if (!el) return false;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}`;

const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg)})`;
const describe = (target: Target) => (typeof target === 'string' ? target : `${target.css} "${target.text}"`);

/** What both implementations share: everything is a script evaluated in the page, plus pointer and keys. */
function tabOver(page: {
  evaluate: (expression: string) => Promise<unknown>;
  click: (x: number, y: number) => Promise<void>;
  press: (key: string) => Promise<void>;
  goto: (url: string) => Promise<void>;
  evaluateFn: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
  setViewport: (width: number, height: number) => Promise<void>;
  close: () => Promise<void>;
}): Tab {
  /** Acts on the first match, waiting up to 5 s for one to appear (as Playwright's locators do). */
  const must = async (fn: string, target: Target, arg: unknown = target) => {
    for (const deadline = Date.now() + 5_000; ; await sleep(100)) {
      const result = await page.evaluate(call(fn, arg));
      if (result !== null && result !== false) return result;
      if (Date.now() > deadline) throw new Error(`no element matches ${describe(target)}`);
    }
  };
  return {
    goto: page.goto,
    read: async (target) => (await page.evaluate(call(READ, target))) as Shown | null,
    count: async (target) => (await page.evaluate(`(${FIND})(${JSON.stringify(target)}).length`)) as number,
    click: async (target) => {
      const { x, y } = (await must(CENTER, target)) as { x: number; y: number };
      await page.click(x, y);
    },
    clickAt: page.click,
    focus: async (target) => void (await must(FOCUS, target)),
    press: page.press,
    select: async (target, value) => void (await must(SELECT, target, [target, value])),
    scrollIntoView: async (target) => void (await must(CENTER, target)),
    evaluate: page.evaluateFn,
    setViewport: page.setViewport,
    close: page.close,
  };
}

// ── Chromium, through Playwright ──

function chromiumTab(page: PwPage): Tab {
  return tabOver({
    evaluate: (expression) => page.evaluate(expression),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
    goto: async (url) => void (await page.goto(url)),
    evaluateFn: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  });
}

function chromiumDriver(ext: Extension): Driver {
  const context: BrowserContext = ext.context;
  const origin = `chrome-extension://${ext.extensionId}`;
  const driver: Driver = {
    engine: 'chromium',
    newTab: async () => chromiumTab(await context.newPage()),
    openExtensionPage: async (pathAndQuery) => {
      const page = await context.newPage();
      await page.goto(`${origin}/${pathAndQuery}`);
      return chromiumTab(page);
    },
    tabIdOf: (url) => tabIdFromExtensionPage(driver, url),
    hubRequests: () => ext.hubRequests.map((request) => request.url()),
    clearHubRequests: () => void (ext.hubRequests.length = 0),
    route: async (url, handler) => {
      const pattern = (u: URL) => u.href.split('?')[0] === url.split('?')[0];
      const held: Route[] = [];
      const onRoute = async (route: Route) => {
        const answer = await handler({ url: route.request().url(), method: route.request().method() });
        // A request handed back is logged by the recorded hub's own route (./launch.ts).
        if (answer === undefined) return route.fallback();
        ext.hubRequests.push(route.request());
        if (answer === 'hang') held.push(route);
        else await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body ?? '' });
      };
      await context.route(pattern, onRoute);
      return async () => {
        await context.unroute(pattern, onRoute);
        for (const route of held) await route.abort().catch(() => undefined);
      };
    },
    backgroundLoaded: async () => (await workerTargets(context)).length > 0,
    unloadBackground: async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await cdp.detach().catch(() => undefined);
      }
      for (let i = 0; i < 50 && (await driver.backgroundLoaded()); i++) await sleep(100);
    },
    reset: async () => {
      await resetExtension(ext);
      for (const page of context.pages()) await page.close().catch(() => undefined);
    },
    close: () => ext.close(),
  };
  return driver;
}

/** The extension's running service workers, as the browser lists its targets. */
async function workerTargets(context: BrowserContext): Promise<string[]> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    return targetInfos
      .filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))
      .map((t) => t.url);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// ── Firefox, through puppeteer-core over WebDriver BiDi ──

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

function firefoxTab(ff: FirefoxExtension, page: PpPage): Tab {
  return tabOver({
    evaluate: (expression) => page.evaluate(expression),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as 'Enter'),
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) {
        // puppeteer does not follow a navigation into the extension's process; ask BiDi directly and wait for it.
        const context = (page.mainFrame() as unknown as { _id: string })._id;
        const connection = (ff.browser as unknown as { connection: BidiConnection }).connection;
        await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
      } else await page.goto(url);
    },
    evaluateFn: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  });
}

function firefoxDriver(ff: FirefoxExtension): Driver {
  /** A blank tab kept open: closing a window's last tab would end the browser. */
  let keeper: PpPage | undefined;
  const driver: Driver = {
    engine: 'firefox',
    newTab: async () => firefoxTab(ff, await ff.browser.newPage()),
    openExtensionPage: async (pathAndQuery) => {
      const tab = firefoxTab(ff, await ff.browser.newPage());
      await tab.goto(`${ff.origin}/${pathAndQuery}`);
      return tab;
    },
    tabIdOf: (url) => tabIdFromExtensionPage(driver, url),
    hubRequests: () => ff.hub.requests.map((request) => request.url),
    clearHubRequests: () => void (ff.hub.requests.length = 0),
    route: async (url, handler) => {
      const undo = ff.hub.route(url, handler);
      return async () => undo();
    },
    backgroundLoaded: async () => {
      const page = await driver.openExtensionPage('options.html');
      try {
        // Synchronous and local to the extension's process: it does not wake the event page.
        return await page.evaluate(() => {
          const api = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): unknown } } }).browser;
          return api.extension.getBackgroundPage() !== null;
        }, undefined);
      } finally {
        await page.close();
      }
    },
    unloadBackground: async () => {
      const deadline = Date.now() + 60_000;
      while (await driver.backgroundLoaded()) {
        if (Date.now() > deadline) throw new Error('the event page was never unloaded');
        await sleep(500);
      }
    },
    reset: async () => {
      keeper ??= (await ff.browser.pages())[0];
      const options = await driver.openExtensionPage('options.html');
      await options.evaluate(async (type) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        await api.storage.sync.clear();
        await api.storage.local.clear();
        await api.runtime.sendMessage({ type });
      }, CLEAR_CACHE);
      for (const page of await ff.browser.pages()) if (page !== keeper) await page.close().catch(() => undefined);
      ff.hub.requests.length = 0;
    },
    close: () => ff.close(),
  };
  return driver;
}

interface ExtensionApi {
  storage: Record<'sync' | 'local', { clear(): Promise<void> }>;
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}

async function tabIdFromExtensionPage(driver: Driver, url: string): Promise<number> {
  const page = await driver.openExtensionPage('options.html');
  try {
    const id = await page.evaluate(async (wanted) => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const api = (g.browser ?? g.chrome)!;
      const tabs = await api.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
