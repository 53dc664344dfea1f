/**
 * Ollama URL classification, each predicate next to the URLs it must accept. Official models live under
 * `/library/{name}[:{tag}]`, community models under `/{user}/{name}[:{tag}]`; `/tags` lists a model's tags and
 * `/blobs/{12 hex}` shows one layer.
 */
import { hubPathSegments } from '../url-path';
import { ollamaHub } from './descriptor';

/** The hub's origins, from its descriptor: a URL on any other is not this hub's. */
const ORIGINS = ollamaHub.origins;
export const OLLAMA_ORIGIN = ollamaHub.origins[0];
export const OLLAMA_REGISTRY = 'https://registry.ollama.ai';

/** First segments that are site sections, never a user. */
const RESERVED = new Set([
  'search',
  'blog',
  'download',
  'docs',
  'api',
  'public',
  'settings',
  'signin',
  'signup',
  'signout',
  'pricing',
  'cloud',
  'turbo',
  'new',
  'models',
  'privacy',
  'terms',
  'connect',
  'account',
]);

const NAME = /^[a-z0-9][a-z0-9._-]{0,79}$/i;
const TAG = /^[a-z0-9_][a-z0-9._-]{0,127}$/i;

export interface OllamaRef {
  namespace: string;
  name: string;
  tag?: string;
}

const parse = (url: string | URL): string[] | null => hubPathSegments(url, ORIGINS);

/** `name[:tag]` of a path segment. */
function nameTag(seg: string | undefined): { name: string; tag?: string } | null {
  if (seg === undefined) return null;
  const [name = '', tag, extra] = seg.split(':');
  if (extra !== undefined || !NAME.test(name) || (tag !== undefined && !TAG.test(tag))) return null;
  return tag === undefined ? { name } : { name, tag };
}

function refOf(segs: string[]): OllamaRef | null {
  const [namespace, second] = segs;
  if (namespace === undefined || !NAME.test(namespace) || RESERVED.has(namespace)) return null;
  const nt = nameTag(second);
  return nt && { namespace, ...nt };
}

export const modelPageUrls = [
  'https://ollama.com/library/gemma',
  'https://ollama.com/library/gemma:2b',
  'https://ollama.com/library/llama3.2:3b',
  'https://ollama.com/library/wizard-vicuna-uncensored:latest',
  'https://ollama.com/nawalkhan/legal-llm',
  'https://ollama.com/nawalkhan/legal-llm:latest',
];
/** A model or tag page: `/{namespace}/{name}[:{tag}]`. */
export const isModelPage = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s.length === 2 && refOf(s) !== null;
};

export const tagsPageUrls = [
  'https://ollama.com/library/magistral/tags',
  'https://ollama.com/nawalkhan/legal-llm/tags',
];
/** A model's tag list: `/{namespace}/{name}/tags`. */
export const isTagsPage = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s.length === 3 && s[2] === 'tags' && refOf(s) !== null && !s[1]?.includes(':');
};

export const blobPageUrls = [
  'https://ollama.com/library/gemma:2b/blobs/097a36493f71',
  'https://ollama.com/nawalkhan/legal-llm:latest/blobs/4fa551d4f938',
];
/** One layer: `/{namespace}/{name}:{tag}/blobs/{12 hex}`. */
export const isBlobPage = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && s.length === 4 && s[2] === 'blobs' && /^[0-9a-f]{12,64}$/.test(s[3] ?? '') && refOf(s) !== null;
};

export const listingUrls = [
  'https://ollama.com/library',
  'https://ollama.com/library?sort=newest',
  'https://ollama.com/search?q=wizard',
  'https://ollama.com/',
];
/** The model lists: the library, search, the home page. */
export const isListing = (url: string | URL): boolean => {
  const s = parse(url);
  return s !== null && (s.length === 0 || (s.length === 1 && (s[0] === 'library' || s[0] === 'search')));
};

export const otherPageUrls = [
  'https://ollama.com/blog/embedding-models',
  'https://ollama.com/download/linux',
  'https://ollama.com/library/gemma:2b:x',
  'https://registry.ollama.ai/v2/library/gemma/manifests/2b',
  'https://civitai.com/library/gemma',
  'javascript:alert(1)',
  'not a url',
];

export const PREDICATES = [
  ['model', isModelPage],
  ['tags', isTagsPage],
  ['blob', isBlobPage],
  ['listing', isListing],
] as const;

/** The adapter's id, `{namespace}/{name}[:{tag}]`, of a model, tag, tags or blob page; null otherwise. */
export function ollamaModelId(url: string | URL): string | null {
  const s = parse(url);
  if (s === null || !(isModelPage(url) || isTagsPage(url) || isBlobPage(url))) return null;
  const ref = refOf(s);
  return ref && formatOllamaId(ref);
}

export const formatOllamaId = (ref: OllamaRef): string =>
  `${ref.namespace}/${ref.name}${ref.tag === undefined ? '' : `:${ref.tag}`}`;

export function parseOllamaId(id: string): OllamaRef | null {
  return refOf(id.split('/'));
}

const enc = encodeURIComponent;
/** The page of a model (`tag` given: the tag page, which lists the layers). */
export const modelPageUrl = (id: string): string => {
  const ref = parseOllamaId(id);
  return ref ? `${OLLAMA_ORIGIN}/${formatOllamaId(ref)}` : `${OLLAMA_ORIGIN}/library`;
};
export const tagPageUrl = (ref: OllamaRef): string =>
  `${OLLAMA_ORIGIN}/${enc(ref.namespace)}/${enc(ref.name)}:${enc(ref.tag ?? 'latest')}`;
export const blobPageUrl = (ref: OllamaRef, digest: string): string =>
  `${tagPageUrl(ref)}/blobs/${digest.replace(/^sha256:/, '').slice(0, 12)}`;
export const manifestUrl = (ref: OllamaRef): string =>
  `${OLLAMA_REGISTRY}/v2/${enc(ref.namespace)}/${enc(ref.name)}/manifests/${enc(ref.tag ?? 'latest')}`;
export const registryBlobUrl = (ref: OllamaRef, digest: string): string =>
  `${OLLAMA_REGISTRY}/v2/${enc(ref.namespace)}/${enc(ref.name)}/blobs/${digest}`;
