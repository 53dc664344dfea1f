/** License helpers shared by the model and dataset readers. */
import { HF_ORIGIN } from './endpoints';

/** `license_name` → a stable slug id: lowercase, runs of other characters become `-`. */
export function licenseSlug(name: string): string {
  let out = '';
  let dash = false;
  for (const ch of name.slice(0, 256).toLowerCase()) {
    if (/[a-z0-9.+]/.test(ch)) {
      out += ch;
      dash = false;
    } else if (!dash && out !== '') {
      out += '-';
      dash = true;
    }
  }
  return out.endsWith('-') ? out.slice(0, -1) : out;
}

/** A `license_link` that names a file in the repo (`LICENSE`, `./LICENSE.md`, `.../blob/main/LICENSE.txt`). */
export function repoLicensePath(link: string | undefined, repoId: string): string | undefined {
  if (!link) return undefined;
  const l = link.trim();
  if (/^\.?\/?[\w.-]+$/.test(l) && !/^https?:/i.test(l)) return l.replace(/^\.?\//, '');
  const prefix = `${HF_ORIGIN}/${repoId}/`;
  if (l.startsWith(prefix)) {
    const m = /^(?:blob|resolve|raw)\/[^/]+\/(.+)$/.exec(l.slice(prefix.length));
    if (m?.[1] && !m[1].includes('..')) return m[1];
  }
  return undefined;
}

/** A license-ish file name at the repo root. */
export const isLicenseFileName = (name: string): boolean => /^(LICEN[CS]E|COPYING)(\.(md|txt))?$/i.test(name);

/** Whether a gate prompt carries license terms rather than only a contact form text. */
export const looksLikeLicenseText = (text: string): boolean =>
  text.length >= 200 && /\b(licen[cs]e|agreement|terms of use)\b/i.test(text.slice(0, 5000));
