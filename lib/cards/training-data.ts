/**
 * What the card says of its training data: datasets it names (a dataset link or a list the card introduces as its
 * training data), a concrete description (sizes, sources, composition) when it names none, vague wording that only
 * mentions the data, or nothing. Evaluation datasets and example images are not training data.
 */
import { plain, type Unit } from './blocks';
import { clauseOf, type CardLink } from './links';
import { hubDatasetOf, parseUrl, type HubDataset } from './urls';

export interface NamedDataset {
  id: string;
  role: 'training' | 'evaluation';
  quote: string;
  /** The link the card gives; for a dataset on a hub, its canonical page. */
  url?: string;
  /** Set when the id names a dataset on a model hub (the link's host). */
  hub?: HubDataset['hub'];
}

export interface TrainingDataReading {
  datasets: NamedDataset[];
  description?: { kind: 'described' | 'vague'; quote: string; heading?: string };
}

const TRAINING_HEADING =
  /\b(train\w*|pre-?train\w*|fine-?tun\w*|instruction|post-?train\w*)\b[^\n]{0,20}\b(data|datasets?|corpus|corpora|mix\w*)\b|\b(data|datasets?|corpus|corpora)\b[^\n]{0,20}\bmix(es|ture|tures)?\b|^\s*(data|datasets?|data sources?|training)\s*$/i;
const EVALUATION_WORDS = /\beval\w*|\bbenchmark\w*|\bleaderboard\b|\btest(ed|ing)? (set|on)\b/i;
const TRAINING_WORDS =
  /\b(pre-?)?train(s|ed|ing)?\b|\balign(ed|ment)\b|\bdpo\b|\bfine-?tun\w*|\binstruction[- ]tun\w*|\bdata (mix|mixture)\b|\b(sft|dpo|preference) data\b/i;
/** A sentence about this model's training data. */
const DATA_SUBJECT =
  /\b(pre-?training|training|fine-?tuning|instruction[- ]tuning|post-?training|sft) (data|dataset|datasets|corpus|corpora|mixture|mix|set)\b|\b(pre-?trained|trained|fine-?tuned|instruction[- ]tuned|trains?) (\S{1,30} ){0,4}on\b|\btrained (\S{1,30} ){0,3}with (\S{1,30} ){0,4}(data|datasets?|corpus|corpora|tokens)\b|\bdata (mix|mixture)\b/i;
/** Concrete details: an amount, a share, or kinds of sources. */
const CONCRETE =
  /\d[\d.,]{0,12}\s?(k|m|b|t|tb|gb|billion|trillion|million|thousand)?\s?(tokens|words|documents|examples|pairs|records|samples|images|hours|instructions|conversations)\b|\b\d[\d.,]{0,8}\s?(tb|gb)\b|\d{1,3}(\.\d{1,2})?\s?%|\b(papers|textbooks|websites|encyclopedias|books|source code|code|synthetic|human-annotated|web ?pages|news|forums|reviews|wikipedia|question-answer)\b/i;
const NOT_THIS_MODEL =
  /\byour own\b|\bhow to (produce|create|build)\b|\bunknown dataset\b|\bmore information needed\b|\b(fine-?tuned|trained) on (top of )?(the )?[\w.-]{1,60}\/[\w.-]{1,80}\.?$/i;
/** Words that start a sentence, or name a part of a document (`Section 3`, `Appendix B`), not a dataset. */
const SENTENCE_START = /^(In|A|An|We|It|This|Our|For|With|On|From|Each|All|Some|See|Total|About|Over)\b|^The [a-z0-9]/;
const DOCUMENT_PART = /^(the )?(sections?|appendix|appendices|tables?|figures?|fig\.|chapters?|papers?|pages?)\b/i;
const notName = (name: string): boolean => SENTENCE_START.test(name) || DOCUMENT_PART.test(name);
const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|mp4|wav|mp3)$/i;

/** Sentences of prose units (code and tables aside), with the unit they come from. */
function* sentences(units: readonly Unit[]): Generator<{ text: string; unit: Unit }> {
  let n = 0;
  for (const unit of units) {
    if (unit.kind === 'code' || unit.kind === 'table-row' || unit.kind === 'heading') continue;
    const text = plain(unit.text);
    for (const s of text.split(/(?<=[.!?])\s+/)) {
      if (++n > 20_000) return;
      if (s.length > 10) yield { text: s.slice(0, 1000), unit };
    }
  }
}

const isTrainingHeading = (unit: Unit) => unit.headings.slice(-2).some((h) => TRAINING_HEADING.test(h));
const isEvaluationHeading = (unit: Unit) => unit.headings.slice(-2).some((h) => EVALUATION_WORDS.test(h));

function kaggleDataset(u: URL): string | null {
  if (u.hostname !== 'www.kaggle.com' && u.hostname !== 'kaggle.com') return null;
  const segs = u.pathname.split('/').filter((s) => s !== '');
  if ((segs[0] === 'c' || segs[0] === 'competitions') && segs[1]) return segs[1];
  if (segs[0] === 'datasets' && segs[1] && segs[2]) return `${segs[1]}/${segs[2]}`;
  return null;
}

