/** The Hugging Face URLs the adapter asks for. Ids are `org/name` or legacy root ids (`gpt2`). */

import { huggingfaceHub } from './descriptor';

export const HF_ORIGIN = huggingfaceHub.origins[0];

/** Encodes each `/`-separated segment, keeping the slashes. */
const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export const modelPageUrl = (id: string): string => `${HF_ORIGIN}/${encodePath(id)}`;
export const modelRecordUrl = (id: string): string => `${HF_ORIGIN}/api/models/${encodePath(id)}`;
export const modelRefsUrl = (id: string): string => `${HF_ORIGIN}/api/models/${encodePath(id)}/refs`;
export const datasetRecordUrl = (id: string): string => `${HF_ORIGIN}/api/datasets/${encodePath(id)}`;
export const datasetPageUrl = (id: string): string => `${HF_ORIGIN}/datasets/${encodePath(id)}`;

/** A raw text file of a model repo (`README.md`, `LICENSE`, ...). */
export const rawFileUrl = (id: string, path: string, revision = 'main'): string =>
  `${HF_ORIGIN}/${encodePath(id)}/raw/${encodeURIComponent(revision)}/${encodePath(path)}`;
export const readmeUrl = (id: string, revision = 'main'): string => rawFileUrl(id, 'README.md', revision);
export const fileViewUrl = (id: string, path: string, revision = 'main'): string =>
  `${HF_ORIGIN}/${encodePath(id)}/blob/${encodeURIComponent(revision)}/${encodePath(path)}`;
