/**
 * The patterns the component rules look for: file names, card headings, the words around a code link, library names.
 * Pure data and predicates, so each rule reads as a sentence and each pattern is tested once.
 */
import type { CodeLink } from '../schema/model-facts';

/** Libraries that ship the model's architecture and run it (Hugging Face `library_name`), with their own license. */
export const LIBRARY_LICENSES: Readonly<Record<string, string>> = {
  transformers: 'apache-2.0',
  diffusers: 'apache-2.0',
  'sentence-transformers': 'apache-2.0',
  timm: 'apache-2.0',
  peft: 'apache-2.0',
  'adapter-transformers': 'apache-2.0',
  open_clip: 'mit',
  'open-clip': 'mit',
  'llama.cpp': 'mit',
  gguf: 'mit',
  mlx: 'mit',
  'mlx-lm': 'mit',
  nemo: 'apache-2.0',
  speechbrain: 'apache-2.0',
  espnet: 'apache-2.0',
  fairseq: 'mit',
  keras: 'apache-2.0',
  'tf-keras': 'apache-2.0',
  'keras-hub': 'apache-2.0',
  'keras-nlp': 'apache-2.0',
  flair: 'mit',
  setfit: 'apache-2.0',
  'span-marker': 'apache-2.0',
  gliner: 'apache-2.0',
  'pyannote-audio': 'mit',
  'stable-baselines3': 'mit',
  'ml-agents': 'apache-2.0',
  fastai: 'apache-2.0',
  spacy: 'mit',
  paddlenlp: 'apache-2.0',
  paddleocr: 'apache-2.0',
  ultralytics: 'agpl-3.0',
  'sample-factory': 'mit',
  allennlp: 'apache-2.0',
  asteroid: 'mit',
  fasttext: 'mit',
  ctranslate2: 'mit',
  onnx: 'apache-2.0',
  'transformers.js': 'apache-2.0',
  vllm: 'apache-2.0',
  sklearn: 'bsd-3-clause',
  'scikit-learn': 'bsd-3-clause',
};

/** Libraries whose presence means the model's weights are in a format the library loads (the first badge, before the file list is read). */
export const WEIGHT_LIBRARIES = new Set(Object.keys(LIBRARY_LICENSES).filter((name) => name !== 'peft'));

export function knownLibrary(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase();
  return Object.prototype.hasOwnProperty.call(LIBRARY_LICENSES, key) ? key : undefined;
}

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Files that define the architecture: configs, modeling code, GGUF (which embeds it). */
export function isArchitectureFile(path: string): boolean {
  const name = base(path);
  return (
    /^(config|model_index|params)\.json$/i.test(name) ||
    /^(configuration|modeling)_[\w-]+\.py$/i.test(name) ||
    /\.gguf$/i.test(name)
  );
}

export function isInferenceFile(path: string): boolean {
  return /^(inference|infer|predict|generate|run|demo|handler|pipeline|app|example|sample)[\w-]*\.(py|sh|ipynb)$/i.test(
    base(path),
  );
}

export function isTrainingFile(path: string): boolean {
  const name = base(path);
  return (
    /^(train|finetune|fine_tune|fine-tune|pretrain|pre_train|sft|dpo|rlhf)[\w.-]*\.(py|sh|ipynb)$/i.test(name) ||
    /(train|finetun|pretrain)[\w.-]*\.ya?ml$/i.test(name)
  );
}

export function isEvaluationFile(path: string): boolean {
  return /^(eval|evaluate|evaluation|benchmark)[\w-]*\.(py|sh|ipynb)$/i.test(base(path));
}

export function isPreprocessingFile(path: string): boolean {
  return /^(preprocess|pre_process|prepare_data|prepare_dataset|data_prep|process_data|tokenize_data|dedup)[\w-]*\.(py|sh|ipynb)$/i.test(
    base(path),
  );
}

/** Training state and configuration: MOF "model metadata (training config, optimizer states)". */
export function isTrainingMetadataFile(path: string): boolean {
  const name = base(path);
  return (
    /^(training_args\.bin|trainer_state\.json|optimizer\.(pt|bin|pth)|scheduler\.pt|hparams\.ya?ml|args\.json)$/i.test(
      name,
    ) ||
    /^(training|train)_(config|params|hparams|results)\.(json|ya?ml)$/i.test(name) ||
    /(train|finetun|pretrain)[\w.-]*\.ya?ml$/i.test(name)
  );
}

/** A path inside a checkpoint directory, or a checkpoint file named by step. */
export function isCheckpointPath(path: string): boolean {
  return /(^|\/)(checkpoint|ckpt|step|iter|epoch)[-_]?\d+/i.test(path) && !/^(config|tokenizer)/i.test(base(path));
}

