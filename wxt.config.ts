import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostPermissions } from './lib/hubs/registry';

export default defineConfig({
  // One promise-based, typed `browser` (webextension-polyfill) for every extension API call, in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // Every module imports what it uses. WXT's auto-imports scan each file for names its folders export and add an
  // import for any they find — a property named `Breakdown` pulled the breakdown's module, and `preact/hooks` with it,
  // into every content script.
  imports: false,
  // The sources zip for Firefox review: the project, not the outputs of local runs (all git-ignored).
  zip: { excludeSources: ['bench-out/**', 'demo-out/**', 'reports/**', 'test-results/**', 'playwright-report/**'] },
  manifest: ({ browser }) => ({
    // The name and description in the browser's language, from public/_locales (the stores list each locale).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Only the hosts the background fetches from, read from the hub descriptors (docs/SECURITY.md, Hosts). Each
    // content script's matches come from its own hub's descriptor, in its entrypoint.
    host_permissions: hostPermissions(),
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'openness-lens@openness-lens.org',
          // The oldest Firefox the code runs on: AbortSignal.any (the background's and the page's hub requests) is
          // Firefox 124's; everything else it uses is older (tests/unit/build/package.test.ts).
          strict_min_version: '124.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
