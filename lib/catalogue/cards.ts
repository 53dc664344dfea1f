/**
 * A listing card's words in the active locale. Chosen in the background (lib/ui/card-words.ts), so they live apart
 * from the catalogue's index and the content script, which only shows them, does not carry them.
 */
import { activeCatalogue } from './active';
import type { Catalogue } from './catalogue';
import { enCards } from './en-cards';
import { zhCards } from './zh-cards';
import type { CardText } from './ui-text';

const CARD_TEXT: Record<string, CardText> = { en: enCards, 'zh-CN': zhCards };

export const cardText = (catalogue: Catalogue = activeCatalogue()): CardText => CARD_TEXT[catalogue.locale] ?? enCards;
