/**
 * The model's own paper or technical report, as the card cites it: a link the card labels `Paper:`, or calls "our
 * paper", "the technical report", "introduced in …"; or the BibTeX entry of its citation section. Cited related work
 * (a method, a dataset, an architecture component, a predecessor's report) is not the model's own paper.
 */
import type { Paper } from '../schema/model-facts';
import { plain, type Unit } from './blocks';
import type { CardLink } from './links';
import { paperOf, parseUrl } from './urls';

export interface PaperReading {
  /** Papers the card presents as the model's own, each with the words that say so. */
  own: Paper[];
  /** Every arXiv id the card mentions (links, BibTeX, `arXiv:` text): tags for ids outside this set are kept. */
  mentioned: Set<string>;
}

const OWN_LABEL = /^(paper|papers|technical report|tech report|report|arxiv|publication)s?$/i;
/** Words that call a paper the model's own, whatever the sentence is about. */
const OWN_WORDS =
  /\b(technical|tech) report\b|\b(our|official|release) (\S{1,30} ){0,2}(paper|report)\b|\bpaper link\b|^\(?(see |read )?(the |this |our )?(paper|report)\)?$/i;
/** "see the paper", "this … report": the model's own only as the link's whole text, or when the model is the subject. */
const THE_PAPER = /\b(the|this|see|read) (\S{1,30} ){0,2}(paper|report)\b/i;
/** "X was introduced in …": the model's own when X is the model. */
const INTRODUCED_IN =
  /\b(?:(?:was|were|is|are|has been|have been) )?(?:first |originally |initially )?(?:introduced|proposed|presented|described) in\b/i;
/** Words that make the model (or its authors) the subject. */
const MODEL_SUBJECT = /\b(this|the|our) (\S{1,30} )?(models?|checkpoints?|work|family|series)\b|\bour\b/i;
const WE_INTRODUCE = /\bwe (introduce|present|propose|release|describe)\b/i;
/** Words that make a cited work someone else's: a dataset's paper, a method in an architecture list. */
const NOT_OWN_WORDS = /\bdata ?sets?\b|\bdatasheet\b|\bcorpus\b|\bcorpora\b|\bbenchmark\b/i;
const NOT_OWN_HEADING = /architecture|specification|objective|glossary|\bdata|limitation|bias|acknowledg/i;
const CITATION_HEADING = /cit(e|ation|ing)|bibtex|引用|how to cite|reference/i;

/** `Name2.5` → stem `name`, version `2.5`; sizes (`7B`) are not versions. */
function stemAndVersion(modelName: string): { stem: string; version: string | null } {
  const name = (modelName.split('/').pop() ?? '').toLowerCase();
  const stem = /^[a-z]{2,30}/.exec(name)?.[0] ?? '';
  const v = /^[-_ ]?v?(\d{1,3}(?:\.\d{1,3})?)(?![\d.]*[bmk]\b)/.exec(name.slice(stem.length));
  return { stem, version: v?.[1] ?? null };
}

/** True when `title` names the model's family only with other versions (a predecessor's report). */
export function namesOtherVersion(title: string, modelName: string): boolean {
  const { stem, version } = stemAndVersion(modelName);
  if (stem === '' || version === null) return false;
  const lower = title.toLowerCase();
  let seen = 0;
  for (let at = lower.indexOf(stem); at >= 0 && seen < 20; at = lower.indexOf(stem, at + stem.length)) {
    const v = /^[-_ ]?v?(\d{1,3}(?:\.\d{1,3})?)/.exec(lower.slice(at + stem.length, at + stem.length + 12));
    if (!v) continue;
    seen++;
    if (v[1] === version) return false;
  }
  return seen > 0;
}

/** The words hold the stem of the model's name (`widget` for `org/Widget-2-7B`), as the start of a word. */
export function mentionsModelName(words: string, modelName: string): boolean {
  const { stem } = stemAndVersion(modelName);
  return (
    stem.length >= 3 &&
    words
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((w) => w.startsWith(stem))
  );
}

/** The words name the model: "this model", "our", or the stem of its name. */
const namesModel = (words: string, modelName: string): boolean =>
  MODEL_SUBJECT.test(words) || mentionsModelName(words, modelName);

/**
 * The words around a link call the paper the model's own: strong words ("our paper", "technical report", a link
 * whose whole text is "the paper"); "see the paper" or "introduced in" only when the model is their subject, so a
 * method cited in passing ("the method introduced in [X]", "for details on Y see the paper [Z]") is not.
 */
