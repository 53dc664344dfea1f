/**
 * Splits a model card's Markdown body into the units a reader attributes words to: headings, list items, table rows,
 * paragraphs and code blocks, each with the heading path it sits under. One pass over lines, bounded counts and
 * lengths, no regex that can backtrack: hostile cards cost linear time.
 */

export type UnitKind = 'heading' | 'list-item' | 'table-row' | 'paragraph' | 'code';

export interface Unit {
  kind: UnitKind;
  /** The unit's Markdown (continuation lines of a list item included), capped at UNIT_MAX characters. */
  text: string;
  /** Titles of the enclosing headings, outermost first (for a heading: its parents, then itself). */
  headings: string[];
  /** For a table row: the table's header row, as plain text. */
  tableHeader?: string;
  /** For a table row: the header's cells, plain, in order (a link's column names what it is). */
  tableColumns?: string[];
  /** For a heading: 1-6. */
  level?: number;
  /** For a nested list item: the text of the item it is nested under (`* Software:` above `* Megatron (link)`). */
  parentText?: string;
}

export const MAX_UNITS = 20_000;
export const UNIT_MAX = 4_000;
const LINE_MAX = 20_000;

/** Drops a leading YAML front matter block (`---` ... `---`). */
export function stripFrontMatter(text: string): string {
  if (!text.startsWith('---')) return text;
  const first = text.indexOf('\n');
  if (first < 0 || text.slice(0, first).trim() !== '---') return text;
  let pos = first + 1;
  while (pos < text.length) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end).trim();
    if (line === '---' || line === '...') return end < 0 ? '' : text.slice(end + 1);
    if (end < 0) break;
    pos = end + 1;
  }
  return text;
}

/** Markdown and HTML noise out, whitespace collapsed; link text kept. Character classes only: linear. */
export function plain(s: string): string {
  return s
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/!?\[([^\][]{0,500})\]\([^()]{0,2048}\)/g, '$1')
    .replace(/[*_`>|#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `## Heading ##` → level and title, or null when the line is not an ATX heading. Loops, not regexes. */
export function headingOf(line: string): { level: number; title: string } | null {
  if (line.length > 300) return null;
  let i = 0;
  while (i < line.length && i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level < 1 || level > 6) return null;
  const rest = line.slice(i + level);
  if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t') return null;
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '\t' || rest[end - 1] === '#')) end--;
  const title = plain(rest.slice(0, end));
  return title === '' ? null : { level, title: title.slice(0, 200) };
}

/** An HTML heading on its own line (`<h2>Title</h2>`), which some cards use instead of `##`. */
function htmlHeadingOf(line: string): { level: number; title: string } | null {
  const m = /^\s{0,3}<h([1-6])\b[^<>]{0,200}>(.{0,300})<\/h\1>\s*$/i.exec(line.length > 600 ? '' : line);
  if (!m) return null;
  const title = plain(m[2] ?? '');
  return title === '' ? null : { level: Number(m[1]), title: title.slice(0, 200) };
}

export const isFence = (line: string): boolean => {
  const t = line.trimStart();
  return t.startsWith('```') || t.startsWith('~~~');
};

/** `- x`, `* x`, `+ x`, `1. x`, `1) x`, `<li>`: the start of a list item. */
function isListStart(line: string): boolean {
  let i = 0;
  while (i < line.length && i < 12 && (line[i] === ' ' || line[i] === '\t')) i++;
  const c = line[i];
  if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) return true;
  let d = i;
  while (d < line.length && d - i < 4 && line[d]! >= '0' && line[d]! <= '9') d++;
  if (d > i && (line[d] === '.' || line[d] === ')') && (line[d + 1] === ' ' || line[d + 1] === '\t')) return true;
  return line.slice(i, i + 3).toLowerCase() === '<li';
}

const isTableLine = (t: string): boolean => t.startsWith('|');

