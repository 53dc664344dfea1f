/** Content script for Ollama: the shared hub body (entrypoints/content/run-hub.ts) with its page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ollamaPage } from '@/lib/hubs/ollama/page';
import { runHubContentScript } from '../content/run-hub';

export default defineContentScript({
  matches: ['https://ollama.com/*'],
  runAt: 'document_start',
  main: (ctx) => runHubContentScript(ctx, ollamaPage),
});
