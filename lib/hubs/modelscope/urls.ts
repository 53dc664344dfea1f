/**
 * ModelScope URL classification, each predicate next to the URLs it must accept. A model page is
 * `/models/{owner}/{name}` with tab suffixes (`/summary`, `/files`, ...); owners are case-insensitive.
 */
import { hubPathSegments } from '../url-path';
import { modelscopeHub } from './descriptor';

/** The hub's origins, from its descriptor: a URL on any other is not this hub's. */
const ORIGINS = modelscopeHub.origins;
export const MODELSCOPE_ORIGIN = modelscopeHub.origins[0];

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const parse = (url: string | URL): string[] | null => hubPathSegments(url, ORIGINS);

export const modelPageUrls = [
  'https://modelscope.cn/models/qwen/Qwen2.5-0.5B-Instruct',
  'https://modelscope.cn/models/qwen/Qwen2.5-0.5B-Instruct/summary',
  'https://www.modelscope.cn/models/lightx2v/Qwen-Image-Lightning/files',
  'https://modelscope.cn/models/DiffSynth-Studio/Qwen-Image-Edit-F2P',
];
/** `/models/{owner}/{name}[/{tab}...]`. */
export const isModelPage = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s[0] === 'models' && s.length >= 3 && NAME.test(s[1] ?? '') && NAME.test(s[2] ?? '');
};

export const listingUrls = ['https://modelscope.cn/models', 'https://modelscope.cn/models?name=qwen&page=2'];
/** The model search listing. */
export const isListing = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s.length === 1 && s[0] === 'models';
};

export const otherPageUrls = [
  'https://modelscope.cn/datasets/modelscope/chinese-poetry',
  'https://modelscope.cn/studios/qwen/chat',
  'https://modelscope.cn/models/qwen',
  'https://huggingface.co/models/qwen/Qwen2.5',
  'javascript:alert(1)',
  'not a url',
];

export const PREDICATES = [
  ['model', isModelPage],
  ['listing', isListing],
] as const;

export function modelscopeModelId(url: string | URL): string | null {
  const s = parse(url);
  return s !== null && isModelPage(url) ? `${s[1]}/${s[2]}` : null;
}

const enc = (id: string) => id.split('/').map(encodeURIComponent).join('/');
export const modelPageUrl = (id: string): string => `${MODELSCOPE_ORIGIN}/models/${enc(id)}`;
export const modelRecordUrl = (id: string): string => `${MODELSCOPE_ORIGIN}/api/v1/models/${enc(id)}`;
