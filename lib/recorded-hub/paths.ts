/**
 * Pure path mapping of the recorded-hub format (tests/fixtures/hub/README.md): `https://<host>/<path>` is stored at
 * `<dir>/<host>/<path>`, then `.json`, then `.html`; the query string is ignored; `<file>.http.json` is a sidecar.
 */

export const SIDECAR_SUFFIX = '.http.json';

/** Relative POSIX paths to try, in order, or null when the URL cannot map to a safe path. */
export function recordedHubCandidates(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const segments: string[] = [parsed.hostname];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // A decoded segment must stay one path segment inside the directory.
    if (seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return null;
    segments.push(seg);
  }
  // The site root has no path of its own; it is stored as `index`.
  if (segments.length === 1) segments.push('index');
  const exact = segments.join('/');
  return [exact, `${exact}.json`, `${exact}.html`];
}

/** The content type a recorded file is served with, from its name. */
export function contentTypeFor(path: string): string {
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  if (path.endsWith('.html')) return 'text/html; charset=utf-8';
  return 'text/plain; charset=utf-8';
}
