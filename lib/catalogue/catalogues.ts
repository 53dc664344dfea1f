/**
 * Every locale's catalogue, for the code that carries them all: the background (which words the listing cards)
 * and the extension's own pages. A content script carries English only and loads another locale as a chunk.
 */
import type { Catalogue } from './catalogue';
import { en } from './en';
import { localeFor, type Locale } from './locales';
import { zh } from './zh';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, 'zh-CN': zh };

/** The catalogue for a browser's UI language (`browser.i18n.getUILanguage()`). */
export const catalogueFor = (uiLanguage: string): Catalogue => CATALOGUES[localeFor(uiLanguage)];
