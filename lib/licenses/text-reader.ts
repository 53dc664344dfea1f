/**
 * Reads an unknown license text: which clauses it contains (with the sentence as evidence) and, when its title or
 * notice line gives it away, which known license it is. Linear in the input and bounded by MAX_SCANNED_CHARS.
 */
import { CLAUSE_IDS, type ClauseId } from '../schema/vocabulary';
import { CLAUSE_PHRASES, type PhraseRule } from './clause-phrases';
import { lookupLicense } from './lookup';
import { asciiLower, normaliseLicenseText, PARAGRAPH } from './normalise-text';
import { TITLE_RULES } from './title-rules';
import type { LicenseEntry, TextClause } from './types';

const MAX_QUOTE = 300;
/** How far a sentence may reach either side of a match before it is cut. */
const MAX_REACH = 1000;
/** Occurrences of one phrase examined before giving up, so repeated hostile text stays cheap. */
const MAX_TRIES = 100;

const isEnd = (ch: string | undefined) => ch === '.' || ch === '!' || ch === '?';
const isCloser = (ch: string | undefined) => ch === '"' || ch === "'" || ch === ')';

/** True when a sentence starts at `p`: after a block boundary, or after ". " (maybe '." ') before a capital. */
function startsSentenceAt(text: string, p: number): boolean {
  if (p <= 0 || text[p - 1] === PARAGRAPH) return true;
  if (text[p - 1] !== ' ' || !/[A-Z0-9"'(]/.test(text[p] ?? '')) return false;
  return isEnd(text[p - 2]) || (isCloser(text[p - 2]) && isEnd(text[p - 3]));
}

/** The sentence holding text[start, end): from the previous sentence start to the next, at most MAX_REACH away. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - MAX_REACH);
  while (from > minFrom && !startsSentenceAt(text, from)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + MAX_REACH);
  while (to < maxTo && text[to] !== PARAGRAPH && !startsSentenceAt(text, to + 1)) to++;
  if (to < maxTo && text[to] !== PARAGRAPH) to++;
  return [from, to];
}

/** The sentence, or when it is too long a window centred on the phrase with the cuts marked. */
function quoteOf(text: string, [from, to]: [number, number], start: number, end: number): string {
  if (to - from <= MAX_QUOTE) return text.slice(from, to).trim();
  const budget = MAX_QUOTE - 2;
  let winFrom = Math.max(from, start - Math.floor((budget - (end - start)) / 2));
  const winTo = Math.min(to, winFrom + budget);
  winFrom = Math.max(from, winTo - budget);
  return `${winFrom > from ? '…' : ''}${text.slice(winFrom, winTo).trim()}${winTo < to ? '…' : ''}`;
}

function findClause(text: string, lower: string, rule: PhraseRule): string | undefined {
  let tries = 0;
  for (let at = lower.indexOf(rule.phrase); at !== -1 && tries < MAX_TRIES; at = lower.indexOf(rule.phrase, at + 1)) {
    tries++;
    const before = lower.slice(Math.max(0, at - 24), at).trimEnd();
    if (rule.notAfter?.some((w) => before.endsWith(w))) continue;
    const end = at + rule.phrase.length;
    const bounds = sentenceBounds(text, at, end);
    const sentence = lower.slice(bounds[0], bounds[1]);
    if (rule.notInSentence?.some((w) => sentence.includes(w))) continue;
    if (rule.inSentence && !rule.inSentence.some((w) => sentence.includes(w))) continue;
    return quoteOf(text, bounds, at, end);
  }
  return undefined;
}

/** The clauses a license text contains, each once, in vocabulary order, with the sentence that shows it. */
export function readClausesFromText(text: string): TextClause[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const normal = normaliseLicenseText(text);
  const lower = asciiLower(normal);
  const found = new Map<ClauseId, string>();
  for (const rule of CLAUSE_PHRASES) {
    if (found.has(rule.id)) continue;
    const quote = findClause(normal, lower, rule);
    if (quote !== undefined) found.set(rule.id, quote);
  }
  return CLAUSE_IDS.filter((id) => found.has(id)).map((id) => ({ id, quote: found.get(id) ?? '' }));
}

/** Recognises a known license by its title or notice line; undefined when the text is not one we know. */
export function identifyLicenseText(text: string): LicenseEntry | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const lower = asciiLower(normaliseLicenseText(text));
  for (const rule of TITLE_RULES) {
    const head = rule.within ? lower.slice(0, rule.within) : lower;
    if (rule.anyOf.some((all) => all.every((phrase) => head.includes(phrase)))) return lookupLicense(rule.id);
  }
  return undefined;
}