/** Names in an inline list: `A, deduplicated B, a subset of C, and D v1.6` → A, B, C, D v1.6. */
function namesInList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/,|;|\band\b/).slice(0, 30)) {
    const words = part
      .trim()
      .replace(/^(a |an |the )?(subset|portion|sample|mix|version) of /i, '')
      .split(/\s+/)
      .filter((w) => w !== '');
    while (words.length > 0 && /^[a-z]/.test(words[0]!)) words.shift();
    const name = words
      .slice(0, 4)
      .join(' ')
      .replace(/[.:;]+$/, '');
    if (name !== '' && /^[A-Z]/.test(name) && !notName(name) && name.length <= 60) out.push(name);
  }
  return out;
}

const LIST_INTRO =
  /\b(data ?sets?|corpus|corpora|data|mixture)\b[^.:]{0,80}\b(contains?|consists? of|includes?|comprises?|is composed of|are|were)\b:?\s*/i;
/** "… of the following five datasets:": a list of items follows. */
const FOLLOWING_INTRO = /\b(following|these|below)\b (\S{1,30} ){0,4}(data ?sets?|corpora|sources)\b[^.:]{0,60}:\s*$/i;
/** The name that leads a list item: up to its first punctuation or connecting word. */
const ITEM_NAME =
  /^([A-Z][\w.\-&' ]{0,40}?)(,| -| –|:|\(| which| is| are| that| containing| contains| from| with| consisting| dataset| corpus|$)/;

export function readTrainingData(units: readonly Unit[], links: readonly CardLink[]): TrainingDataReading {
  const datasets: NamedDataset[] = [];
  const add = (d: NamedDataset) => {
    if (datasets.length < 200 && !datasets.some((e) => e.id.toLowerCase() === d.id.toLowerCase())) datasets.push(d);
  };
  // 1. Dataset links, by the words of their own unit, then their headings.
  for (const link of links) {
    const u = parseUrl(link.url);
    if (!u || link.unit.kind === 'code' || IMAGE_FILE.test(u.pathname) || /\/resolve\//.test(u.pathname)) continue;
    const onHub = hubDatasetOf(u);
    const kaggle = onHub ? null : kaggleDataset(u);
    const id = onHub?.id ?? kaggle;
    if (!id) continue;
    // The clause that holds the link decides when it speaks of training or evaluation; else the whole sentence.
    const clause = clauseOf(link.sentence, link.text || link.url);
    const sentence =
      clause !== link.sentence && (TRAINING_WORDS.test(clause) || EVALUATION_WORDS.test(clause))
        ? clause
        : link.sentence;
    const words = `${link.label} ${link.text} ${sentence}`;
    const role =
      EVALUATION_WORDS.test(words) || (!TRAINING_WORDS.test(words) && isEvaluationHeading(link.unit))
        ? 'evaluation'
        : TRAINING_WORDS.test(words) || isTrainingHeading(link.unit)
          ? 'training'
          : null;
    if (!role || (kaggle && role !== 'training')) continue;
    const quote = link.sentence || link.text;
    add(onHub ? { id, role, quote, url: onHub.url, hub: onHub.hub } : { id, role, quote, url: link.url });
  }
  // 2. A list the card introduces as its training data, inline or as the list items that follow.
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind !== 'paragraph' && unit.kind !== 'list-item') continue;
    const text = plain(unit.text);
    const about = DATA_SUBJECT.test(text) || isTrainingHeading(unit) || /\btrain/i.test(text);
    if (!about || EVALUATION_WORDS.test(text)) continue;
    const intro = LIST_INTRO.exec(text) ?? FOLLOWING_INTRO.exec(text);
    if (!intro) continue;
    const after = text.slice(intro.index + intro[0].length, intro.index + intro[0].length + 400);
    const quote = text.slice(0, 400);
    if (/:\s*$/.test(text) || after.trim() === '') {
      // Introduced with a colon: the names lead the list items that follow.
      for (let j = i + 1; j < units.length && j < i + 40 && units[j]!.kind === 'list-item'; j++) {
        const lead = plain(units[j]!.text).replace(/^[-*+]\s*|^\d{1,3}[.)]\s*/, '');
        const name = ITEM_NAME.exec(lead)?.[1]?.trim();
        if (name && !notName(name)) add({ id: name, role: 'training', quote });
      }
    } else if (!/^(are|were)\b/i.test(intro[2] ?? '') || /^[A-Z]/.test(after)) {
      // After "are", only names: "the datasets are A, B and C", not "the data are a subset of …".
      const sentence = after.split(/\.(\s|$)/)[0] ?? '';
      const names = namesInList(sentence);
      if (names.length >= 2) for (const name of names) add({ id: name, role: 'training', quote });
    }
  }
  // 3. A description when no dataset is named: concrete words, else vague ones.
  let vague: TrainingDataReading['description'];
  for (const { text, unit } of sentences(units)) {
    if (!DATA_SUBJECT.test(text) && !(isTrainingHeading(unit) && /\b(data|corpus|tokens)\b/i.test(text))) continue;
    if (NOT_THIS_MODEL.test(text) || EVALUATION_WORDS.test(text)) continue;
    const heading = unit.headings[unit.headings.length - 1];
    const found = { quote: text.slice(0, 400), ...(heading ? { heading: heading.slice(0, 200) } : {}) };
    if (CONCRETE.test(text)) return { datasets, description: { kind: 'described', ...found } };
    vague ??= { kind: 'vague', ...found };
  }
  return vague ? { datasets, description: vague } : { datasets };
}
