/**
 * What a linked repository is for, read from the smallest unit that says so: (for known libraries) its name, the link's
 * label (in a table row: the row's first cell, else its column's header), its own text, its clause, its sentence, the
 * list item it is nested under, the unit after a bare link, and only then its headings. The first of these that speaks
 * decides; later, wider ones are never consulted.
 */
import type { CodeRole } from '../schema/model-facts';
import { plain, tableCells, type Unit } from './blocks';
import { clauseOf, type CardLink } from './links';
import { codeRepo, isNotebook, parseUrl } from './urls';

export interface CodeRoleReading {
  role: CodeRole;
  /** The words that decided, for the evidence. */
  quote: string;
  /** The words speak of pretraining: for a fine-tune, that is its base model's code, not its own. */
  pretraining: boolean;
}

/** General-purpose libraries and tools: linked as what the model uses, never as the code that trained it. */
const LIBRARY_REPOS =
  /^(pytorch\/pytorch|tensorflow\/tensorflow|google\/jax|huggingface\/(transformers|trl|peft|accelerate|diffusers|optimum|datasets|tokenizers|safetensors|text-generation-inference|candle)|microsoft\/deepspeed|nvidia\/apex|(hazyresearch|dao-ailab)\/flash-attention|openai\/(tiktoken|clip)|mlfoundations\/open_clip|vllm-project\/vllm|ggerganov\/llama\.cpp|ggml-org\/llama\.cpp|abetlen\/llama-cpp-python|marella\/ctransformers|casper-hansen\/autoawq|autogptq\/autogptq|comfyanonymous\/comfyui|oobabooga\/text-generation-webui|lostruins\/koboldcpp|parisneo\/lollms-webui|openai\/openai-python|openai\/openai-openapi)$/;

/** Evaluation harnesses known by name. */
const HARNESS_REPOS =
  /(^|\/)(lm-evaluation-harness|bigcode-evaluation-harness|helm|opencompass|evalplus|simple-evals|olmes)$/;

const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp)$/i;

/** Words that give a role, strongest first. Bounded alternations, no nested quantifiers. */
const FINE_TUNING_OFFERED =
  /\b(can|could|may|you|users?)\b[^.]{0,60}\b(fine-?tun\w*|customi[sz]\w*|adapt\w*)\b|\bfurther (fine-?tun\w*|customi[sz]\w*)|\bfine-?tuning (example|script|notebook|guide|tutorial)s?\b|\b(example|script|guide|tutorial)s? (for|of|on) fine-?tun\w*|\bsupervised fine-?tuning\b|\bsft\b/i;
const TRAINING_LABEL = /\b(pre-?)?train(ing)?\b/i;
const TRAINING_SENTENCE =
  /\b(pre-?)?trained (\w{1,30} ){0,3}(with|using|via|by|in)\b|\b(pre-?)?train(ing)? (code|scripts?|recipes?|framework|pipeline|procedure|details|setup|readme|configs?)\b|\b(replicat|reproduc)\w* (the )?(pre-?)?training\b|\bdetails on (pre-?)?training\b|\bmerged? (\w{1,30} ){0,4}(made|created|produced|built) (with|using|by)\b|\b(made|created|produced) (with|using) \S{0,40}$|\bboth training and\b/i;
const EVALUATION_WORDS =
  /\beval(uation|uated|uate|s)?\b|\bbenchmark(s|ing)?\b|\bmetrics\b|\bharness\b|\bresults? (can be |are )?reproduc\w*/i;
const PREPROCESSING_WORDS =
  /\b(pre-?process\w*|data[- ](processing|pipeline|preparation|prep|cleaning|curation|filtering)|dedup\w*|merging script|tokeni[sz]ation script)\b/i;
const INFERENCE_WORDS =
  /\b(inference|usage|run(ning)?|demo|examples?|quick ?start|getting started|deploy\w*|serv(e|ing)|sampling|reference implementation)\b/i;
const DATA_WORDS = /\b(data ?sets?|corpus|corpora|data)\b/i;
const PRETRAINING = /\bpre-?train(ing)?\b/i;

/** Link texts that say nothing of what the code is for. */
const GENERIC_TEXT =
  /^\W{0,3}(an? |the |this |our )?(examples?|here|link|this|script|notebook|code|repo|repository|github)\W{0,3}$/i;

function roleOfWords(words: string, level: 'label' | 'text' | 'sentence' | 'heading'): CodeRole | null {
  if (words.trim() === '' || (level === 'text' && GENERIC_TEXT.test(words))) return null;
  if (FINE_TUNING_OFFERED.test(words)) return 'fine-tuning';
  if (level === 'sentence' ? TRAINING_SENTENCE.test(words) : TRAINING_LABEL.test(words)) return 'training';
  if (EVALUATION_WORDS.test(words)) return 'evaluation';
  if (PREPROCESSING_WORDS.test(words)) return 'preprocessing';
  if (level !== 'heading' && DATA_WORDS.test(words) && !/\bcode\b/i.test(words)) return 'other';
  if (INFERENCE_WORDS.test(words)) return 'inference';
  if (level === 'label' && /\b(library|libraries|tokeni[sz]er|architecture|license|framework)\b/i.test(words))
    return 'other';
  return null;
}

