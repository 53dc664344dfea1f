/** What a linked address is: a code repository, a paper, a dataset or a model on a hub. Pure URL reading. */
import type { Paper } from '../schema/model-facts';

const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);
const PAPER_HOSTS = new Set([
  'aclanthology.org',
  'openreview.net',
  'www.aclweb.org',
  'proceedings.neurips.cc',
  'papers.nips.cc',
]);

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `host/owner/repo` of a code host link, or null. */
export function codeRepo(u: URL): string | null {
  const host = u.hostname.replace(/^www\./, '');
  if (!CODE_HOSTS.has(host)) return null;
  const [owner, repo] = u.pathname.split('/').filter((s) => s !== '');
  if (!owner || !repo) return null;
  return `${host}/${owner}/${repo.replace(/\.git$/, '')}`.toLowerCase();
}

/** A notebook that runs a repository's code (Colab opening a GitHub file): code too. */
export function isNotebook(u: URL): boolean {
  return u.hostname === 'colab.research.google.com' && u.pathname.startsWith('/github/');
}

export function paperOf(u: URL): Paper | null {
  const host = u.hostname.replace(/^www\./, '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const m =
      /^\/(?:abs|pdf|html)\/([a-z-]*\/?\d{2}\d{2}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\/?$/i.exec(
        u.pathname,
      );
    if (m?.[1]) return { kind: 'arxiv', id: m[1], url: `https://arxiv.org/abs/${m[1]}`, source: 'readme' };
    return null;
  }
  if (host === 'huggingface.co') {
    const m = /^\/papers\/(\d{4}\.\d{4,5})\/?$/.exec(u.pathname);
    if (m?.[1]) return { kind: 'arxiv', id: m[1], url: `https://arxiv.org/abs/${m[1]}`, source: 'readme' };
    return null;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    let id: string;
    try {
      id = decodeURIComponent(u.pathname.slice(1));
    } catch {
      return null; // a malformed escape (`%` at the end) is not a DOI, and must not throw out of the reader
    }
    return id.startsWith('10.') ? { kind: 'doi', id: id.slice(0, 256), url: u.href, source: 'readme' } : null;
  }
  // A linked PDF (a technical report on a vendor's site) counts as a paper link.
  if (PAPER_HOSTS.has(host) || u.pathname.toLowerCase().endsWith('.pdf')) {
    return { kind: 'url', id: u.href.slice(0, 256), url: u.href, source: 'readme' };
  }
  return null;
}

/** `org/name` of a Hugging Face dataset link, or null. */
export function datasetOf(u: URL): string | null {
  if (u.hostname !== 'huggingface.co' && u.hostname !== 'www.huggingface.co' && u.hostname !== 'hf.co') return null;
  const segs = u.pathname.split('/').filter((s) => s !== '');
  if (segs[0] !== 'datasets' || !segs[1]) return null;
  const id =
    segs[2] && !['tree', 'blob', 'viewer', 'resolve', 'discussions'].includes(segs[2])
      ? `${segs[1]}/${segs[2]}`
      : segs[1];
  return /^[\w.-]+(\/[\w.-]+)?$/.test(id) ? id : null;
}

/** A dataset page on a model hub: the hub, the dataset's id there, and its canonical page. */
export interface HubDataset {
  hub: 'huggingface' | 'modelscope';
  id: string;
  url: string;
}

/**
 * The dataset a link points at on a model hub (Hugging Face, ModelScope), or null. Reading a hub's dataset link and
 * building its page URL stay together here, so nothing else in the reader knows a hub's address.
 */
export function hubDatasetOf(u: URL): HubDataset | null {
  const hf = datasetOf(u);
  if (hf) return { hub: 'huggingface', id: hf, url: `https://huggingface.co/datasets/${hf}` };
  if (u.hostname !== 'modelscope.cn' && u.hostname !== 'www.modelscope.cn') return null;
  const [kind, owner, name] = u.pathname.split('/').filter((s) => s !== '');
  if (kind !== 'datasets' || !owner || !name) return null;
  const id = `${owner}/${name}`;
  return /^[\w.-]+\/[\w.-]+$/.test(id) ? { hub: 'modelscope', id, url: `https://modelscope.cn/datasets/${id}` } : null;
}

const NOT_MODELS = [
  'datasets',
  'spaces',
  'papers',
  'docs',
  'blog',
  'collections',
  'models',
  'organizations',
  'settings',
  'transformers',
];

/** `org/name` of a model page on a hub (Hugging Face, or a legacy `name` there when `legacy`; ModelScope), or null. */
export function modelOf(u: URL, legacy = false): string | null {
  if (u.hostname === 'modelscope.cn' || u.hostname === 'www.modelscope.cn') {
    const [kind, owner, name] = u.pathname.split('/').filter((s) => s !== '');
    const id = kind === 'models' && owner && name ? `${owner}/${name}` : '';
    return /^[\w.-]+\/[\w.-]+$/.test(id) ? id : null;
  }
  if (u.hostname !== 'huggingface.co' && u.hostname !== 'www.huggingface.co' && u.hostname !== 'hf.co') return null;
  const segs = u.pathname.split('/').filter((s) => s !== '');
  if (!segs[0] || NOT_MODELS.includes(segs[0])) return null;
  const id =
    segs[1] && !['tree', 'blob', 'resolve'].includes(segs[1]) ? `${segs[0]}/${segs[1]}` : legacy ? segs[0] : '';
  return /^[\w.-]+(\/[\w.-]+)?$/.test(id) ? id : null;
}