function ownByWords(link: CardLink, modelName: string): boolean {
  if (OWN_WORDS.test(link.text) || OWN_WORDS.test(link.sentence)) return true;
  const sentence = link.sentence;
  if (WE_INTRODUCE.test(sentence)) return true;
  if (THE_PAPER.test(sentence) && namesModel(sentence, modelName)) return true;
  const m = INTRODUCED_IN.exec(sentence);
  if (!m) return false;
  // The subject is the noun phrase right before the verb: its last three words.
  const subject = sentence
    .slice(Math.max(0, m.index - 120), m.index)
    .trim()
    .split(/\s+/)
    .slice(-3)
    .join(' ');
  return namesModel(subject, modelName) || /\b(it|we)\b/i.test(subject);
}

const ARXIV_ID = /\b(\d{4}\.\d{4,5})(?:v\d{1,2})?\b/;

/** BibTeX entries of a code block: title and arXiv id (eprint, journal or url), bounded. */
function bibEntries(code: string): { title: string; id: string | null; url: string | null }[] {
  const out: { title: string; id: string | null; url: string | null }[] = [];
  const parts = code.split(/(?=@\w{1,20}\s{0,3}\{)/).slice(0, 20);
  for (const part of parts) {
    if (!part.startsWith('@')) continue;
    const title = /\btitle\s{0,5}=\s{0,5}[{"]((?:[^{}"\n]|\{[^{}\n]{0,100}\}){1,400})/i.exec(part)?.[1] ?? '';
    const cleanTitle = title.replace(/[{}]/g, '').trim();
    const arxivField = /\b(?:eprint|journal|url|note)\s{0,5}=\s{0,5}[{"][^}"\n]{0,200}/gi;
    let id: string | null = null;
    let url: string | null = null;
    for (const m of part.matchAll(arxivField)) {
      const field = m[0];
      const found = ARXIV_ID.exec(field);
      if (found?.[1] && (/arxiv/i.test(part) || /eprint/i.test(field))) id ??= found[1];
      const link = /https?:\/\/\S{1,300}/.exec(field)?.[0];
      if (link && !url) url = link.replace(/[}",]+$/, '');
    }
    out.push({ title: cleanTitle.slice(0, 300), id, url });
  }
  return out;
}

function add(own: Paper[], paper: Paper): void {
  if (own.length < 20 && !own.some((p) => p.kind === paper.kind && p.id.toLowerCase() === paper.id.toLowerCase()))
    own.push(paper);
}

export function readPapers(units: readonly Unit[], links: readonly CardLink[], modelName: string): PaperReading {
  const own: Paper[] = [];
  const mentioned = new Set<string>();
  for (const link of links) {
    const u = parseUrl(link.url);
    if (!u) continue;
    const paper = paperOf(u);
    if (paper?.kind === 'arxiv') mentioned.add(paper.id);
    const label = link.label.trim();
    const labelled = OWN_LABEL.test(label);
    const words = `${link.text} ${link.sentence}`;
    if (!labelled) {
      if (link.unit.kind === 'table-row' || link.unit.kind === 'code') continue;
      if (link.unit.headings.slice(-2).some((h) => NOT_OWN_HEADING.test(h))) continue;
      const ownLabel = OWN_WORDS.test(label) || THE_PAPER.test(label);
      if (label !== '' && !ownLabel && /:$|^\S+( \S+){0,3}$/.test(label) && !paper) continue;
      if (!ownByWords(link, modelName)) continue;
      if (NOT_OWN_WORDS.test(words)) continue;
      // A report found through its words only needs to look like one: a paper URL or a report in the words.
      if (!paper && !/\b(paper|report)\b/i.test(`${link.text} ${label}`)) continue;
    }
    if (namesOtherVersion(link.text || link.sentence, modelName)) continue;
    const quote = (labelled ? `${label}: ${link.text || link.url}` : link.sentence || link.text).slice(0, 400);
    add(own, { ...(paper ?? { kind: 'url', id: link.url.slice(0, 256), url: link.url, source: 'readme' }), quote });
  }
  for (const unit of units) {
    if (unit.kind !== 'code') {
      if (unit.kind !== 'heading')
        for (const m of unit.text.matchAll(/arxiv[:\s/]{1,5}(\d{4}\.\d{4,5})/gi)) if (m[1]) mentioned.add(m[1]);
      continue;
    }
    if (!/@\w{1,20}\s{0,3}\{/.test(unit.text)) continue;
    const inCitation = unit.headings.slice(-2).some((h) => CITATION_HEADING.test(h));
    for (const entry of bibEntries(unit.text)) {
      if (entry.id) mentioned.add(entry.id);
      if (!inCitation || !entry.id) continue;
      if (NOT_OWN_WORDS.test(entry.title) || namesOtherVersion(entry.title, modelName)) continue;
      add(own, {
        kind: 'arxiv',
        id: entry.id,
        url: `https://arxiv.org/abs/${entry.id}`,
        source: 'readme',
        quote: plain(entry.title).slice(0, 400) || `arXiv:${entry.id}`,
      });
    }
  }
  return { own, mentioned };
}
