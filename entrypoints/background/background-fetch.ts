/**
 * Runs a hub request from the background's own fetch, for hubs whose requests need no user session: only https
 * URLs on the adapter's own hosts (a redirect elsewhere is refused), anonymous (no cookies), a time-out, and the body
 * capped as the page executor caps it.
 */
import type { FetchResponse } from '@/lib/hubs/fetcher';
import { MAX_BODY_BYTES } from '@/lib/messaging/constants';

const TIMEOUT_MS = 10_000;
const HEADERS = ['content-type', 'retry-after', 'ratelimit', 'ratelimit-policy', 'x-error-code', 'location'];

export async function backgroundFetch(
  url: string,
  hosts: readonly string[],
  signal: AbortSignal,
): Promise<FetchResponse> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { status: 400, headers: {}, body: '' };
  }
  if (target.protocol !== 'https:' || !hosts.includes(target.hostname)) return { status: 403, headers: {}, body: '' };
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const response = await fetch(target.href, {
      credentials: 'omit',
      signal: AbortSignal.any([signal, timeout]),
    });
    const landed = response.url ? new URL(response.url) : target;
    if (landed.protocol !== 'https:' || !hosts.includes(landed.hostname)) return { status: 403, headers: {}, body: '' };
    const headers: Record<string, string> = {};
    for (const name of HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return { status: 413, headers, body: '' };
    const body = await response.text();
    if (body.length > MAX_BODY_BYTES) return { status: 413, headers, body: '' };
    return { status: response.status, headers, body };
  } catch {
    return { status: timeout.aborted ? 408 : 0, headers: {}, body: '' };
  }
}
