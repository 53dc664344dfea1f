/**
 * The browser's language for everything this content script draws: English is built in; another locale's catalogue
 * is a chunk loaded only when active, started as the script starts so it is there by the time the page's DOM is.
 * A catalogue that cannot be loaded leaves English — the badge must not wait on it.
 */
import { browser } from 'wxt/browser';
import { setActiveCatalogue } from '@/lib/catalogue';
import { localeFor } from '@/lib/catalogue/locales';
import { loadChunk } from './load-chunk';

export async function useBrowserLocale(): Promise<void> {
  if (localeFor(browser.i18n.getUILanguage()) !== 'zh-CN') return;
  try {
    setActiveCatalogue((await loadChunk('catalogue-zh')).zh);
  } catch (error) {
    console.warn('Openness Lens: the Chinese catalogue could not be loaded; English instead.', error);
  }
}
