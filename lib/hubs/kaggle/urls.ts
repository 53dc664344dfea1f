/**
 * Kaggle Models URL classification (beta: checked against documented URL forms, not live pages). A model is
 * `/models/{owner}/{model}`; a variation `/models/{owner}/{model}/{framework}/{variation}[/{version}]`, or the legacy
 * `/models/{owner}/{model}/frameworks/{framework}/variations/{variation}[/versions/{n}]`.
 */
import { hubPathSegments } from '../url-path';
import { kaggleHub } from './descriptor';

/** The hub's origins, from its descriptor: a URL on any other is not this hub's. */
const ORIGINS = kaggleHub.origins;
export const KAGGLE_ORIGIN = kaggleHub.origins[0];
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const parse = (url: string | URL): string[] | null => hubPathSegments(url, ORIGINS);

export interface KaggleRef {
  owner: string;
  model: string;
  framework?: string;
  variation?: string;
}

function refOf(s: string[]): KaggleRef | null {
  if (s[0] !== 'models' || !SLUG.test(s[1] ?? '') || !SLUG.test(s[2] ?? '')) return null;
  const base = { owner: s[1] ?? '', model: s[2] ?? '' };
  const rest = s.slice(3);
  if (rest.length === 0) return base;
  if (rest[0] === 'frameworks') {
    if (rest[2] !== 'variations' || !SLUG.test(rest[1] ?? '') || !SLUG.test(rest[3] ?? '')) return null;
    if (rest.length > 4 && !(rest[4] === 'versions' && /^\d{1,6}$/.test(rest[5] ?? '') && rest.length === 6))
      return null;
    return { ...base, framework: rest[1] ?? '', variation: rest[3] ?? '' };
  }
  if (!SLUG.test(rest[0] ?? '') || !SLUG.test(rest[1] ?? '')) return null;
  if (rest.length > 3 || (rest.length === 3 && !/^\d{1,6}$/.test(rest[2] ?? ''))) return null;
  return { ...base, framework: rest[0] ?? '', variation: rest[1] ?? '' };
}

export const modelPageUrls = [
  'https://www.kaggle.com/models/google/gemma',
  'https://www.kaggle.com/models/google/gemma-3n',
];
export const isModelPage = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s.length === 3 && refOf(s) !== null;
};

export const variationPageUrls = [
  'https://www.kaggle.com/models/google/gemma-2/pyTorch/gemma-2-2b-it',
  'https://www.kaggle.com/models/google/gemma-3n/transformers/gemma-3n-e2b/1',
  'https://www.kaggle.com/models/google/gemma/frameworks/tfLite/variations/gemma-2b-it-gpu-int4',
  'https://www.kaggle.com/models/google/gemma/frameworks/keras/variations/gemma_2b_en/versions/2',
];
export const isVariationPage = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s.length > 3 && refOf(s) !== null;
};

export const otherPageUrls = [
  // Not an origin the hub serves pages from (lib/hubs/kaggle/descriptor.ts).
  'https://kaggle.com/models/google/gemma',
  'https://www.kaggle.com/models',
  'https://www.kaggle.com/datasets/owner/name',
  'https://www.kaggle.com/models/google',
  'https://www.kaggle.com/models/google/gemma/frameworks/keras',
  'https://huggingface.co/models/google/gemma',
  'javascript:alert(1)',
  'not a url',
];

export const PREDICATES = [
  ['model', isModelPage],
  ['variation', isVariationPage],
] as const;

/** `{owner}/{model}[/{framework}/{variation}]`, framework lower-cased (slugs occur in several casings). */
export function kaggleModelId(url: string | URL): string | null {
  const s = parse(url);
  const ref = s && refOf(s);
  if (!ref) return null;
  return ref.framework && ref.variation
    ? `${ref.owner}/${ref.model}/${ref.framework.toLowerCase()}/${ref.variation}`
    : `${ref.owner}/${ref.model}`;
}

export const modelPageUrl = (id: string): string =>
  `${KAGGLE_ORIGIN}/models/${id.split('/').map(encodeURIComponent).join('/')}`;
