/**
 * Chrome build: each content script becomes a one-line loader that imports the real script as a module.
 *
 * Why: Chrome compiles a content script on the page's main thread as it injects it, and compiles each function
 * again, fully, the first time it runs — most of what our first model page cost the hub's main thread
 * (docs/PERFORMANCE.md). A module is fetched and compiled on a background thread, and the compile hint on its
 * first line (`//# allFunctionsCalledOnLoad`, V8's explicit compile hint) has that thread compile every function at
 * once. The page's main thread is left with running the code.
 *
 * The module has to be a web-accessible resource: it is listed only for its own hub's pages and only at a
 * per-session URL (`use_dynamic_url`), so a page cannot probe a fixed URL to learn the extension is installed.
 * The module is WXT's usual IIFE bundle, which is also valid as a module (strict code, no top-level `this`).
 *
 * Chrome 136 is the oldest this needs: the compile hint came with it, and Chrome 130–131 refused a content script's
 * import of a per-session URL (crbug.com/363027634, fixed since).
 *
 * Firefox keeps plain content scripts (the hint is V8's; Firefox cannot be measured here), and so does `wxt dev`,
 * whose reloader re-registers content scripts by their files.
 *
 * `OPENNESS_LENS_MODULE_LOADER=off` (or `on`) builds without (or with) it, so `npm run bench -- --compare-loader`
 * can measure both.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const MINIMUM_CHROME_VERSION = '136';
const CHROMIUM_BROWSERS = new Set(['chrome', 'edge']);
/** The environment variable that switches the loader off (`off`) or on (`on`); unset, the default below. */
export const LOADER_SWITCH = 'OPENNESS_LENS_MODULE_LOADER';
const LOADER_BY_DEFAULT = true;

/** Whether this build uses the module loader, from the switch; anything but `on` or `off` is refused. */
export function moduleLoaderWanted(value = process.env[LOADER_SWITCH]): boolean {
  if (value === undefined || value === '') return LOADER_BY_DEFAULT;
  if (value === 'on' || value === 'off') return value === 'on';
  throw new Error(`${LOADER_SWITCH} must be "on" or "off", not ${JSON.stringify(value)}`);
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
    const minimum = Number.parseInt(manifest.minimum_chrome_version ?? '0', 10);
    if (scripts.length && !(minimum >= Number(MINIMUM_CHROME_VERSION)))
      manifest.minimum_chrome_version = MINIMUM_CHROME_VERSION;
  });

  wxt.hook('build:done', async () => {
    for (const script of scripts) {
      const file = path.join(wxt.config.outDir, script);
      await writeFile(file, COMPILE_HINT + (await readFile(file, 'utf8')));
      await writeFile(path.join(wxt.config.outDir, loaderFile(script)), loaderSource(script));
    }
  });
});
