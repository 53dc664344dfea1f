/**
 * One way from an HTTP answer to what the adapters read, for both request executors (the background's anonymous
 * fetch and the page's, with the user's session) and every gather: which headers pass, how large a body may grow
 * (checked while it streams, so a huge answer is never held whole), and what a failed status means.
 */
import type { Reason } from '../schema/model-facts';
import type { FetchResponse } from './fetcher';

/** Headers the adapters read: content type, rate limits, the hub's error code and message, redirects. */
export const FORWARDED_HEADERS = [
  'content-type',
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'x-error-code',
  'x-error-message',
  'location',
] as const;

/** How long one request may take before it counts as a time-out (408). */
export const REQUEST_TIMEOUT_MS = 10_000;

/** An answer with no body: a refusal before asking (400, 403), a time-out (408) or a network failure (0). */
export const emptyAnswer = (status: number): FetchResponse => ({ status, headers: {}, body: '' });

export function forwardedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

/**
 * The response as a FetchResponse, its body read as it streams and dropped (413) as soon as it passes `maxBytes`,
 * whatever its content-length claims.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<FetchResponse> {
  const headers = forwardedHeaders(response.headers);
  const tooLarge: FetchResponse = { status: 413, headers, body: '' };
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  if (!response.body) return { status: response.status, headers, body: '' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let body = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    body += decoder.decode(value, { stream: true });
  }
  return { status: response.status, headers, body: body + decoder.decode() };
}

/** A fetch that threw: 408 when its own time-out fired, 0 (no answer) otherwise. */
export const failedFetch = (timeout: AbortSignal): FetchResponse => emptyAnswer(timeout.aborted ? 408 : 0);

export type LookupFailure = { status: 'not-found' | 'private' | 'error'; reason: Reason };

/** What a model lookup that did not answer 200 means, the same on every hub. */
export function lookupFailure(res: FetchResponse, id: string): LookupFailure {
  const params = { id: id.slice(0, 256), status: res.status };
  if (res.status === 404) return { status: 'not-found', reason: { code: 'model-not-found', params } };
  // Hubs answer 401 for a private repo, and for a missing one when the caller is anonymous.
  if (res.status === 401) return { status: 'private', reason: { code: 'model-private-or-missing', params } };
  if (res.status === 403) return { status: 'private', reason: { code: 'model-forbidden', params } };
  const code = res.status === 0 ? 'network-error' : res.status === 429 ? 'rate-limited' : 'hub-error';
  return { status: 'error', reason: { code, params } };
}