/** The cells of a table row (`| a | b |` → `a`, `b`), raw; the outer pipes make no empty cells. */
export function tableCells(row: string): string[] {
  const parts = row.split('|').map((c) => c.trim());
  if (parts[0] === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
const isTableSeparator = (t: string): boolean => /^\|?[\s:|-]{3,}$/.test(t.length > 2000 ? '' : t) && t.includes('-');
const isRule = (t: string): boolean => /^([-*_])(\s{0,3}\1){2,100}\s{0,20}$/.test(t.length > 200 ? '' : t);

/** The units of a card body (front matter already stripped). */
export function splitUnits(body: string): Unit[] {
  const units: Unit[] = [];
  const path: string[] = [];
  const levels: number[] = [];
  let open: Unit | null = null;
  let fence: Unit | null = null;
  let tableHeader: string | undefined;
  let tableColumns: string[] | undefined;
  let tableRows = 0;
  /** Open list items by indent, for nested items' parents. */
  let items: { indent: number; text: string }[] = [];
  const push = (u: Unit) => {
    if (units.length < MAX_UNITS) units.push(u);
  };
  const close = () => {
    if (open) push(open);
    open = null;
  };
  // Soft line breaks join prose with a space; code keeps its lines.
  const append = (u: Unit, line: string) => {
    const sep = u.kind === 'code' ? '\n' : ' ';
    if (u.text.length < UNIT_MAX) u.text = (u.text === '' ? line : `${u.text}${sep}${line}`).slice(0, UNIT_MAX);
  };
  let pos = 0;
  while (pos < body.length && units.length < MAX_UNITS) {
    const nl = body.indexOf('\n', pos);
    const raw = body.slice(pos, nl < 0 ? body.length : nl);
    pos = nl < 0 ? body.length : nl + 1;
    const line = (raw.length > LINE_MAX ? raw.slice(0, LINE_MAX) : raw).replace(/\r$/, '');
    if (fence) {
      if (isFence(line)) {
        push(fence);
        fence = null;
      } else append(fence, line);
      continue;
    }
    if (isFence(line)) {
      close();
      fence = { kind: 'code', text: '', headings: [...path] };
      continue;
    }
    const t = line.trim();
    if (!isTableLine(t)) {
      tableHeader = undefined;
      tableColumns = undefined;
      tableRows = 0;
    }
    if (t === '') {
      close();
      continue;
    }
    const h = headingOf(line) ?? htmlHeadingOf(line);
    if (h) {
      close();
      while (levels.length > 0 && levels[levels.length - 1]! >= h.level) {
        levels.pop();
        path.pop();
      }
      items = [];
      levels.push(h.level);
      path.push(h.title);
      push({ kind: 'heading', text: t.slice(0, UNIT_MAX), headings: [...path], level: h.level });
      continue;
    }
    if (isRule(t)) {
      close();
      continue;
    }
    if (isTableLine(t)) {
      close();
      if (isTableSeparator(t)) continue;
      if (tableRows === 0) {
        tableHeader = plain(t).slice(0, 400);
        tableColumns = tableCells(t.slice(0, 4000))
          .slice(0, 50)
          .map((c) => plain(c).slice(0, 200));
      }
      tableRows++;
      const row: Unit = { kind: 'table-row', text: t.slice(0, UNIT_MAX), headings: [...path] };
      if (tableHeader !== undefined && tableRows > 1) row.tableHeader = tableHeader;
      if (tableColumns !== undefined && tableRows > 1) row.tableColumns = tableColumns;
      push(row);
      continue;
    }
    if (isListStart(line)) {
      close();
      const indent = line.length - line.trimStart().length;
      while (items.length > 0 && items[items.length - 1]!.indent >= indent) items.pop();
      const item: Unit = { kind: 'list-item', text: t.slice(0, UNIT_MAX), headings: [...path] };
      const parent = items[items.length - 1];
      if (parent) item.parentText = parent.text;
      if (items.length < 20) items.push({ indent, text: plain(t).slice(0, 200) });
      open = item;
      continue;
    }
    const cont = open as Unit | null;
    if (cont) append(cont, t);
    else {
      items = [];
      open = { kind: 'paragraph', text: t.slice(0, UNIT_MAX), headings: [...path] };
    }
  }
  close();
  if (fence) push(fence);
  return units;
}
