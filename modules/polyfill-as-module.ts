/**
 * webextension-polyfill ships only as UMD/CommonJS. Imported from ES code, the bundler wraps its export in a copy
 * of every own property (its CommonJS interop) — and where the browser already has a promise-based `browser` (Chrome
 * since 2025, Firefox), the export is that native object, so the copy touched every API namespace and made the
 * browser set each one up: ~30 ms of each content script's start on the hub's main thread (docs/PERFORMANCE.md).
 * Given a `module` of its own and re-exported as an ES module's default, the polyfill's code runs unchanged and its
 * export is passed on as it is.
 */
import { defineWxtModule, addViteConfig } from 'wxt/modules';

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

export default defineWxtModule((wxt) => {
  addViteConfig(wxt, () => ({
    plugins: [
      {
        name: 'openness-lens:polyfill-as-module',
        enforce: 'pre',
        transform(code, id) {
          if (!POLYFILL.test(id)) return undefined;
          return {
            code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`,
            map: null,
          };
        },
      },
    ],
  }));
});
