/**
 * The words of the extension's own pages in the active locale. Apart from the catalogue's index so that the content
 * scripts, which import the index, never carry them.
 */
import { activeCatalogue } from './active';
import type { Catalogue } from './catalogue';
import { enPages } from './en-pages';
import { zhPages } from './zh-pages';
import type { PageText } from './page-text';

const PAGE_TEXT: Record<string, PageText> = { en: enPages, 'zh-CN': zhPages };

export const pageText = (catalogue: Catalogue = activeCatalogue()): PageText => PAGE_TEXT[catalogue.locale] ?? enPages;
