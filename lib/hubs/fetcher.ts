/**
 * The one way a hub adapter asks for data. The extension's broker implements it (caching, rate limits); the command
 * line implements it over a recorded-hub directory or a live fetch. Redirects may come back as 3xx answers with a
 * `location` header (recorded hubs do this); callers follow them.
 */
export interface FetchInit {
  accept?: 'json' | 'text';
}

export interface FetchResponse {
  status: number;
  /** Header names lowercased. */
  headers: Record<string, string>;
  body: string;
}

export type Fetcher = (url: string, init?: FetchInit) => Promise<FetchResponse>;
