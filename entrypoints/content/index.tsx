/**
 * Content script for Hugging Face. Kept small: it reads the page, renders, and runs same-origin requests for the
 * background; the engine and the knowledge base live in the background.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/messaging/protocol';
import { isGetState } from '@/lib/messaging/guards';
import { findModelOnPage } from './find-model';
import { startModelPage, type ModelPage } from './model-page';
import { hubEnabled } from './hub-switch';

export default defineContentScript({
  matches: ['https://huggingface.co/*'],
  runAt: 'document_end',
  async main(ctx) {
    if (!(await hubEnabled('huggingface'))) return;
    let current: ModelPage | undefined;
    let currentUrl = '';

    const run = () => {
      if (location.href === currentUrl) return;
      currentUrl = location.href;
      current?.dispose();
      current = undefined;
      const page = findModelOnPage(document, location.href);
      if (page) current = startModelPage(page);
    };

    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (state: PageState) => void) => {
      if (!isGetState(raw)) return undefined;
      sendResponse(current ? current.state() : { kind: 'not-model' });
      return undefined;
    });

    run();
    // Hub pages that change the URL without a reload (listings, some tabs): re-run for the new URL.
    ctx.addEventListener(window, 'wxt:locationchange', () => run());
    ctx.onInvalidated(() => current?.dispose());
  },
});
