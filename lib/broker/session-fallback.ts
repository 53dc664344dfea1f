/**
 * An executor that asks anonymously first and, only when the hub answers "log in to see this", asks again with the
 * user's session. Hugging Face hides a gated model's files and a private repo from anonymous requests (401, or 403
 * for some gated files); everything else — most requests on most pages — needs no session, so it need not run in
 * the user's page, on the page's main thread.
 */
import type { Executor } from './broker';

const NEEDS_SESSION = new Set([401, 403]);

export function withSessionFallback(anonymous: Executor, session: Executor): Executor {
  return async (url, init) => {
    const first = await anonymous(url, init);
    if (!NEEDS_SESSION.has(first.status) || init.signal.aborted) return first;
    // The session's answer stands, whatever it is: with no hub page open to ask (status 0) the request is a
    // transient failure and retried, rather than a "no access" remembered for a model the user may well see.
    return session(url, init);
  };
}
