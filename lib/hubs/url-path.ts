/** Reading a hub URL: shared by every adapter's URL classifier. */

/** The URL when it is http(s) on one of `hosts`; null for another site, another scheme or a malformed URL. */
export function hubUrl(url: string | URL, hosts: ReadonlySet<string>): URL | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return (u.protocol === 'https:' || u.protocol === 'http:') && hosts.has(u.hostname) ? u : null;
}

/** The decoded, non-empty path segments of a hub URL; null as for `hubUrl`, or when an escape is malformed. */
export function hubPathSegments(url: string | URL, hosts: ReadonlySet<string>): string[] | null {
  const u = hubUrl(url, hosts);
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
