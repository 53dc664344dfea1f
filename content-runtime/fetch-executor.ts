/**
 * Runs a hub request for the background, from the page's own origin, so it carries the user's hub session
 * exactly as the page does (gated models the user was granted, private repos the user owns). Only same-origin
 * URLs are fetched; headers, the body cap and time-outs are lib/hubs/http.ts's.
 */
import type { FetchResponse } from '@/lib/hubs/fetcher';
import { emptyAnswer, failedFetch, readCapped, REQUEST_TIMEOUT_MS } from '@/lib/hubs/http';
import { MAX_BODY_BYTES } from '@/lib/protocol/constants';

export async function executeFetch(url: string, signal: AbortSignal): Promise<FetchResponse> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return emptyAnswer(400);
  }
  if (target.origin !== location.origin) return emptyAnswer(403);
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(target.href, {
      credentials: 'same-origin',
      signal: AbortSignal.any([signal, timeout]),
    });
    return await readCapped(response, MAX_BODY_BYTES);
  } catch {
    // No answer or a time-out: the background turns it into an "unknown" with a reason.
    return failedFetch(timeout);
  }
}
