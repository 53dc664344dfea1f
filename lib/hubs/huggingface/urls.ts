/**
 * Hugging Face URL classification, in the style of github-url-detection: each predicate sits next to the real URLs
 * it must accept, and a test checks that every URL matches its own predicate and no other.
 *
 * A one-segment path (`/gpt2`, `/some-user`) is a legacy root model id or a profile: the URL alone cannot tell, the
 * page's ModelHeader decides.
 */
import { hubPathSegments } from '../url-path';
import { huggingfaceHub } from './descriptor';

/** The hub's origins, from its descriptor: a URL on any other is not this hub's. */
const ORIGINS = huggingfaceHub.origins;

/** First path segments that are site sections, never a repo owner. */
export const RESERVED_FIRST_SEGMENTS: ReadonlySet<string> = new Set([
  'datasets',
  'spaces',
  'docs',
  'papers',
  'collections',
  'settings',
  'models',
  'blog',
  'posts',
  'learn',
  'login',
  'join',
  'logout',
  'pricing',
  'enterprise',
  'organizations',
  'api',
  'chat',
  'tasks',
  'new',
  'new-dataset',
  'new-space',
  'new-collection',
  'search',
  'notifications',
  'inbox',
  'welcome',
  'terms-of-service',
  'privacy',
  'code-of-conduct',
  'content-guidelines',
  'brand',
  'hf',
  'oauth',
  'billing',
  'support',
  'jobs',
  'inference',
  'inference-endpoints',
  'inference-api',
  'changelog',
  'leaderboard',
  'events',
  'huggingchat',
  'mcp',
  'storage',
  'security',
  'sitemap.xml',
  'robots.txt',
  'favicon.ico',
  'front',
  'avatars',
  'static-proxy',
  'email_confirmation',
  'password',
]);

/** Owner and repo names: letters, digits, `-`, `_`, `.`; not starting with a dot. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
const isName = (s: string | undefined): s is string => s !== undefined && NAME.test(s) && !s.endsWith('.git');

const parts = (url: string | URL): string[] | null => hubPathSegments(url, ORIGINS);

/** The `org/name` of a two-segment repo path, or null when the first segment is reserved or a name is invalid. */
function repoOf(segs: string[]): string | null {
  const [owner, name] = segs;
  if (!isName(owner) || !isName(name) || RESERVED_FIRST_SEGMENTS.has(owner)) return null;
  return `${owner}/${name}`;
}

const repoTab = (segs: string[], tab: string, minRest: number): boolean =>
  repoOf(segs) !== null && segs[2] === tab && segs.length >= 3 + minRest;

export const modelPageUrls = [
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct',
  'https://huggingface.co/google-bert/bert-base-uncased',
  'https://huggingface.co/CompVis/stable-diffusion-v1-4?library=diffusers',
  'https://huggingface.co/openai/clip-vit-base-patch32#model-card',
  'https://huggingface.co/HuggingFaceH4/zephyr-7b-beta/',
  'https://huggingface.co/imageomics/biocap?show_file_info=README.md',
];
/** The model card tab of a repo: `/{org}/{name}`. */
export const isModelPage = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s.length === 2 && repoOf(s) !== null && !PROFILE_TABS.has(s[1] ?? '');
};

export const modelFilesTabUrls = [
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/tree/main',
  'https://huggingface.co/google-bert/bert-base-uncased/tree/main/coreml',
  'https://huggingface.co/allenai/OLMo-7B/tree/step1000-tokens4B',
];
/** "Files and versions": `/{org}/{name}/tree/{rev}[/{dir}]`. */
export const isModelFilesTab = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && repoTab(s, 'tree', 1);
};

export const modelFileViewUrls = [
  'https://huggingface.co/imageomics/biocap/blob/main/README.md',
  'https://huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct/blob/main/qwen3coder_tool_parser.py',
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/LICENSE',
];
/** The file viewer: `/{org}/{name}/blob/{rev}/{path}`. */
export const isModelFileView = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && repoTab(s, 'blob', 2);
};

export const modelDiscussionsUrls = [
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/discussions',
  'https://huggingface.co/google-bert/bert-base-uncased/discussions/12',
];
/** The Community tab: `/{org}/{name}/discussions[/{n}]`. */
export const isModelDiscussions = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && repoTab(s, 'discussions', 0);
};

const OTHER_TABS = new Set(['commits', 'commit', 'blame', 'raw', 'resolve', 'settings', 'edit', 'compare']);
export const modelOtherTabUrls = [
  'https://huggingface.co/google-bert/bert-base-uncased/commits/main',
  'https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blame/main/README.md',
];
/** Other repo sub-pages (commit history, blame, ...): still about one model. */
export const isModelOtherTab = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s.length >= 3 && repoOf(s) !== null && OTHER_TABS.has(s[2] ?? '');
};

export const rootRepoOrProfileUrls = [
  'https://huggingface.co/gpt2',
  'https://huggingface.co/bert-base-uncased',
  'https://huggingface.co/meta-llama',
  'https://huggingface.co/some-user',
];
/** `/{segment}`: a legacy root model id or a user/org profile; the page's ModelHeader decides. */
export const isRootRepoOrProfile = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s.length === 1 && isName(s[0]) && !RESERVED_FIRST_SEGMENTS.has(s[0]);
};

