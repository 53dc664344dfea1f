/**
 * What a broker request ends as. Every result is also a plain `FetchResponse`, so hub adapters that only look at
 * `status` keep working: HTTP answers keep their status, headers and body; states the broker decides itself get a
 * stand-in status (0 for no answer, 429 for paused, 413 for too large). Either way the state is repeated in the
 * `x-broker-state` header for code that only sees the Fetcher interface.
 */
import type { FetchResponse } from '../hubs/fetcher';

export const BROKER_STATE_HEADER = 'x-broker-state';

export type BrokerState = BrokerResult['state'];

export type BrokerResult = FetchResponse &
  (
    | {
        state: 'ok';
        /** Parsed body when the request asked for JSON; shared between merged callers, so read only. */
        json?: unknown;
        /** Served from the in-memory response cache, no request sent. */
        cached: boolean;
      }
    /** A 3xx with a `location`; adapters follow it themselves (within the hub). */
    | { state: 'redirect'; location: string }
    /** 401: the Hub's answer for a repo that is missing or private to this user. */
    | { state: 'not-found-or-private'; message?: string }
    /** 403 with `X-Error-Code: GatedRepo`: the user has not been granted access. */
    | { state: 'gated'; message?: string }
    /** 403 saying access to the resource is disabled. */
    | { state: 'disabled'; message?: string }
    /** Any other 403. */
    | { state: 'forbidden'; message?: string }
    /** 404, with the Hub's `X-Error-Code` (RepoNotFound, RevisionNotFound, EntryNotFound) when given. */
    | { state: 'not-found'; code?: string; message?: string }
    /** 429 and the retries are spent, or the Hub asked for a longer wait than we are willing to sit out. */
    | { state: 'rate-limited'; retryAt: number }
    /** Not sent: our own budget is spent or the Hub asked us to hold off. Quiet; try again at `resumesAt`. */
    | { state: 'paused'; reason: 'budget' | 'hub'; resumesAt: number }
    /** 5xx and any other status the broker has no better name for. */
    | { state: 'hub-error'; message?: string }
    | { state: 'network-error'; message?: string }
    | { state: 'timeout' }
    | { state: 'too-large'; bytes: number }
    /** A JSON request whose body does not parse. */
    | { state: 'invalid-response' }
    /** Every caller of the request cancelled it. */
    | { state: 'cancelled' }
  );

type Extra<S extends BrokerState> = Omit<Extract<BrokerResult, { state: S }>, keyof FetchResponse | 'state'>;

/** A result the broker made up itself, with a stand-in status and no body. */
export function synthetic<S extends BrokerState>(
  state: S,
  status: number,
  extra: Extra<S>,
  headers: Record<string, string> = {},
): BrokerResult {
  return {
    status,
    headers: { ...headers, [BROKER_STATE_HEADER]: state },
    body: '',
    state,
    ...extra,
  } as BrokerResult;
}

/** A result carrying the hub's answer as is. */
export function answered<S extends BrokerState>(res: FetchResponse, state: S, extra: Extra<S>): BrokerResult {
  return {
    status: res.status,
    headers: { ...res.headers, [BROKER_STATE_HEADER]: state },
    body: res.body,
    state,
    ...extra,
  } as BrokerResult;
}

/** The Hub's own words: `X-Error-Message`, else `error` / `message` of a JSON body. */
function errorMessage(res: FetchResponse): string | undefined {
  let message = res.headers['x-error-message'];
  if (!message && res.body.length < 10_000) {
    try {
      const parsed: unknown = JSON.parse(res.body);
      if (parsed && typeof parsed === 'object') {
        const { error, message: alt } = parsed as { error?: unknown; message?: unknown };
        if (typeof error === 'string') message = error;
        else if (typeof alt === 'string') message = alt;
      }
    } catch {
      // Not JSON: no message.
    }
  }
  return message ? message.slice(0, 300) : undefined;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Names an HTTP answer (429 aside, which the broker handles before this). */
export function classify(res: FetchResponse, accept: 'json' | 'text'): BrokerResult {
  const { status } = res;
  if (status >= 200 && status < 300) {
    if (accept !== 'json') return answered(res, 'ok', { cached: false });
    try {
      return answered(res, 'ok', { cached: false, json: JSON.parse(res.body) as unknown });
    } catch {
      return answered(res, 'invalid-response', {});
    }
  }
  const location = res.headers['location'];
  if (status >= 300 && status < 400 && location) return answered(res, 'redirect', { location });
  if (status === 0) return synthetic('network-error', 0, {});
  const message = optional('message', errorMessage(res));
  if (status === 401) return answered(res, 'not-found-or-private', message);
  if (status === 403) {
    if (res.headers['x-error-code'] === 'GatedRepo') return answered(res, 'gated', message);
    if (/disabled/i.test(`${message.message ?? ''} ${res.body.slice(0, 500)}`))
      return answered(res, 'disabled', message);
    return answered(res, 'forbidden', message);
  }
  if (status === 404)
    return answered(res, 'not-found', { ...optional('code', res.headers['x-error-code']), ...message });
  return answered(res, 'hub-error', message);
}
