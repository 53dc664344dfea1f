/**
 * A base model the card's prose names ("a fine-tuned version of X", "based on X", "using X as a base"), for cards
 * whose metadata names none. A hint only: shown as read from text, never followed as lineage.
 */
import { plain, type Unit } from './blocks';
import { sentenceAt } from './links';
import { mentionsModelName } from './papers';
import { modelOf, parseUrl } from './urls';

export interface BaseHint {
  id: string;
  quote: string;
}

type Strength = 'any' | 'named' | 'model-link';

/** Phrases that introduce a base model, and how sure the name after them must be. Bounded, no nested quantifiers. */
const TRIGGERS: { re: RegExp; need: Strength; subject?: true }[] = [
  {
    re: /\b(?:fine-?tuned|finetuned|quantized|quantised|distilled|merged) version of (?:the )?(?:original )?(?:model )?/gi,
    need: 'any',
  },
  { re: /\b(?:fine-?tuned|finetuned|trained|built) on top of (?:the )?/gi, need: 'any' },
  { re: /\bbased on (?:the )?/gi, need: 'named', subject: true },
  { re: /\b(?:used|use|using|uses) the pre-?trained /gi, need: 'named' },
  { re: /\bstarting from (?:a |an |the )?(?:[\w-]{1,30} ){0,2}/gi, need: 'model-link' },
  { re: /\bfine-?tuned (?:\w{1,20} ){0,2}on (?:the )?/gi, need: 'model-link' },
  { re: /\bfine-?tun\w{0,10} [^.\n]{0,60}?\bfrom /gi, need: 'named' },
  { re: /\bmerged? [^.\n]{0,80}?\busing (?=\S{1,200} as (?:a|the) base\b)/gi, need: 'named' },
];

/**
 * The subject of a trigger is a part of the model, not the model: "our tokenizer is based on X", "the architecture is
 * based on X". Such a sentence names where a component comes from, not the model's base.
 */
const COMPONENT =
  /\b(tokeni[sz]ers?|vocab(ulary|ularies)?|architectures?|code(base)?s?|implementations?|templates?|card|format|prompts?|recipes?|methods?|design|config(s|uration)?|naming|loss|objectives?|pipelines?|embeddings?|layers?|attention|licen[cs]es?|data(sets?)?|results?|evaluations?|approach|scheme|conventions?|scripts?)\b/i;
/** Words that make the model the subject of "based on": the model, it, we, its name, or its size. */
const MODEL_SUBJECT =
  /\b(models?|checkpoints?|versions?|variants?|networks?|llms?|lms?|it|we|adapters?|lora|merge)\b|\d\s?(b|m|billion|million)\b(\s\S{1,20})?\s(param\w*)\b/i;
const AUXILIARY = /^(is|are|was|were|be|been|being|also|itself|directly|largely|mainly|heavily|partly|and|,)$/i;

/** The last words before `at` in its sentence or line, auxiliaries dropped: the trigger's subject. */
function subjectBefore(text: string, at: number): string {
  let start = 0;
  for (const sep of ['. ', '! ', '? ', '\n', '; ']) {
    const i = text.lastIndexOf(sep, at - 1);
    if (i >= 0 && i + sep.length > start) start = i + sep.length;
  }
  const words = plain(text.slice(Math.max(start, at - 300), at))
    .replace(/[,:;]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 0 && AUXILIARY.test(words[words.length - 1]!)) words.pop();
  return words.slice(-4).join(' ');
}

/** Whether the subject before a trigger lets it name the model's base. */
function subjectFits(subject: string, modelOnly: boolean, modelName: string): boolean {
  if (COMPONENT.test(subject)) return false;
  // "based on X" needs the model as its subject, or no subject at all ("Based on X, the model …").
  if (!modelOnly || subject === '') return true;
  return MODEL_SUBJECT.test(subject) || mentionsModelName(subject, modelName);
}

const STOP = new Set(['model', 'models', 'on', 'and', 'with', 'for', 'the', 'a', 'an', 'as', 'by', 'to', 'in', 'of']);

/** A model name: no spaces, or a short name with a version number; path-like names keep their last part. */
function cleanName(s: string): string {
  const t = s.replace(/[`*"]/g, '').trim();
  const last = t.split('\\').pop() ?? t;
  return last.replace(/[.,;:!?]+$/, '').slice(0, 256);
}

const looksNamed = (s: string): boolean => /\d/.test(s) || /[-_/]/.test(s);

/** The name at `at`: a link, a code span, or up to three name-like words. */
function nameAt(text: string, at: number, need: Strength): string | null {
  const rest = text.slice(at, at + 600);
  const link = /^\[(`?[^\][]{1,200}?`?)\]\(([^()\s]{1,500})\)/.exec(rest);
  if (link) {
    const u = parseUrl(link[2] ?? '');
    const model = u ? modelOf(u, true) : null;
    if (model) return model;
    if (need === 'model-link') return null;
    const label = cleanName(plain(link[1] ?? ''));
    return label !== '' && !label.includes(' ') && looksNamed(label) ? label : null;
  }
  if (need === 'model-link') return null;
  const code = /^`([^`\s]{1,200})`/.exec(rest);
  if (code?.[1]) return cleanName(code[1]);
  const words: string[] = [];
  for (const word of rest.split(/[\s(),;|]/, 6)) {
    const w = word.replace(/[.:!?]+$/, '');
    const first = words.length === 0 ? /^[A-Za-z]/ : /^[A-Za-z0-9]/;
    if (w === '' || STOP.has(w.toLowerCase()) || !first.test(w) || !/^[\w.\-/\\:]{1,200}$/.test(w)) break;
    words.push(w);
    if (words.length === 3 || /[.:!?]$/.test(word)) break;
  }
  const name = cleanName(words.join(' '));
  if (name === '' || !looksNamed(name)) return null;
  return name;
}

export function baseHints(units: readonly Unit[], modelName = ''): BaseHint[] {
  const out: BaseHint[] = [];
  for (const unit of units) {
    if (unit.kind === 'code' || out.length >= 5) continue;
    const text = unit.text;
    for (const { re, need, subject } of TRIGGERS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null && out.length < 5) {
        const at = m.index + m[0].length;
        if (!subjectFits(subjectBefore(text, m.index), subject === true, modelName)) continue;
        const id = nameAt(text, at, need);
        if (id && !out.some((h) => h.id.toLowerCase() === id.toLowerCase()))
          out.push({ id, quote: sentenceAt(text, m.index, at).slice(0, 400) });
      }
    }
  }
  return out;
}
