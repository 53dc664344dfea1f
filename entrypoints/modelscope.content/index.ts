/** Content script for ModelScope: the shared hub body (entrypoints/content/run-hub.ts) with its page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { modelscopePage } from '@/lib/hubs/modelscope/page';
import { runHubContentScript } from '../content/run-hub';

export default defineContentScript({
  matches: ['https://modelscope.cn/*', 'https://www.modelscope.cn/*'],
  runAt: 'document_start',
  main: (ctx) => runHubContentScript(ctx, modelscopePage),
});
