/**
 * The breakdown's words in the active locale. English apart from the catalogue's index so that the content
 * scripts, which import the index, never carry them: the breakdown chunk, the popup, the options' preview and the
 * report do. Another locale's come with its catalogue (`Catalogue.breakdown`), so the breakdown chunk carries only
 * English, and a Chinese browser's come with the Chinese catalogue's chunk.
 */
import { activeCatalogue } from './active';
import type { BreakdownText } from './breakdown-text';
import type { Catalogue } from './catalogue';
import { enBreakdown } from './en-breakdown';

export const breakdownText = (catalogue: Catalogue = activeCatalogue()): BreakdownText =>
  catalogue.breakdown ?? enBreakdown;