/** Headings, innermost first: data sections hold data links, not code. */
function roleOfHeadings(headings: readonly string[]): { role: CodeRole; quote: string } | null {
  for (let i = headings.length - 1; i >= 0 && i >= headings.length - 3; i--) {
    const h = headings[i]!;
    if (/\bdata(sets?)?\b|\bcorpus\b/i.test(h)) return { role: 'other', quote: h };
    const role = roleOfWords(h, 'heading');
    if (role) return { role, quote: h };
  }
  return null;
}

/** A repository the card template names as the model's source (`Model Sources` → `Repository:`). */
const isSourceRepository = (link: CardLink): boolean =>
  /^(repository|code|source code|repo)$/i.test(link.label.trim()) &&
  link.unit.headings.some((h) => /\bsources?\b/i.test(h));

/** The words that label a link in a table row: the row's first cell (when the link is in a later one), its column. */
function tableLabels(link: CardLink): string[] {
  const cells = tableCells(link.unit.text);
  const at = cells.findIndex((c) => c.includes(link.url));
  if (at < 0) return [];
  const out: string[] = [];
  if (at > 0) out.push(plain(cells[0] ?? ''));
  const column = link.unit.tableColumns?.[at];
  if (column) out.push(column);
  return out.filter((w) => w !== '');
}

/** The role of a code link; `next` is the unit after the link's own, read when the link stands alone. */
export function codeRoleOf(link: CardLink, next: Unit | undefined): CodeRoleReading {
  const u = parseUrl(link.url);
  const repo = u ? (codeRepo(u) ?? '') : '';
  const name = repo.split('/').slice(1).join('/');
  const decide = (role: CodeRole, quote: string): CodeRoleReading => ({
    role,
    quote: quote.slice(0, 400),
    pretraining: role === 'training' && PRETRAINING.test(quote),
  });
  if (u && IMAGE_FILE.test(u.pathname)) return decide('other', link.text || link.sentence);
  if (/\/(blob|raw)\/[^/]{1,100}\/license[\w.-]{0,20}$/i.test(u?.pathname ?? '')) return decide('other', link.sentence);
  if (link.unit.kind === 'code') {
    const heading = roleOfHeadings(link.unit.headings);
    return decide(
      HARNESS_REPOS.test(name) || heading?.role === 'evaluation' ? 'evaluation' : 'inference',
      link.sentence,
    );
  }
  // A general-purpose library stays a library under a wide label (`Software:`, the template's `Repository:`), unless
  // named as the training code.
  if (LIBRARY_REPOS.test(name) && !/\btraining (code|scripts?|recipes?)\b/i.test(link.label))
    return decide('other', link.sentence || link.text);
  if (isSourceRepository(link)) return decide('training', `${link.label}: ${link.url}`);
  const label = roleOfWords(link.label, 'label');
  if (label) return decide(label, link.sentence || link.label);
  if (HARNESS_REPOS.test(name)) return decide('evaluation', link.sentence || link.text);
  // A table row speaks for the thing in its first cell, or its column's header: only a labelling cell gives a role.
  if (link.unit.kind === 'table-row') {
    for (const cell of tableLabels(link)) {
      const role = roleOfWords(cell, 'label');
      if (role) return decide(role, link.sentence);
    }
    return decide('other', link.sentence);
  }
  const text = roleOfWords(link.text, 'text');
  if (text) return decide(text, link.sentence || link.text);
  // The clause that holds the link first ("users can fine-tune it; the model was trained with [code]").
  const clause = clauseOf(link.sentence, link.text || link.url);
  const inClause = clause !== link.sentence ? roleOfWords(clause, 'sentence') : null;
  if (inClause) return decide(inClause, link.sentence);
  const sentence = roleOfWords(link.sentence, 'sentence');
  if (sentence) return decide(sentence, link.sentence);
  if (link.unit.parentText) {
    const parent = roleOfWords(link.unit.parentText.replace(/:\s*$/, ''), 'label');
    if (parent) return decide(parent, `${link.unit.parentText} ${link.sentence}`);
  }
  const bare = link.sentence.replace(/https?:\/\/\S{1,2048}/g, '').trim() === '';
  if (bare && next && next.kind === 'paragraph') {
    const words = next.text.slice(0, 600);
    const role = roleOfWords(words, 'sentence') ?? (PRETRAINING.test(words) ? 'training' : null);
    if (role) return decide(role, words);
  }
  const heading = roleOfHeadings(link.unit.headings);
  if (heading) return decide(heading.role, `${heading.quote.replace(/:\s*$/, '')}: ${link.sentence || link.url}`);
  return decide('other', link.sentence || link.url);
}

/** Links that point at code: a repository on a code host, or a notebook opened from one. */
export function isCodeLink(url: string): boolean {
  const u = parseUrl(url);
  return u !== null && (codeRepo(u) !== null || isNotebook(u));
}
