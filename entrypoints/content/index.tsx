/** Content script for Hugging Face: the shared hub body with the Hugging Face page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '@/lib/hubs/descriptor';
import { huggingfaceHub } from '@/lib/hubs/huggingface/descriptor';
import { huggingfacePage } from '@/lib/hubs/huggingface/page';
import { runHubContentScript } from './run-hub';

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
