/** Content script for ModelScope: the shared hub body (entrypoints/content/run-hub.ts) with its page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/lib/hubs/descriptor';
import { modelscopeHub } from '@/lib/hubs/modelscope/descriptor';
import { modelscopePage } from '@/lib/hubs/modelscope/page';
import { runHubContentScript } from '../content/run-hub';

export default defineContentScript({
  // Every origin of the hub's pages, from its descriptor.
  matches: contentScriptMatches(modelscopeHub),
  runAt: 'document_start',
  // No `wxt:content-script-started` window.postMessage: it reached the hub's own message listeners, and Chrome
  // captures a source location for every postMessage, which re-parses this whole script (~5 ms). WXT's custom
  // event still stops an older copy of the script.
  noScriptStartedPostMessage: true,
  main: (ctx) => runHubContentScript(ctx, modelscopeHub, modelscopePage),
});
