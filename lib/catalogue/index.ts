/**
 * One message catalogue per locale turns the engine's reason codes into sentences and names the vocabulary. Each
 * function reads the active catalogue (active.ts; English unless set) or the one passed as its last argument.
 */
import type { Reason } from '../schema/model-facts';
import type { ClauseId, ComponentId, ComponentStatus, Definition, Purpose, Tier } from '../schema/vocabulary';
import type { Catalogue, Labels, MessageCode } from './catalogue';
import type { NoteCode } from './notes';
import type { UiText } from './ui-text';
import { activeCatalogue } from './active';

export type { Catalogue, MessageCode, MessageFn, Labels, Params } from './catalogue';
export type { CardText, UiText } from './ui-text';
export { NOTE_CODES, type NoteCode } from './notes';
export { en } from './en';
export { activeCatalogue, setActiveCatalogue } from './active';
export type { PageText } from './page-text';

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

function labels(catalogue: Catalogue): Labels {
  return {
    component: (id) => (own(catalogue.components, id) ? catalogue.components[id as ComponentId] : id),
    clause: (id) => (own(catalogue.clauses, id) ? catalogue.clauses[id as ClauseId].label : id),
    clauseMeaning: (id) => (own(catalogue.clauses, id) ? catalogue.clauses[id as ClauseId].meaning : ''),
    definition: (id) => (own(catalogue.definitions, id) ? catalogue.definitions[id as Definition].label : id),
  };
}

export function hasMessage(code: string, catalogue: Catalogue = activeCatalogue()): code is MessageCode {
  return own(catalogue.messages, code);
}

export function hasNote(code: string, catalogue: Catalogue = activeCatalogue()): code is NoteCode {
  return own(catalogue.notes, code);
}

/** The sentence for a reason or an adapter's note; a code the catalogue does not know gets a generic sentence. */
export function message(reason: Reason, catalogue: Catalogue = activeCatalogue()): string {
  const params = reason.params ?? {};
  if (hasMessage(reason.code, catalogue)) return catalogue.messages[reason.code](params, labels(catalogue));
  if (hasNote(reason.code, catalogue)) return catalogue.notes[reason.code](params, labels(catalogue));
  return catalogue.fallback(reason.code, params);
}

/** The words of the interface. */
export const uiText = (catalogue: Catalogue = activeCatalogue()): UiText => catalogue.ui;

export const tierLabel = (tier: Tier, catalogue: Catalogue = activeCatalogue()) => catalogue.tiers[tier].label;
export const tierMeaning = (tier: Tier, catalogue: Catalogue = activeCatalogue()) => catalogue.tiers[tier].meaning;
export const componentLabel = (id: ComponentId, catalogue: Catalogue = activeCatalogue()) => catalogue.components[id];
export const purposeLabel = (purpose: Purpose, catalogue: Catalogue = activeCatalogue()) => catalogue.purposes[purpose];
export const clauseLabel = (id: ClauseId, catalogue: Catalogue = activeCatalogue()) => catalogue.clauses[id].label;
export const clauseMeaning = (id: ClauseId, catalogue: Catalogue = activeCatalogue()) => catalogue.clauses[id].meaning;
export const definitionLabel = (id: Definition, catalogue: Catalogue = activeCatalogue()) =>
  catalogue.definitions[id].label;
export const definitionMeaning = (id: Definition, catalogue: Catalogue = activeCatalogue()) =>
  catalogue.definitions[id].meaning;
export const statusLabel = (status: ComponentStatus, catalogue: Catalogue = activeCatalogue()) =>
  catalogue.statuses[status];
export function openLabel(open: boolean | null, catalogue: Catalogue = activeCatalogue()): string {
  return open === true ? catalogue.open.yes : open === false ? catalogue.open.no : catalogue.open.undecided;
}

/** A moment as the locale writes it (the breakdown's "checked at"). */
export const formatDateTime = (ms: number, catalogue: Catalogue = activeCatalogue()): string =>
  new Intl.DateTimeFormat(catalogue.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A license summary in the locale; the engine's English one (to be marked `lang="en"`) where it has none. */
export function licenseSummary(
  id: string | null | undefined,
  english: string,
  catalogue: Catalogue = activeCatalogue(),
): { text: string; lang?: 'en' } {
  const summaries = catalogue.licenseSummaries;
  const translated = id && summaries && own(summaries, id) ? summaries[id] : undefined;
  if (translated) return { text: translated };
  return catalogue.locale === 'en' ? { text: english } : { text: english, lang: 'en' };
}

/** Items run together in a sentence, as the locale separates them. */
export const listText = (items: readonly string[], catalogue: Catalogue = activeCatalogue()): string =>
  catalogue.list(items);
