/**
 * Runs a hub request for the background, from the page's own origin, so it carries the user's hub session
 * exactly as the page does (gated models the user was granted, private repos the user owns). Only same-origin
 * URLs are fetched; the body is capped.
 */
import { MAX_BODY_BYTES } from '@/lib/messaging/constants';

const TIMEOUT_MS = 10_000;

export interface FetchResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export async function executeFetch(url: string, signal: AbortSignal): Promise<FetchResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { status: 400, headers: {}, body: '' };
  }
  if (target.origin !== location.origin) return { status: 403, headers: {}, body: '' };
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const both = AbortSignal.any([signal, timeout]);
  try {
    const response = await fetch(target.href, { credentials: 'same-origin', signal: both });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after', 'ratelimit', 'ratelimit-policy', 'x-error-code', 'location']) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BODY_BYTES) return { status: 413, headers, body: '' };
    const body = await response.text();
    if (body.length > MAX_BODY_BYTES) return { status: 413, headers, body: '' };
    return { status: response.status, headers, body };
  } catch {
    // 0 = network failure or timeout; the background turns it into an "unknown" with a reason.
    return { status: timeout.aborted ? 408 : 0, headers: {}, body: '' };
  }
}
