/**
 * The locale the interface speaks: one catalogue per locale, English built in. Whoever knows the user's language
 * (a content script, a page) sets the catalogue once, before drawing; every sentence read without an explicit
 * catalogue comes from it.
 */
import type { Catalogue } from './catalogue';
import { en } from './en';

let active: Catalogue = en;

export const activeCatalogue = (): Catalogue => active;

export function setActiveCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}
