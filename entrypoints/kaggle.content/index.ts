/** Content script for Kaggle Models (beta): the shared hub body (entrypoints/content/run-hub.ts) with its page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { kagglePage } from '@/lib/hubs/kaggle/page';
import { runHubContentScript } from '../content/run-hub';

export default defineContentScript({
  matches: ['https://www.kaggle.com/*'],
  runAt: 'document_start',
  main: (ctx) => runHubContentScript(ctx, kagglePage),
});
