/** Content script for Hugging Face: the shared hub body with the Hugging Face page adapter. */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { huggingfacePage } from '@/lib/hubs/huggingface/page-adapter';
import { runHubContentScript } from './run-hub';

export default defineContentScript({
  matches: ['https://huggingface.co/*'],
  runAt: 'document_start',
  main: (ctx) => runHubContentScript(ctx, huggingfacePage),
});
