/**
 * Content script for Kaggle Models (beta), injected at document_start on the hub's pages (its descriptor's matches): the shared
 * hub body (content-runtime/run-hub.ts) with this hub's page adapter. It does nothing while the hub is switched
 * off in the options, badges a model page once its model is found, and badges listing cards as they come into view.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/lib/hubs/descriptor';
import { kaggleHub } from '@/lib/hubs/kaggle/descriptor';
import { kagglePage } from '@/lib/hubs/kaggle/page';
import { runHubContentScript } from '@/content-runtime/run-hub';

export default defineContentScript({
  // Every origin of the hub's pages, from its descriptor.
  matches: contentScriptMatches(kaggleHub),
  runAt: 'document_start',
  // No `wxt:content-script-started` window.postMessage: it reached the hub's own message listeners, and Chrome
  // captures a source location for every postMessage, which re-parses this whole script (~5 ms). WXT's custom
  // event still stops an older copy of the script.
  noScriptStartedPostMessage: true,
  main: (ctx) => runHubContentScript(ctx, kaggleHub, kagglePage),
});
