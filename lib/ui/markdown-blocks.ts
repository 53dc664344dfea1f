/**
 * A small Markdown reader for our own documentation (the method page shipped inside the extension): headings,
 * paragraphs, lists, tables, code blocks and inline emphasis, code and links. Output is plain data that Preact
 * renders; nothing becomes HTML by string.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; id: string; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { kind: 'code'; text: string };

/** GitHub-style heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

const INLINE = /(\*\*([^*]+)\*\*)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))|(\*([^*]+)\*)|(_([^_]+)_)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (match.index > 0) out.push({ kind: 'text', text: rest.slice(0, match.index) });
    if (match[2] !== undefined) out.push({ kind: 'strong', children: parseInline(match[2]) });
    else if (match[4] !== undefined) out.push({ kind: 'code', text: match[4] });
    else if (match[6] !== undefined && match[7] !== undefined)
      out.push({ kind: 'link', href: match[7], children: parseInline(match[6]) });
    else out.push({ kind: 'em', children: parseInline(match[9] ?? match[11] ?? '') });
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = heading[2]!.trim();
      blocks.push({ kind: 'heading', level: heading[1]!.length, id: slugify(text), children: parseInline(text) });
      i++;
    } else if (line.startsWith('```')) {
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      blocks.push({ kind: 'code', text: body.join('\n') });
      i++;
    } else if (line.trim().startsWith('|') && /^\s*\|?[\s:|-]+\|?\s*$/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
      blocks.push({ kind: 'table', head, rows });
    } else if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: Inline[][] = [];
      let current = '';
      for (; i < lines.length && lines[i]!.trim(); i++) {
        const item = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(lines[i]!);
        if (item && !/^\s{4,}/.test(lines[i]!)) {
          if (current) items.push(parseInline(current));
          current = item[2]!;
        } else current += ` ${lines[i]!.trim()}`;
      }
      if (current) items.push(parseInline(current));
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const text: string[] = [];
      for (; i < lines.length && lines[i]!.trim() && !/^(#{1,6}\s|```|\s*\|)/.test(lines[i]!); i++)
        text.push(lines[i]!.trim());
      if (text.length === 0) {
        text.push(line.trim());
        i++;
      }
      blocks.push({ kind: 'paragraph', children: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}
