/**
 * Reads a recorded-hub directory (tests/fixtures/hub/README.md) as a Fetcher, for the command line, unit tests, Playwright route
 * handlers and the demo server. `https://<host>/<path>` → `<dir>/<host>/<path>`, then `.json`, then `.html`; a
 * `<file>.http.json` sidecar `{status, headers, location}` records a non-200 answer (its body file may be absent);
 * nothing found → 404. The query string is ignored.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Fetcher, FetchResponse } from '../lib/hubs/fetcher';
import { contentTypeFor, recordedHubCandidates, SIDECAR_SUFFIX } from '../lib/recorded-hub/paths';

interface Sidecar {
  status?: unknown;
  headers?: unknown;
  location?: unknown;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** The hub's answer for a repository it does not have: what the recorded hub answers for anything it lacks. */
export const NOT_FOUND = (): FetchResponse => ({
  status: 404,
  headers: { 'content-type': 'application/json; charset=utf-8', 'x-error-code': 'RepoNotFound' },
  body: JSON.stringify({ error: 'Repository not found' }),
});

function lowerHeaders(h: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (h && typeof h === 'object' && !Array.isArray(h)) {
    for (const [k, v] of Object.entries(h))
      if (typeof v === 'string' || typeof v === 'number') out[k.toLowerCase()] = String(v);
  }
  return out;
}

/** The recorded answer for `url`: 404 when the directory records nothing for it. */
export async function recordedHubResponse(dir: string, url: string): Promise<FetchResponse> {
  return (await recordedHubAnswer(dir, url)) ?? NOT_FOUND();
}

/** The answer the directory records for `url` (a body file or a sidecar), or undefined when it records none. */
export async function recordedHubAnswer(dir: string, url: string): Promise<FetchResponse | undefined> {
  const candidates = recordedHubCandidates(url);
  if (candidates === null) return undefined;
  const root = path.resolve(dir);
  for (const rel of candidates) {
    const file = path.join(root, ...rel.split('/'));
    if (!file.startsWith(root + path.sep)) return undefined;
    const hasBody = await isFile(file);
    const hasSidecar = await isFile(file + SIDECAR_SUFFIX);
    if (!hasBody && !hasSidecar) continue;
    const body = hasBody ? await readFile(file, 'utf8') : '';
    const headers: Record<string, string> = { 'content-type': contentTypeFor(rel) };
    let status = 200;
    if (hasSidecar) {
      let side: Sidecar;
      try {
        side = JSON.parse(await readFile(file + SIDECAR_SUFFIX, 'utf8')) as Sidecar;
      } catch {
        return { status: 500, headers, body: `bad sidecar for ${rel}` };
      }
      if (typeof side.status === 'number' && Number.isInteger(side.status)) status = side.status;
      Object.assign(headers, lowerHeaders(side.headers));
      if (typeof side.location === 'string') headers['location'] = side.location;
      if (!hasBody && status >= 300 && status < 400 && headers['location']) {
        headers['content-type'] = 'text/plain; charset=utf-8';
        return { status, headers, body: `Temporary Redirect. Redirecting to ${headers['location']}` };
      }
    }
    return { status, headers, body };
  }
  return undefined;
}

/** A Fetcher over a recorded-hub directory. Redirects are returned, not followed, as a browser's manual mode would. */
export function recordedHubFetcher(dir: string): Fetcher {
  return (url) => recordedHubResponse(dir, url);
}
