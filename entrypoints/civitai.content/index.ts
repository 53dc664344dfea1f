/** Content script for Civitai: the shared hub body (entrypoints/content/run-hub.ts) with its page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { civitaiPage } from '@/lib/hubs/civitai/page';
import { runHubContentScript } from '../content/run-hub';

export default defineContentScript({
  matches: ['https://civitai.com/*'],
  runAt: 'document_start',
  main: (ctx) => runHubContentScript(ctx, civitaiPage),
});
