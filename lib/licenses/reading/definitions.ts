/**
 * Defined terms: licenses define a purpose once ("Research Purposes" means …) and limit the grant to it elsewhere
 * ("You shall only use the Model for Research Purposes"). The definition's words then belong to the limit: a
 * non-commercial or research-only clause can rest on a definition the grant points to.
 */
import { EXCLUDES, RESTRICT } from './vocabulary';
import type { Unit } from './units';

export interface Definitions {
  /** Term (lower case) → the sentences that define or delimit it. */
  byTerm: Map<string, Unit[]>;
  /** Terms some sentence limits a grant or use to ("solely for Non-Commercial Purposes"). */
  limiting: Set<string>;
}

/** Real licenses define a few dozen terms; more would only cost time (terms × sentences). */
const MAX_TERMS = 60;
/** `"Term" means`, `"Term" shall mean`, `"Term": means`, `"Term" refers to`, `"Term" is defined as`. */
export const DEFINES =
  /^(?:[-*+]\s|\(?[0-9a-z]{1,3}[.)]\s|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s)?\s{0,3}"([^"]{2,60})"\s{0,3}(?:\([^)]{0,40}\)\s{0,3})?:?\s{0,3}(?:means|shall mean|refers to|is defined as|has the meaning)\b/i;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test of a text against a pattern built around a term, compiled once per term. `t` in the pattern is the term,
 * singular or plural ("Research Purpose" and "Research Purposes" are one term).
 */
function termTest(pattern: (t: string) => string): (text: string, term: string) => boolean {
  const cache = new Map<string, RegExp>();
  return (text, term) => {
    let re = cache.get(term);
    if (!re) {
      re = new RegExp(pattern(`${escape(term.replace(/s$/, ''))}s?`), 'i');
      if (cache.size < 1000) cache.set(term, re);
    }
    return re.test(text);
  };
}

/** True when the text uses the term as a whole word ("commercial purpose" is not in "non-commercial purpose"). */
export const mentions = termTest((t) => `(?<![\\w-])${t}(?![\\w-])`);

/** The sentence is about the term: it starts with it, or ends by saying something "is not a" term. */
const delimits = termTest(
  (t) =>
    `^(?:[\\w\\s]{0,40},\\s{1,3})?\\W{0,6}(?:the\\s{1,3})?${t}\\W{0,3}\\s(?:does|do|shall|will)\\s{1,3}not\\s{1,3}include|^\\W{0,6}(?:the\\s{1,3})?${t}\\W{0,3}\\s{1,3}excludes?\\b|\\b(?:is|are)\\s{1,3}not\\s{1,3}(?:an?\\s{1,3})?${t}(?![\\w-])`,
);

/**
 * "solely for your Non-Commercial Purposes", "for Research Purposes only": the limit word governs the term. The term
 * must be the purpose the limit names, not one of several ("… research and development and/or Personal Use" limits
 * nothing to personal use).
 */
const limits = termTest(
  (t) =>
    `${RESTRICT.source}[^.;]{0,120}?(?<!\\b(?:or|and\\/or),?\\s{1,3}(?:for\\s{1,3})?(?:your\\s{1,3})?)(?<![\\w-])${t}(?![\\w-])|(?<![\\w-])${t}(?![\\w-])[^.;]{0,20}?\\bonly\\b`,
);

export function findDefinitions(units: readonly Unit[]): Definitions {
  const byTerm = new Map<string, Unit[]>();
  for (const unit of units) {
    const m = DEFINES.exec(unit.text);
    if (!m?.[1] || byTerm.size >= MAX_TERMS) continue;
    const term = m[1].toLowerCase().trim();
    if (!byTerm.has(term)) byTerm.set(term, []);
    byTerm.get(term)!.push(unit);
  }
  // Sentences that delimit a defined term after its definition: "Research Purposes does not include …",
  // "For clarity, use … is not a Non-Commercial Purpose".
  for (const unit of units) {
    if (!EXCLUDES.test(unit.text)) continue;
    for (const [term, defining] of byTerm) {
      if (!defining.includes(unit) && delimits(unit.text, term)) defining.push(unit);
    }
  }
  const limiting = new Set<string>();
  for (const unit of units) {
    if (!RESTRICT.test(unit.text)) continue;
    for (const term of byTerm.keys()) {
      if (!limiting.has(term) && limits(unit.text, term)) limiting.add(term);
    }
  }
  return { byTerm, limiting };
}
