/**
 * Splits a normalised license text into the units clauses are read from: sentences, each knowing the block it is in,
 * whether that block is a list item, and the lead-in sentence (ending in ":") a list item completes ("You agree not
 * to use the Model: (a) … (b) …"). Linear in the input; sentences are capped so every later regex stays cheap.
 */
import { PARAGRAPH } from '../normalise-text';

export interface Unit {
  /** The sentence, as it stands in the normalised text. */
  text: string;
  /** Its offset in the normalised text. */
  start: number;
  /** The sentence ending in ":" that this list item (or the sentence after it) completes, if any. */
  leadIn?: string;
  /** True in the first blocks of the text, where a license prints its title. */
  inTitle: boolean;
  /** The sentence before this one (a notice printed on its own line is prescribed there). */
  before?: string;
  /** The sentence after this one (what a change of terms means for current users is often said there). */
  after?: string;
}

/** A sentence longer than this is read in pieces: real clauses are shorter, hostile ones are not worth more. */
const MAX_UNIT = 2000;
const MAX_UNITS = 20_000;
/** How many leading blocks count as the title area. */
const TITLE_BLOCKS = 3;

const isListItem = (block: string): boolean => /^(?:[-*+>]|\(?[0-9a-z]{1,3}[.)]|\([ivx]{1,5}\))\s/i.test(block);
/** The kind of marker a list item has: its siblings share it ("3." after "2." ends what "2." introduced). */
const markerOf = (block: string): string => {
  const marker = /^(\(?)([0-9]+|[a-z]+|[-*+>])([.)]?)/i.exec(block);
  if (!marker) return '';
  const [, open, body = '', close] = marker;
  const kind = /^\d/.test(body) ? '1' : /^[-*+>]$/.test(body) ? body : /^[ivx]{2,}$/i.test(body) ? 'i' : 'a';
  return `${open}${kind}${close}`;
};

/** Sentence ends: ". ", "? ", "! " (maybe after a closing quote or bracket) before a capital, digit, quote or "(". */
const SENTENCE_END = /[.!?]["')\]]?\s+(?=["'([]?[A-Z0-9])/g;

function sentencesOf(block: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(block); m !== null; m = SENTENCE_END.exec(block)) {
    const end = m.index + m[0].length;
    // "e.g. X", "i.e. X", "U.S. X", "No. 5": an abbreviation, not the end of a sentence.
    const before = block.slice(Math.max(from, m.index - 4), m.index + 1);
    if (/(?:\b[a-z]\.[a-z]|\be\.g|\bi\.e|\betc|\bvs|\bno|\binc|\bltd|\bco|\bU\.S|\bSec)\.$/i.test(before)) continue;
    out.push([from, end]);
    from = end;
  }
  if (from < block.length) out.push([from, block.length]);
  return out;
}

export function unitsOf(normalised: string): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  let blockIndex = 0;
  // A lead-in reaches the list items after it and ends at the first block that is not one; a list item ending in ":"
  // opens a nested lead-in under the outer one.
  let outer: string | undefined;
  let nested: string | undefined;
  let nestedMarker = '';
  for (const block of normalised.split(PARAGRAPH)) {
    const listItem = isListItem(block);
    if (!listItem) outer = nested = undefined;
    // A sibling of the item that opened the nested lead-in is past its list.
    else if (nested !== undefined && markerOf(block) === nestedMarker) nested = undefined;
    const leadIn = outer && nested ? `${outer} … ${nested}` : (outer ?? nested);
    for (const [from, to] of sentencesOf(block)) {
      for (let at = from; at < to && units.length < MAX_UNITS; at += MAX_UNIT) {
        const text = block.slice(at, Math.min(to, at + MAX_UNIT)).trim();
        if (text === '') continue;
        const before = units[units.length - 1]?.text.slice(-600);
        units.push({
          text,
          start: offset + at,
          inTitle: blockIndex < TITLE_BLOCKS,
          ...(leadIn ? { leadIn } : {}),
          ...(before ? { before } : {}),
        });
      }
    }
    const last = units[units.length - 1];
    if (last && /:\s*$/.test(last.text)) {
      if (listItem) {
        nested = last.text.slice(0, 600);
        nestedMarker = markerOf(block);
      } else outer = last.text.slice(0, 600);
    }
    offset += block.length + 1;
    blockIndex++;
  }
  for (let i = 0; i + 1 < units.length; i++) units[i]!.after = units[i + 1]!.text.slice(0, 600);
  return units;
}
