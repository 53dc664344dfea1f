/**
 * One message catalogue turns the engine's reason codes into sentences and names the vocabulary. English is the
 * default; a translation is another `Catalogue` passed as the last argument.
 */
import type { Reason } from '../schema/model-facts';
import type { ClauseId, ComponentId, ComponentStatus, Definition, Purpose, Tier } from '../schema/vocabulary';
import type { Catalogue, Labels, MessageCode } from './catalogue';
import type { NoteCode } from './notes';
import type { CardText, UiText } from './ui-text';
import { en } from './en';
import { enCards } from './en-cards';

export type { Catalogue, MessageCode, MessageFn, Labels, Params } from './catalogue';
export type { CardText, UiText } from './ui-text';
export { NOTE_CODES, type NoteCode } from './notes';
export { en } from './en';

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

function labels(catalogue: Catalogue): Labels {
  return {
    component: (id) => (own(catalogue.components, id) ? catalogue.components[id as ComponentId] : id),
    clause: (id) => (own(catalogue.clauses, id) ? catalogue.clauses[id as ClauseId].label : id),
    clauseMeaning: (id) => (own(catalogue.clauses, id) ? catalogue.clauses[id as ClauseId].meaning : ''),
    definition: (id) => (own(catalogue.definitions, id) ? catalogue.definitions[id as Definition].label : id),
  };
}

export function hasMessage(code: string, catalogue: Catalogue = en): code is MessageCode {
  return own(catalogue.messages, code);
}

export function hasNote(code: string, catalogue: Catalogue = en): code is NoteCode {
  return own(catalogue.notes, code);
}

/** The sentence for a reason or an adapter's note; a code the catalogue does not know gets a generic sentence. */
export function message(reason: Reason, catalogue: Catalogue = en): string {
  const params = reason.params ?? {};
  if (hasMessage(reason.code, catalogue)) return catalogue.messages[reason.code](params, labels(catalogue));
  if (hasNote(reason.code, catalogue)) return catalogue.notes[reason.code](params, labels(catalogue));
  return catalogue.fallback(reason.code, params);
}

/** The words of the interface. */
export const uiText = (catalogue: Catalogue = en): UiText => catalogue.ui;

/** A listing card's words, by the catalogue's locale (only the background chooses them; see `CardText`). */
const CARD_TEXT: Record<string, CardText> = { en: enCards };
export const cardText = (catalogue: Catalogue = en): CardText => CARD_TEXT[catalogue.locale] ?? enCards;

export const tierLabel = (tier: Tier, catalogue: Catalogue = en) => catalogue.tiers[tier].label;
export const tierMeaning = (tier: Tier, catalogue: Catalogue = en) => catalogue.tiers[tier].meaning;
export const componentLabel = (id: ComponentId, catalogue: Catalogue = en) => catalogue.components[id];
export const purposeLabel = (purpose: Purpose, catalogue: Catalogue = en) => catalogue.purposes[purpose];
export const clauseLabel = (id: ClauseId, catalogue: Catalogue = en) => catalogue.clauses[id].label;
export const clauseMeaning = (id: ClauseId, catalogue: Catalogue = en) => catalogue.clauses[id].meaning;
export const definitionLabel = (id: Definition, catalogue: Catalogue = en) => catalogue.definitions[id].label;
export const definitionMeaning = (id: Definition, catalogue: Catalogue = en) => catalogue.definitions[id].meaning;
export const statusLabel = (status: ComponentStatus, catalogue: Catalogue = en) => catalogue.statuses[status];
export function openLabel(open: boolean | null, catalogue: Catalogue = en): string {
  return open === true ? catalogue.open.yes : open === false ? catalogue.open.no : catalogue.open.undecided;
}
