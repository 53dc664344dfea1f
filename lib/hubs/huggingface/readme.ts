/**
 * Reads a model card (README.md): sections with short excerpts, http(s) links with the words around them, and the
 * links that point at code, papers and datasets. Input is capped at MAX_SCAN characters; everything is a single
 * pass over lines or a bounded regex scan, so hostile cards cost linear time.
 */
import type { CardSection, CodeLink, DatasetRef, Paper } from '../../schema/model-facts';

export const MAX_SCAN = 1_000_000;
const MAX_SECTIONS = 200;
const MAX_LINKS = 500;
const EXCERPT = 600;
const CONTEXT_WORDS = 10;

export interface ReadmeLink {
  url: string;
  /** About 20 words around the link, the link text included. */
  context: string;
  /** The heading of the section the link is in. */
  section?: string;
}

export interface ReadmeFacts {
  truncated: boolean;
  sections: CardSection[];
  /** Sections about training data (their excerpts quote what the card says, named datasets or not). */
  trainingData: CardSection[];
  /** A markdown table under an evaluation/results/benchmark heading. */
  evaluationTable: boolean;
  links: ReadmeLink[];
  codeLinks: CodeLink[];
  papers: Paper[];
  datasets: DatasetRef[];
}

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

/** `## Heading ##` → `Heading`, or null when the line is not an ATX heading. Loops, not regexes (no backtracking). */
function headingOf(line: string): string | null {
  let i = 0;
  while (i < line.length && i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level < 1 || level > 6) return null;
  const rest = line.slice(i + level);
  if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t') return null;
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '\t' || rest[end - 1] === '#')) end--;
  const title = plain(rest.slice(0, end)).trim();
  return title === '' ? null : title.slice(0, 200);
}

/** Markdown/HTML noise out, whitespace collapsed. Character classes only: linear. */
function plain(s: string): string {
  return s
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/!?\[([^\][]{0,500})\]\([^()]{0,2048}\)/g, '$1')
    .replace(/[*_`>|]+/g, ' ')
    .replace(/\s+/g, ' ');
}

const isFence = (line: string): boolean => {
  const t = line.trimStart();
  return t.startsWith('```') || t.startsWith('~~~');
};

const TRAINING_DATA_HEADING =
  /(train|pre-?train|fine-?tun)\w*\W+(\w+\W+)?data|\bdata(set)?s?\b\W+(\w+\W+)?(used|for train)|^data(sets?)?$/i;

const EVAL_HEADING = /eval|result|benchmark|performance/i;

function readSections(text: string): { sections: CardSection[]; evaluationTable: boolean } {
  const out: CardSection[] = [];
  let evaluationTable = false;
  let inFence = false;
  let current: { heading: string; excerpt: string } | null = null;
  const flush = () => {
    if (current && out.length < MAX_SECTIONS)
      out.push({ heading: current.heading, excerpt: current.excerpt.trim().slice(0, EXCERPT) });
  };
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    pos = nl < 0 ? text.length : nl + 1;
    if (isFence(line)) {
      inFence = !inFence;
      continue;
    }
    const h = inFence || line.length > 300 ? null : headingOf(line);
    if (h !== null) {
      flush();
      current = { heading: h, excerpt: '' };
    } else if (current && !inFence) {
      if (!evaluationTable && line.trimStart().startsWith('|') && EVAL_HEADING.test(current.heading))
        evaluationTable = true;
      if (current.excerpt.length < EXCERPT) current.excerpt += ' ' + plain(line.slice(0, 4 * EXCERPT));
    }
  }
  flush();
  return { sections: out, evaluationTable };
}

/** Link targets: markdown `](url)`, `href="url"`, `<url>` and bare URLs. Bounded quantifiers keep it linear. */
const LINK_RE =
  /\]\(\s{0,20}<?([^()\s<>]{1,2048})|href\s{0,5}=\s{0,5}"([^"]{0,2048})"|href\s{0,5}=\s{0,5}'([^']{0,2048})'|<(https?:\/\/[^>\s]{1,2048})>|(https?:\/\/[^\s<>()[\]"'`]{1,2048})/gi;

const words = (s: string): string[] =>
  plain(s)
    .replace(/[[\]()#]/g, ' ')
    .split(' ')
    .filter((w) => w !== '');

function contextAround(text: string, start: number, end: number): string {
  const before = words(text.slice(Math.max(0, start - 200), start)).slice(-CONTEXT_WORDS);
  // The link text of `[text](url)` sits just before the match start; keep it in "before".
  const after = words(text.slice(end, end + 200).replace(/^[^\s)]*\)?/, '')).slice(0, CONTEXT_WORDS);
  return [...before, '…', ...after].join(' ').slice(0, 400);
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Trailing punctuation of bare URLs in prose is not part of the URL. */
const trimUrl = (u: string): string => u.replace(/[.,;:!?*_]{1,10}$/, '');

function sectionAt(headings: { at: number; heading: string }[], index: number): string | undefined {
  let found: string | undefined;
  for (const h of headings) {
    if (h.at > index) break;
    found = h.heading;
  }
  return found;
}

function headingPositions(text: string): { at: number; heading: string }[] {
  const out: { at: number; heading: string }[] = [];
  let pos = 0;
  let inFence = false;
  while (pos < text.length && out.length < 5000) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    if (isFence(line)) inFence = !inFence;
    else if (!inFence && line.length <= 300) {
      const h = headingOf(line);
      if (h !== null) out.push({ at: pos, heading: h });
    }
    pos = nl < 0 ? text.length : nl + 1;
  }
  return out;
}