/** Branch names that hold intermediate checkpoints (Pythia `step143000`, OLMo `step1000-tokens4B`). */
export function isCheckpointBranch(name: string): boolean {
  return /^(step|checkpoint|ckpt|iter|epoch|stage)[-_]?\d/i.test(name) || /\d+(k|m|b|t)?[-_]?tokens/i.test(name);
}

/** What a code link is for, judged from the words around it and its URL path. */
export interface CodeLinkKinds {
  training: boolean;
  inference: boolean;
  evaluation: boolean;
  preprocessing: boolean;
}

const TRAINING_WORDS = /\b(train(s|ing|ed)?|fine[- ]?tun\w*|finetun\w*|pre[- ]?train\w*|reproduc\w*|recipes?)\b/i;
const INFERENCE_WORDS =
  /\b(inference|usage|use|using|run(s|ning)?|demo|examples?|quick ?start|getting started|deploy\w*|serv(e|ing)|generat\w*|chat|predict\w*|load(ing)?)\b/i;
const EVALUATION_WORDS = /\b(eval\w*|benchmark\w*|lm-evaluation-harness|leaderboard)\b/i;
const PREPROCESSING_WORDS =
  /\b(pre-?process\w*|data[- ](processing|pipeline|preparation|prep|cleaning|curation|filtering)|dedup\w*|filtering)\b/i;

/**
 * The sentence around the link: adapters give a few words either side with `…` where the link is, and those words
 * can run into the next heading ("… repository … . Training Data Pretrained on …").
 */
export function linkSentence(context: string): string {
  const mark = context.indexOf('…');
  if (mark < 0) return context;
  const before =
    context
      .slice(0, mark)
      .split(/[.!?:]\s/)
      .pop() ?? '';
  const after = context.slice(mark + 1).split(/[.!?:](\s|$)/)[0] ?? '';
  return `${before} ${after}`.trim();
}

export function codeLinkKinds(link: CodeLink): CodeLinkKinds {
  let path: string;
  try {
    path = new URL(link.url).pathname.replace(/[/_-]+/g, ' ');
  } catch {
    path = '';
  }
  const words = `${linkSentence(link.context)} ${path}`;
  return {
    training: TRAINING_WORDS.test(words),
    inference: INFERENCE_WORDS.test(words),
    evaluation: EVALUATION_WORDS.test(words),
    preprocessing: PREPROCESSING_WORDS.test(words),
  };
}

/** Card headings that introduce the training data. */
export const TRAINING_DATA_HEADING =
  /\b(training|pre-?training|fine-?tuning|instruction)[- ](data|datasets?|corpus|corpora|mixture|mix)\b|\bdata[- ]?(sources?|card|sets?|overview|collection)\b|^\s*(data|datasets?|training data)\s*$/i;

/** Card headings that introduce evaluation results. */
export const EVALUATION_HEADING = /\b(eval\w*|benchmarks?|results|performance|metrics)\b/i;

/** Descriptions that name no dataset: the data is described only in general terms. */
export const VAGUE_DATA =
  /(publicly available (online |web )?(data|sources|datasets?|text|information)|a (new )?mix(ture)? of (publicly available|licensed|proprietary|public)|proprietary (data|datasets?|sources)|internal (data|datasets?)|licensed data|undisclosed|not (been )?(publicly )?(released|disclosed)|data from the (public )?(web|internet)|variety of (public )?(sources|data))/i;

/** The sentence of `text` that contains the first match of `pattern`. */
export function sentenceAround(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const start = Math.max(
    text.lastIndexOf('. ', match.index) + 1,
    text.lastIndexOf('\n', match.index) + 1,
    text.lastIndexOf('! ', match.index) + 1,
    text.lastIndexOf('? ', match.index) + 1,
    0,
  );
  const endCandidates = ['. ', '\n', '! ', '? ']
    .map((sep) => text.indexOf(sep, match.index + match[0].length))
    .filter((i) => i >= 0);
  const end = endCandidates.length > 0 ? Math.min(...endCandidates) + 1 : text.length;
  return text.slice(start, end).trim().slice(0, 1000);
}

/** Pipeline tags of models that take more than one input modality (for clauses that apply to multimodal models). */
export const MULTIMODAL_PIPELINES = new Set([
  'image-text-to-text',
  'any-to-any',
  'visual-question-answering',
  'document-question-answering',
  'video-text-to-text',
  'audio-text-to-text',
  'image-to-text',
  'visual-document-retrieval',
]);
export const MULTIMODAL_TAGS = new Set(['multimodal', 'vision-language', 'mllama', 'llava', ...MULTIMODAL_PIPELINES]);
