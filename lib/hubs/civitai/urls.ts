/**
 * Civitai URL classification, each predicate next to the URLs it must accept (a test checks that every URL matches
 * its own predicate and no other). A model page is `/models/{id}[/{slug}]`; `?modelVersionId=` selects a version.
 */
import { hubUrl } from '../url-path';
import { civitaiHub } from './descriptor';

/** The hub's origins, from its descriptor: a URL on any other is not this hub's. */
const ORIGINS = civitaiHub.origins;
export const CIVITAI_ORIGIN = civitaiHub.origins[0];

function parse(url: string | URL): { segs: string[]; u: URL } | null {
  const u = hubUrl(url, ORIGINS);
  return u ? { segs: u.pathname.split('/').filter((s) => s !== ''), u } : null;
}

const ID = /^[1-9][0-9]{0,11}$/;

export const modelPageUrls = [
  'https://civitai.com/models/1231067',
  'https://civitai.com/models/1231067/vivid-impressions-storybook-style',
  'https://civitai.com/models/4384/dreamshaper?modelVersionId=128713',
];
/** `/models/{id}[/{slug}]`. */
export const isModelPage = (url: string | URL): boolean => {
  const p = parse(url);
  return p !== null && p.segs[0] === 'models' && ID.test(p.segs[1] ?? '') && p.segs.length <= 3;
};

export const listingUrls = [
  'https://civitai.com/',
  'https://civitai.com/models',
  'https://civitai.com/models?types=LORA&baseModels=Flux.1%20D',
  'https://civitai.com/user/PixelPawsAI/models',
];
/** The model grid: the home page, `/models`, a user's models. */
export const isListing = (url: string | URL): boolean => {
  const p = parse(url);
  if (p === null) return false;
  const { segs } = p;
  return (
    segs.length === 0 || (segs.length === 1 && segs[0] === 'models') || (segs[0] === 'user' && segs[2] === 'models')
  );
};

export const otherPageUrls = [
  // Not an origin the hub serves pages from (lib/hubs/civitai/descriptor.ts).
  'https://www.civitai.com/models/2833924/mihaila-krea',
  'https://civitai.com/models/license/1387174',
  'https://civitai.com/images/12345',
  'https://civitai.com/models/0',
  'https://civitai.com/models/abc',
  'https://huggingface.co/models/1231067',
  'javascript:alert(1)',
  'not a url',
];

export const PREDICATES = [
  ['model', isModelPage],
  ['listing', isListing],
] as const;

/**
 * The model id for the adapter: `{modelId}` or `{modelId}@{versionId}` when the page selects a version (Civitai's
 * AIR identifiers use the same `@`). Null for anything that is not a model page.
 */
export function civitaiModelId(url: string | URL): string | null {
  const p = parse(url);
  if (p === null || !isModelPage(p.u)) return null;
  const id = p.segs[1] ?? '';
  const version = p.u.searchParams.get('modelVersionId');
  return version !== null && ID.test(version) ? `${id}@${version}` : id;
}

/** Splits an adapter id back into model and version. */
export function splitCivitaiId(id: string): { modelId: string; versionId?: string } | null {
  const [modelId = '', versionId, extra] = id.split('@');
  if (extra !== undefined || !ID.test(modelId) || (versionId !== undefined && !ID.test(versionId))) return null;
  return versionId === undefined ? { modelId } : { modelId, versionId };
}

export const modelPageUrl = (id: string): string => {
  const parts = splitCivitaiId(id);
  if (!parts) return `${CIVITAI_ORIGIN}/models`;
  const query = parts.versionId ? `?modelVersionId=${parts.versionId}` : '';
  return `${CIVITAI_ORIGIN}/models/${parts.modelId}${query}`;
};
