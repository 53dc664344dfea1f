/**
 * The breakdown's words in the active locale. Apart from the catalogue's index so that the content scripts, which
 * import the index, never carry them: the breakdown chunk, the popup, the options' preview and the report do.
 */
import { activeCatalogue } from './active';
import type { BreakdownText } from './breakdown-text';
import type { Catalogue } from './catalogue';
import { enBreakdown } from './en-breakdown';
import { zhBreakdown } from './zh-breakdown';

const BREAKDOWN_TEXT: Record<string, BreakdownText> = { en: enBreakdown, 'zh-CN': zhBreakdown };

export const breakdownText = (catalogue: Catalogue = activeCatalogue()): BreakdownText =>
  BREAKDOWN_TEXT[catalogue.locale] ?? enBreakdown;
