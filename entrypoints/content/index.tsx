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
import { startCards, type Cards } from './cards';
import { onContentSettings, readContentSettings, type ContentSettings } from './hub-switch';

export default defineContentScript({
  matches: ['https://huggingface.co/*'],
  runAt: 'document_end',
  async main(ctx) {
    let settings = await readContentSettings('huggingface');
    // A switched-off hub: stop before any DOM work or request.
    if (!settings.enabled) return;
    let model: ModelPage | undefined;
    let cards: Cards | undefined;
    let modelUrl = '';

    const runModel = () => {
      if (location.href === modelUrl) return;
      modelUrl = location.href;
      model?.dispose();
      model = undefined;
      const page = findModelOnPage(document, location.href);
      if (page) model = startModelPage(page);
    };
    const runCards = (next: ContentSettings) => {
      const wanted = next.enabled && next.listingBadges;
      if (!wanted) {
        cards?.dispose();
        cards = undefined;
      } else if (!cards) cards = startCards({ dim: next.dim });
      else cards.setDim(next.dim);
    };

    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (state: PageState) => void) => {
      if (!isGetState(raw)) return undefined;
      sendResponse(model ? model.state() : { kind: 'not-model' });
      return undefined;
    });

    runModel();
    runCards(settings);
    const stopSettings = onContentSettings('huggingface', (next) => {
      settings = next;
      if (!next.enabled) {
        model?.dispose();
        model = undefined;
        modelUrl = '';
      } else runModel();
      runCards(next);
    });
    // Same-document navigation (listings change their URL without a reload): re-run for the new URL.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (settings.enabled) runModel();
    });
    ctx.onInvalidated(() => {
      stopSettings();
      model?.dispose();
      cards?.dispose();
    });
  },
});
