/**
 * Content script for Hugging Face, injected at document_start on huggingface.co (in Chrome as a module, compiled off
 * the page's main thread: modules/module-content-scripts.ts): the shared hub body (content-runtime/run-hub.ts) with the Hugging Face
 * page adapter. Idle while the hub is switched off; on a model page it draws the badge from the page's own props,
 * then the background's full answer; on a listing it badges cards as they come into view; on the hub's error pages,
 * nothing.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/lib/hubs/descriptor';
import { huggingfaceHub } from '@/lib/hubs/huggingface/descriptor';
import { huggingfacePage } from '@/lib/hubs/huggingface/page';
import { runHubContentScript } from '@/content-runtime/run-hub';

export default defineContentScript({
  // Every origin of the hub's pages, from its descriptor.
  matches: contentScriptMatches(huggingfaceHub),
  runAt: 'document_start',
  // No `wxt:content-script-started` window.postMessage: it reached the hub's own message listeners, and Chrome
  // captures a source location for every postMessage, which re-parses this whole script (~5 ms). WXT's custom
  // event still stops an older copy of the script.
  noScriptStartedPostMessage: true,
  main: (ctx) => runHubContentScript(ctx, huggingfaceHub, huggingfacePage),
});
