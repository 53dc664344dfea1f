/** Reading a hub URL: shared by every adapter's URL classifier. */

/**
 * The URL when it is on one of `origins` (a hub descriptor's, e.g. `https://huggingface.co`); null for another
 * site, another scheme or port, or a malformed URL.
 */
export function hubUrl(url: string | URL, origins: readonly string[]): URL | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return origins.includes(u.origin) ? u : null;
}

/** The decoded, non-empty path segments of a hub URL; null as for `hubUrl`, or when an escape is malformed. */
export function hubPathSegments(url: string | URL, origins: readonly string[]): string[] | null {
  const u = hubUrl(url, origins);
  if (!u) return null;
  try {
    return u.pathname
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return null;
  }
}