export function extractLinks(text: string): ReadmeLink[] {
  const headings = headingPositions(text);
  const out: ReadmeLink[] = [];
  const seen = new Set<string>();
  LINK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_RE.exec(text)) !== null && out.length < MAX_LINKS) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const url = m[5] ? trimUrl(raw) : raw.trim();
    if (!isHttpUrl(url)) {
      // A rejected markdown target (`javascript:alert('https://…')`) must not leak a bare URL from inside it.
      if (m[1] !== undefined) {
        const close = text.indexOf(')', m.index + m[0].length);
        if (close > 0 && close - m.index < 4096) LINK_RE.lastIndex = close + 1;
      }
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    out.push({
      url,
      context: contextAround(text, m.index, m.index + m[0].length),
      section: sectionAt(headings, m.index),
    });
  }
  return out;
}

const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);
const PAPER_HOSTS = new Set([
  'aclanthology.org',
  'openreview.net',
  'www.aclweb.org',
  'proceedings.neurips.cc',
  'papers.nips.cc',
]);

/** `owner/repo` of a code host link, or null. */
function codeRepo(u: URL): string | null {
  const host = u.hostname.replace(/^www\./, '');
  if (!CODE_HOSTS.has(host)) return null;
  const [owner, repo] = u.pathname.split('/').filter((s) => s !== '');
  if (!owner || !repo) return null;
  return `${host}/${owner}/${repo.replace(/\.git$/, '')}`;
}

function paperOf(u: URL): Paper | null {
  const host = u.hostname.replace(/^www\./, '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const m =
      /^\/(?:abs|pdf|html)\/([a-z-]*\/?\d{2}\d{2}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\/?$/i.exec(
        u.pathname,
      );
    if (m?.[1]) return { kind: 'arxiv', id: m[1], url: `https://arxiv.org/abs/${m[1]}`, source: 'readme' };
    return null;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    let id: string;
    try {
      id = decodeURIComponent(u.pathname.slice(1));
    } catch {
      return null; // a malformed escape (`%` at the end) is not a DOI, and must not throw out of the README reader
    }
    return id.startsWith('10.') ? { kind: 'doi', id: id.slice(0, 256), url: u.href, source: 'readme' } : null;
  }
  // A linked PDF (a technical report on a vendor's site) counts as a paper link.
  if (PAPER_HOSTS.has(host) || u.pathname.toLowerCase().endsWith('.pdf')) {
    return { kind: 'url', id: u.href.slice(0, 256), url: u.href, source: 'readme' };
  }
  return null;
}

function datasetOf(u: URL): string | null {
  if (u.hostname !== 'huggingface.co' && u.hostname !== 'www.huggingface.co') return null;
  const segs = u.pathname.split('/').filter((s) => s !== '');
  if (segs[0] !== 'datasets' || !segs[1]) return null;
  const id =
    segs[2] && !['tree', 'blob', 'viewer', 'resolve', 'discussions'].includes(segs[2])
      ? `${segs[1]}/${segs[2]}`
      : segs[1];
  return /^[\w.-]+(\/[\w.-]+)?$/.test(id) ? id : null;
}

export function parseReadme(input: string): ReadmeFacts {
  const truncated = input.length > MAX_SCAN;
  const text = stripFrontMatter(truncated ? input.slice(0, MAX_SCAN) : input);
  const { sections, evaluationTable } = readSections(text);
  const links = extractLinks(text);
  const codeLinks: CodeLink[] = [];
  const papers: Paper[] = [];
  const datasets: DatasetRef[] = [];
  const repos = new Set<string>();
  for (const link of links) {
    const u = new URL(link.url);
    const repo = codeRepo(u);
    if (repo !== null) {
      if (!repos.has(repo) && codeLinks.length < 100) {
        repos.add(repo);
        codeLinks.push({ url: link.url.slice(0, 2048), context: link.context, source: 'readme' });
      }
      continue;
    }
    const paper = paperOf(u);
    if (paper !== null) {
      if (!papers.some((p) => p.kind === paper.kind && p.id === paper.id) && papers.length < 100) papers.push(paper);
      continue;
    }
    const ds = datasetOf(u);
    if (ds !== null && !datasets.some((d) => d.id === ds) && datasets.length < 200) {
      const evaluation = /eval|bench/i.test(link.section ?? '');
      datasets.push({
        id: ds,
        role: evaluation ? 'evaluation' : 'training',
        hub: 'huggingface',
        availability: 'unknown',
        url: `https://huggingface.co/datasets/${ds}`,
        source: 'readme',
      });
    }
  }
  const trainingData = sections.filter((s) => TRAINING_DATA_HEADING.test(s.heading));
  return { truncated, sections, trainingData, evaluationTable, links, codeLinks, papers, datasets };
}
