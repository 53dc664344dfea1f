/**
 * Is this a Hugging Face model page, and which model? The URL decides, except for one-segment URLs (`/gpt2`),
 * where only the page's ModelHeader can tell a legacy root model from a profile, and except for the hub's error
 * pages, which are served at whatever URL was asked (a 404 at `/owner/name` has a model's shape) and are told by
 * their own markers.
 *
 * Only `props.model` leaves this function: the rest of the props can carry session data (a CSRF token when logged
 * in). The record is validated by the adapter in the background; here it is only parsed, to keep this script small.
 */
import { classifyHuggingFaceUrl } from './urls';
import type { PageRef } from '../../protocol/protocol';

const MODEL_KINDS = new Set(['model', 'model-files', 'model-file', 'model-discussions', 'model-other']);
const MAX_PROPS_LENGTH = 5_000_000;

/** `404 – Hugging Face`, `500 – Hugging Face`: the title of the hub's error pages. */
const ERROR_TITLE = /^\s*[45]\d\d\s+[\u2013\u2014-]\s+Hugging Face\s*$/;

/**
 * The hub's error page (a 404, a 500…), by its markers: the `ErrorPage` class on `<body>`, or a title that is a
 * status code and the hub's name. Either is enough; a model page has neither.
 */
export function isHubErrorPage(doc: Document): boolean {
  return doc.body?.classList.contains('ErrorPage') === true || ERROR_TITLE.test(doc.title);
}

export function findModelOnPage(doc: Document, href: string): PageRef | undefined {
  if (isHubErrorPage(doc)) return undefined;
  const url = classifyHuggingFaceUrl(href);
  const header = doc.querySelector('[data-target="ModelHeader"]');
  const isModel = MODEL_KINDS.has(url.kind) || (url.kind === 'root-repo-or-profile' && header !== null);
  if (!isModel || !url.repoId) return undefined;
  const record = header ? modelFromProps(header.getAttribute('data-props')) : undefined;
  // Without usable props it is still a model page: the background falls back to the hub API.
  return record === undefined
    ? { hub: 'huggingface', id: url.repoId, url: href }
    : { hub: 'huggingface', id: url.repoId, url: href, record };
}

/**
 * `props.model` of a ModelHeader's `data-props`, unvalidated (the background's adapter validates it), or undefined
 * when the props are missing, too large to be real (they are 10–100 kB) or not a JSON object.
 */
export function modelFromProps(props: string | null | undefined): unknown {
  if (!props || props.length > MAX_PROPS_LENGTH) return undefined;
  try {
    const parsed: unknown = JSON.parse(props);
    return parsed !== null && typeof parsed === 'object' ? (parsed as { model?: unknown }).model : undefined;
  } catch {
    return undefined;
  }
}
