/**
 * Runs a hub request from the background's own fetch, for hubs whose requests need no user session: only https
 * URLs on the adapter's own hosts (a redirect elsewhere is refused), anonymous (no cookies). Headers, the body cap
 * and time-outs are lib/hubs/http.ts's, as in the page's executor.
 */
import type { FetchResponse } from '@/lib/hubs/fetcher';
import { emptyAnswer, failedFetch, readCapped, REQUEST_TIMEOUT_MS } from '@/lib/hubs/http';
import { MAX_BODY_BYTES } from '@/lib/protocol/constants';

const allowed = (url: URL, hosts: readonly string[]) => url.protocol === 'https:' && hosts.includes(url.hostname);

export async function backgroundFetch(
  url: string,
  hosts: readonly string[],
  signal: AbortSignal,
): Promise<FetchResponse> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return emptyAnswer(400);
  }
  if (!allowed(target, hosts)) return emptyAnswer(403);
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(target.href, { credentials: 'omit', signal: AbortSignal.any([signal, timeout]) });
    if (!allowed(response.url ? new URL(response.url) : target, hosts)) {
      await response.body?.cancel().catch(() => undefined);
      return emptyAnswer(403);
    }
    return await readCapped(response, MAX_BODY_BYTES);
  } catch {
    return failedFetch(timeout);
  }
}
