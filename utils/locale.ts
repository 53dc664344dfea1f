/**
 * The extension's own pages speak the browser's language: its catalogue made active, and `lang` on the document.
 * The method page stays English (it says so in the reader's language) and marks its text `lang="en"` itself.
 */
import { browser } from 'wxt/browser';
import { setActiveCatalogue } from '@/lib/catalogue';
import { catalogueFor } from '@/lib/catalogue/catalogues';

export function applyBrowserLocale(): void {
  const catalogue = catalogueFor(browser.i18n.getUILanguage());
  setActiveCatalogue(catalogue);
  document.documentElement.lang = catalogue.locale;
}
