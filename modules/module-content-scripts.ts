/**
 * Chrome build, switched off by default: each content script as a one-line loader that imports the real script as a
 * module. Measured on saved real Hugging Face pages and rejected (docs/PERFORMANCE.md, "The Chrome module loader"):
 * it halved the extension's share of the page's main thread, but the first badge came 65 ms after DOMContentLoaded
 * at the median and 235 ms at the 95th percentile, against a budget of 100 ms; the plain script draws it at
 * DOMContentLoaded. Kept, behind `OPENNESS_LENS_MODULE_LOADER=on`, so `npm run bench -- --compare-loader` can measure
 * it again (with Chrome's next change to script streaming, say).
 *
 * What it does: Chrome compiles a content script on the page's main thread as it injects it, and compiles each
 * function again, fully, the first time it runs. A module is fetched and compiled on a background thread, and the
 * compile hint on its first line (`//# allFunctionsCalledOnLoad`, V8's explicit compile hint) has that thread compile
 * every function at once. The page's main thread is left with running the code — once the module has arrived, which
 * on a real page busy parsing and laying out is often well after DOMContentLoaded.
 *
 * The module has to be a web-accessible resource: it is listed only for its own hub's pages and only at a
 * per-session URL (`use_dynamic_url`), so a page cannot probe a fixed URL to learn the extension is installed.
 * The module is WXT's usual IIFE bundle, which is also valid as a module (strict code, no top-level `this`).
 * Chrome 136 is the oldest it needs: the compile hint came with it.
 *
 * Only `wxt build` for Chromium: Firefox keeps plain content scripts (the hint is V8's), and so does `wxt dev`, whose
 * background registers each content script by its file when the dev server connects — the same plain scripts the
 * build ships while the loader is off.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const MINIMUM_CHROME_VERSION = 136;
const CHROMIUM_BROWSERS = new Set(['chrome', 'edge']);
/** The environment variable that switches the loader off (`off`) or on (`on`); unset, the default below. */
export const LOADER_SWITCH = 'OPENNESS_LENS_MODULE_LOADER';
// Off: measured and rejected (above).
const LOADER_BY_DEFAULT = false;

/** Whether this build uses the module loader, from the switch; anything but `on` or `off` is refused. */
export function moduleLoaderWanted(env: Record<string, string | undefined> = process.env): boolean {
  const value = env[LOADER_SWITCH];
  if (value === undefined || value === '') return LOADER_BY_DEFAULT;
  if (value === 'on' || value === 'off') return value === 'on';
  throw new Error(`${LOADER_SWITCH} must be "on" or "off", not ${JSON.stringify(value)}`);
}

/** Raises the manifest's oldest Chrome to `version`, never lowers it (each build module asks for what it needs). */
export function requireChrome(manifest: { minimum_chrome_version?: string }, version: number): void {
  const minimum = Number.parseInt(manifest.minimum_chrome_version ?? '0', 10);
  if (!(minimum >= version)) manifest.minimum_chrome_version = String(version);
}

/**
 * Web-accessible resources take only whole-origin patterns (`scheme://host/*`): a content script matching a path
 * exposes its module to that path's origin.
 */
export const originPatterns = (matches: string[]): string[] => [
  ...new Set(matches.map((match) => match.replace(/^([^:]+:\/\/[^/]*)\/.*$/, '$1/*'))),
];

/** `content-scripts/huggingface.js` → `content-scripts/huggingface.loader.js` */
const loaderFile = (script: string): string => script.replace(/\.js$/, '.loader.js');

function loaderSource(script: string): string {
  const url = JSON.stringify(`/${script}`);
  return (
    `import(chrome.runtime.getURL(${url})).catch((error) => ` +
    `console.warn("Openness Lens could not start on this page:", error));\n`
  );
}

export default defineWxtModule((wxt) => {
  let scripts: string[] = [];
  const applies = () =>
    moduleLoaderWanted() && CHROMIUM_BROWSERS.has(wxt.config.browser) && wxt.config.command === 'build';

  wxt.hook('build:before', () => {
    scripts = [];
  });

  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    if (!applies() || manifest.manifest_version !== 3) return;
    for (const entry of manifest.content_scripts ?? []) {
      // One bundle per entry is what WXT writes; anything else is left as a plain content script, and so is a
      // script for the page's own world, which has no extension API to import with.
      if (entry.js?.length !== 1 || !entry.matches?.length || entry.world === 'MAIN') continue;
      const script = entry.js[0]!;
      entry.js = [loaderFile(script)];
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: [script], matches: originPatterns(entry.matches), use_dynamic_url: true },
      ];
      scripts.push(script);
    }
    if (scripts.length) requireChrome(manifest, MINIMUM_CHROME_VERSION);
  });

  wxt.hook('build:done', async () => {
    for (const script of scripts) {
      const file = path.join(wxt.config.outDir, script);
      await writeFile(file, COMPILE_HINT + (await readFile(file, 'utf8')));
      await writeFile(path.join(wxt.config.outDir, loaderFile(script)), loaderSource(script));
    }
  });
});
