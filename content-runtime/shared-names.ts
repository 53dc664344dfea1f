/**
 * What a content script shares with the chunks it loads later (content-runtime/chunks/, built by
 * modules/content-chunks.ts), and where. Imports nothing: the build reads it too.
 *
 * Shared, not bundled twice: Preact (a component of a chunk must run on the same Preact as the badge around it) and
 * the catalogue with the active locale (imported through its index or directly). Not `preact/hooks`: nothing in a
 * content script uses hooks, so the breakdown's chunk brings them, and they hook into the shared Preact when it loads.
 */
export const SHARED_MODULES = ['preact', 'preact/jsx-runtime', '@/lib/catalogue', '@/lib/catalogue/active'] as const;
export type SharedModule = (typeof SHARED_MODULES)[number];

/**
 * The property of the content script's global that holds them. Content scripts run in a world of their own (an
 * isolated world in Chrome, a sandbox in Firefox), so the page can neither see nor replace it.
 */
export const SHARED_GLOBAL = '__opennessLensShared';

/** The chunks, each `content-runtime/chunks/<name>.ts(x)`, built to `content-chunks/<name>.js` in the package. */
export const CHUNKS = ['breakdown', 'catalogue-zh'] as const;
export type ChunkName = (typeof CHUNKS)[number];

export const chunkPath = <Name extends ChunkName>(name: Name) => `/content-chunks/${name}.js` as const;