const PROFILE_TABS = new Set(['models', 'datasets', 'spaces']);
export const profileListUrls = [
  'https://huggingface.co/meta-llama/models',
  'https://huggingface.co/google/models?sort=downloads',
  'https://huggingface.co/HuggingFaceH4/datasets',
];
/**
 * `/{owner}/models|datasets|spaces`: a profile's repo list. A repo named `models` would share this URL and is not
 * recognised as a model page (rare; the page's ModelHeader would tell).
 */
export const isProfileList = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s.length === 2 && PROFILE_TABS.has(s[1] ?? '') && repoOf(s) !== null;
};

export const modelListingUrls = [
  'https://huggingface.co/models',
  'https://huggingface.co/models?pipeline_tag=text-generation&sort=trending',
  'https://huggingface.co/models?license=license:apache-2.0&p=2',
  'https://huggingface.co/models?other=base_model:finetune:meta-llama/Llama-3.1-8B',
];
/** The model search listing: `/models?...`. */
export const isModelListing = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s.length === 1 && s[0] === 'models';
};

export const collectionUrls = [
  'https://huggingface.co/collections/meta-llama/llama-31-669fc079a0c406a149a5738f',
  'https://huggingface.co/collections/HuggingFaceH4/zephyr-7b-6538c6d6d5ddd1cbb1744a66',
];
/** A collection: `/collections/{owner}/{slug}`. */
export const isCollection = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s.length === 3 && s[0] === 'collections' && isName(s[1]);
};

export const datasetPageUrls = [
  'https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k',
  'https://huggingface.co/datasets/allenai/dolma/tree/main',
  'https://huggingface.co/datasets/squad_v2',
];
/** A dataset repo page (any tab). */
export const isDatasetPage = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s[0] === 'datasets' && s.length >= 2 && isName(s[1]) && (s.length === 2 || isName(s[2]));
};

export const spacePageUrls = [
  'https://huggingface.co/spaces/stabilityai/stable-diffusion',
  'https://huggingface.co/spaces/HuggingFaceH4/zephyr-chat',
];
export const isSpacePage = (url: string | URL): boolean => {
  const s = parts(url);
  return s !== null && s[0] === 'spaces' && s.length >= 3 && isName(s[1]) && isName(s[2]);
};

export const otherPageUrls = [
  // Not an origin the hub serves pages from (lib/hubs/huggingface/descriptor.ts).
  'https://www.huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct',
  'https://huggingface.co/',
  'https://huggingface.co/docs/hub/model-cards',
  'https://huggingface.co/papers/1810.04805',
  'https://huggingface.co/settings/tokens',
  'https://huggingface.co/datasets',
  'https://huggingface.co/spaces',
  'https://huggingface.co/blog/open_rail',
  'https://huggingface.co/organizations/meta-llama/share/abc',
  'https://huggingface.co/api/models/gpt2',
  'https://huggingface.co/login',
  'https://huggingface.co/new',
  'https://huggingface.co/pricing',
  'https://huggingface.co/enterprise',
  'https://huggingface.co/chat/',
  'https://huggingface.co/tasks/text-generation',
  'https://huggingface.co/search/full-text?q=llama',
  'https://huggingface.co/notifications',
  'https://huggingface.co/learn/nlp-course',
  'https://huggingface.co/posts/someone/123',
  'https://huggingface.co/join',
  'https://example.com/meta-llama/Llama-3.1-8B-Instruct',
  'https://huggingface.co.evil.example/meta-llama/Llama-3.1-8B-Instruct',
  'javascript:alert(1)',
  'not a url',
];

export type HuggingFaceUrlKind =
  | 'model'
  | 'model-files'
  | 'model-file'
  | 'model-discussions'
  | 'model-other'
  | 'root-repo-or-profile'
  | 'profile-list'
  | 'listing'
  | 'collection'
  | 'dataset'
  | 'space'
  | 'other';

export interface HuggingFaceUrlClass {
  kind: HuggingFaceUrlKind;
  /** `org/name` for model kinds; the candidate root id for `root-repo-or-profile`. Never set for reserved paths. */
  repoId?: string;
  /** `org/name` (or legacy root id) of a dataset page. */
  datasetId?: string;
}

/** Predicates in classification order; each kind has exactly one. */
export const PREDICATES: ReadonlyArray<[HuggingFaceUrlKind, (url: string | URL) => boolean]> = [
  ['profile-list', isProfileList],
  ['model', isModelPage],
  ['model-files', isModelFilesTab],
  ['model-file', isModelFileView],
  ['model-discussions', isModelDiscussions],
  ['model-other', isModelOtherTab],
  ['root-repo-or-profile', isRootRepoOrProfile],
  ['listing', isModelListing],
  ['collection', isCollection],
  ['dataset', isDatasetPage],
  ['space', isSpacePage],
];

export function classifyHuggingFaceUrl(url: string | URL): HuggingFaceUrlClass {
  const s = parts(url);
  if (s === null) return { kind: 'other' };
  for (const [kind, test] of PREDICATES) {
    if (!test(url)) continue;
    if (kind === 'root-repo-or-profile') return { kind, repoId: s[0] };
    if (kind === 'dataset') return { kind, datasetId: s.length >= 3 && s[2] !== 'tree' ? `${s[1]}/${s[2]}` : s[1] };
    if (kind.startsWith('model')) return { kind, repoId: repoOf(s) ?? undefined };
    return { kind };
  }
  return { kind: 'other' };
}
