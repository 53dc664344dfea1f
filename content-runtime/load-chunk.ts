/**
 * Loads a chunk (content-runtime/chunks/) once per page, the same way in Chrome and Firefox: a dynamic `import()`
 * of the extension's own file, which a page's Content-Security-Policy does not govern. Before the first import,
 * the modules a chunk shares with this script are put where its build expects them (shared-names.ts).
 */
import { browser } from 'wxt/browser';
import * as preact from 'preact';
import * as jsxRuntime from 'preact/jsx-runtime';
import * as catalogue from '@/lib/catalogue';
import * as activeCatalogue from '@/lib/catalogue/active';
import { SHARED_GLOBAL, chunkPath, type ChunkName, type SharedModule } from './shared-names';

const shared: Record<SharedModule, object> = {
  preact,
  'preact/jsx-runtime': jsxRuntime,
  '@/lib/catalogue': catalogue,
  '@/lib/catalogue/active': activeCatalogue,
};

const loading = new Map<ChunkName, Promise<unknown>>();

/** What each chunk exports. */
interface Chunks {
  breakdown: typeof import('./chunks/breakdown');
  'catalogue-zh': typeof import('./chunks/catalogue-zh');
}

export function loadChunk<Name extends ChunkName>(name: Name): Promise<Chunks[Name]> {
  let chunk = loading.get(name);
  if (!chunk) {
    (globalThis as Record<string, unknown>)[SHARED_GLOBAL] = shared;
    chunk = import(/* @vite-ignore */ browser.runtime.getURL(chunkPath(name)));
    // A failed load (the extension updated under the page, say) may be tried again on the next open.
    chunk.catch(() => loading.delete(name));
    loading.set(name, chunk);
  }
  return chunk as Promise<Chunks[Name]>;
}
