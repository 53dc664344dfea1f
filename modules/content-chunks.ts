/**
 * Builds the chunks content scripts load only when needed (content-runtime/chunks/<name>.ts → content-chunks/<name>.js),
 * as ES modules of their own, and makes them loadable from the hubs' pages.
 *
 * Why: WXT bundles each content script into one file, with no code splitting, and the content scripts have a
 * budget of 80 kB (docs/PERFORMANCE.md). The breakdown is needed only once someone opens a badge.
 *
 * What a chunk shares with the script that loads it (content-runtime/shared-names.ts) is not bundled into it: each
 * import of a shared module — found by the file it resolves to, however it is spelled — becomes a module that
 * re-exports the loading script's instance from its global, put there by content-runtime/load-chunk.ts.
 *
 * Chrome lists the chunks as web-accessible only to the hubs' pages and only at a per-session URL
 * (`use_dynamic_url`), as it does the content-script modules (module-content-scripts.ts), so a page cannot probe a
 * fixed URL to learn the extension is installed. Firefox needs no listing.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import type { Browser } from 'wxt/browser';
import { SHARED_GLOBAL, SHARED_MODULES, CHUNKS, chunkPath } from '../content-runtime/shared-names';
import { originPatterns, requireChrome } from './module-content-scripts';

const SHARED_PREFIX = '\0shared:';
const CHUNK_DIR = 'content-chunks';

const aliases = (root: string) => [{ find: /^@\//, replacement: `${root}/` }];

/** The names a module exports, read from a build of `export * from it`. */
async function exportNames(root: string, specifier: string): Promise<string[]> {
  const entry = '\0export-names';
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: aliases(root) },
    plugins: [
      {
        name: 'export-names-entry',
        resolveId: (id) => (id === entry ? id : undefined),
        load: (id) => (id === entry ? `export * from ${JSON.stringify(specifier)};` : undefined),
      },
    ],
    build: { write: false, minify: false, rollupOptions: { input: entry, preserveEntrySignatures: 'strict' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return outputs.flatMap((chunk) => (chunk.type === 'chunk' && chunk.isEntry ? chunk.exports : []));
}

/** Resolves every shared module to a stand-in that re-exports the loading script's instance. */
function sharedModules(root: string, names: Map<string, string[]>): Plugin {
  const byFile = new Map<string, string>();
  return {
    name: 'openness-lens:shared-modules',
    enforce: 'pre',
    async buildStart() {
      for (const specifier of names.keys()) {
        const resolved = await this.resolve(specifier, path.join(root, 'index.ts'), { skipSelf: true });
        if (!resolved) throw new Error(`shared module ${specifier} does not resolve`);
        byFile.set(resolved.id, specifier);
      }
    },
    async resolveId(id, importer) {
      if (id.startsWith(SHARED_PREFIX)) return id;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      const specifier = resolved && byFile.get(resolved.id);
      return specifier ? SHARED_PREFIX + specifier : undefined;
    },
    load(id) {
      if (!id.startsWith(SHARED_PREFIX)) return undefined;
      const specifier = id.slice(SHARED_PREFIX.length);
      const exported = names.get(specifier) ?? [];
      const module = `globalThis[${JSON.stringify(SHARED_GLOBAL)}][${JSON.stringify(specifier)}]`;
      return `const shared = ${module};\nexport const { ${exported.join(', ')} } = shared;\n`;
    },
  };
}

async function buildChunks(root: string, outDir: string): Promise<void> {
  const names = new Map<string, string[]>();
  for (const specifier of SHARED_MODULES) names.set(specifier, await exportNames(root, specifier));
  const sources = await readdir(path.join(root, 'content-runtime/chunks'));
  // One build per chunk, so none imports another: in Chrome a chunk is fetched at a per-session URL that redirects
  // to the extension's fixed one, and a relative import would resolve against the fixed URL, which pages may not load.
  for (const name of CHUNKS) {
    const file = sources.find((source) => source.replace(/\.tsx?$/, '') === name);
    if (!file) throw new Error(`content-runtime/chunks/${name}.ts is missing`);
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      resolve: { alias: aliases(root) },
      plugins: [sharedModules(root, names), preact()],
      build: {
        outDir: path.join(outDir, CHUNK_DIR),
        emptyOutDir: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        modulePreload: false,
        // Not Vite's library mode: it keeps an ES build's whitespace for other bundlers; these ship as they are.
        rollupOptions: {
          input: { [name]: path.join(root, 'content-runtime/chunks', file) },
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true },
        },
      },
    });
  }
  // No compile hint (`//# allFunctionsCalledOnLoad`, as the Chrome content-script modules have): a chunk is run the
  // moment it arrives, so compiling every function first only delays it — a cold click's breakdown measured
  // 141–149 ms with the hint and 77–111 ms without (npm run bench:breakdown, docs/PERFORMANCE.md).
}

type WebAccessible = NonNullable<Browser.runtime.Manifest['web_accessible_resources']>[number];

export default defineWxtModule((wxt) => {
  // `browser.runtime.getURL` takes only paths the package has: these are added after WXT's own build.
  wxt.hook('prepare:publicPaths', (_wxt, paths) => {
    paths.push(...CHUNKS.map((name) => chunkPath(name).slice(1)));
  });
  // Chrome lets a content script import only what is web-accessible to the page it runs in; Firefox lets it import
  // its own extension's files without exposing them to anyone.
  // `wxt dev` lists no content script in its manifest (its background registers them when the dev server connects),
  // so the pages the chunks are for are read from the content-script entrypoints too.
  let entrypointMatches: string[] = [];
  wxt.hook('entrypoints:resolved', (_wxt, entrypoints) => {
    entrypointMatches = entrypoints.flatMap((entry) =>
      entry.type === 'content-script' ? (entry.options.matches ?? []) : [],
    );
  });
  wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
    if (manifest.manifest_version !== 3) return;
    const listedMatches = (manifest.content_scripts ?? []).flatMap((entry) => entry.matches ?? []);
    const matches = listedMatches.length ? listedMatches : entrypointMatches;
    const listed = (manifest.web_accessible_resources ?? []) as Exclude<WebAccessible, string>[];
    manifest.web_accessible_resources = [
      ...listed,
      { resources: [`${CHUNK_DIR}/*.js`], matches: originPatterns(matches), use_dynamic_url: true },
    ];
    // Chrome 130–131 refused a content script's import of a per-session URL (crbug.com/363027634, fixed since). 136
    // is the oldest Chrome the package has asked for (the module loader's, now off by default); none older was tried.
    if (wxt.config.browser !== 'firefox') requireChrome(manifest, 136);
  });
  wxt.hook('build:done', async () => {
    await buildChunks(wxt.config.root, wxt.config.outDir);
  });
});
