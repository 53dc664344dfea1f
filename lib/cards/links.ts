/**
 * Links of a card, each attributed to the smallest unit that holds it: its `Label:` (a `Label: URL` pair or a list
 * item's bold lead), its own link text, the sentence of its unit (list item, table row, paragraph), then its headings.
 * Rules read these in that order, so the words of the next list item never decide what a link is for.
 */
import { plain, type Unit } from './blocks';

export const MAX_LINKS = 500;

export interface CardLink {
  url: string;
  /** The link's own text (`[text](url)`, `<a>text</a>`), plain; empty for a bare URL. */
  text: string;
  /** The label the unit gives the link: `Training code: <url>`, `- **Repository:** <url>`. */
  label: string;
  /** The sentence of the unit that holds the link, plain, the link text in place of the link. */
  sentence: string;
  /** The whole unit, plain (capped). */
  unitText: string;
  unit: Unit;
  /** Position of the unit in the card. */
  unitIndex: number;
}

/** Link targets: markdown `](url)`, `href="url"`, `<url>` and bare URLs. Bounded quantifiers keep it linear. */
const LINK_RE =
  /\[([^\][]{0,500})\]\(\s{0,20}<?([^()\s<>]{1,2048})|href\s{0,5}=\s{0,5}"([^"]{0,2048})"[^<>]{0,500}>([^<]{0,500})|href\s{0,5}=\s{0,5}'([^']{0,2048})'[^<>]{0,500}>([^<]{0,500})|<(https?:\/\/[^>\s]{1,2048})>|(https?:\/\/[^\s<>()[\]"'`]{1,2048})/gi;

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Trailing punctuation of bare URLs in prose is not part of the URL. */
const trimUrl = (u: string): string => u.replace(/[.,;:!?*_]{1,10}$/, '');

/** Words before the first link, when they end in a colon or are a bold lead: the unit's label for its links. */
function labelOf(before: string): string {
  const text = plain(before.replace(/^\s{0,12}([-*+]|\d{1,3}[.)])\s+/, ''));
  if (text === '') return '';
  const colon = text.lastIndexOf(':');
  if (colon >= 0 && colon >= text.length - 3) {
    // `Training code:` / `Core repo (training, inference, …):`: the words after the previous sentence end.
    const head = text.slice(0, colon);
    const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
    return head
      .slice(stop + 1)
      .trim()
      .slice(0, 200);
  }
  const bold = /^\s{0,12}(?:[-*+]\s+|\d{1,3}[.)]\s+)?\*\*([^*]{1,120})\*\*/.exec(before);
  return bold?.[1] ? plain(bold[1]).slice(0, 200) : '';
}

/** The sentence of `text` around position `at` (plain prose: `. `, `! `, `? ` and line breaks end a sentence). */
export function sentenceAt(text: string, at: number, end: number): string {
  let start = 0;
  for (const sep of ['. ', '! ', '? ', '\n']) {
    const i = text.lastIndexOf(sep, at - 1);
    if (i >= 0 && i + sep.length > start && i + sep.length <= at) start = i + sep.length;
  }
  let stop = text.length;
  for (const sep of ['. ', '! ', '? ', '\n']) {
    const i = text.indexOf(sep, end);
    if (i >= 0 && i + 1 < stop) stop = i + 1;
  }
  return plain(text.slice(Math.max(0, start), Math.min(text.length, stop, at + 1500))).slice(0, 600);
}

/** A clause ends where `,` `;` or a conjunction is followed by a verb: "trained on [A] and evaluated on [B]". */
const CLAUSE_BREAK =
  /(?:[,;]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)\s+(?:(?:we|it|they|then|the model|this model)\s+)?(?:(?:was|were|is|are|has been|have been)\s+)?(?=[a-z]{2,20}ed\b|(?:evaluat|test|benchmark|train|fine-?tun|validat|compar)\w*)/gi;

/** The clause of `sentence` that holds `needle`, or the whole sentence when it has one clause or no needle. */
export function clauseOf(sentence: string, needle: string): string {
  const at = needle === '' ? -1 : sentence.indexOf(needle);
  if (at < 0) return sentence;
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null && n++ < 50) {
    if (m.index + m[0].length <= at) start = m.index;
    else if (m.index >= at + needle.length) {
      end = m.index;
      break;
    }
    if (m[0] === '') CLAUSE_BREAK.lastIndex++;
  }
  return sentence.slice(start, end).trim();
}

export function linksOfUnit(unit: Unit, unitIndex: number, out: CardLink[], seen: Set<string>): void {
  const text = unit.text;
  const unitText = plain(text).slice(0, 1000);
  let firstLink = -1;
  LINK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_RE.exec(text)) !== null && out.length < MAX_LINKS) {
    const raw = m[2] ?? m[3] ?? m[5] ?? m[7] ?? m[8] ?? '';
    const url = m[8] ? trimUrl(raw) : raw.trim();
    const start = m.index;
    if (!isHttpUrl(url)) {
      // A rejected markdown target (`javascript:alert('https://…')`) must not leak a bare URL from inside it.
      if (m[2] !== undefined) {
        const closeAt = text.indexOf(')', m.index + m[0].length);
        if (closeAt > 0 && closeAt - m.index < 4096) LINK_RE.lastIndex = closeAt + 1;
      }
      continue;
    }
    // The image of an image link (`[![badge](img)](target)`) is not a link the card offers.
    const linkText = plain(m[1] ?? m[4] ?? m[6] ?? '');
    if (firstLink < 0) firstLink = start;
    const key = `${unitIndex} ${url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      url: url.slice(0, 2048),
      text: linkText.slice(0, 300),
      label: labelOf(text.slice(0, firstLink)),
      sentence: sentenceAt(text, start, start + m[0].length),
      unitText,
      unit,
      unitIndex,
    });
  }
}

/** Every http(s) link of the card, in order, once per unit that holds it. */
export function cardLinks(units: readonly Unit[]): CardLink[] {
  const out: CardLink[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < units.length && out.length < MAX_LINKS; i++) linksOfUnit(units[i]!, i, out, seen);
  return out;
}
