/**
 * License layers are content-addressed, so one text has one digest across models: known digests name their license
 * without downloading it. Keys are the first 12 hex digits; values knowledge-base ids.
 */
export const KNOWN_LICENSE_DIGESTS: Readonly<Record<string, string>> = {
  // Gemma Terms of Use, 8433 B (gemma:2b manifest)
  '097a36493f71': 'gemma',
  // LLAMA 3.2 COMMUNITY LICENSE AGREEMENT, 7711 B
  fcc5a6bec9da: 'llama3.2',
  // Llama 3.2 Acceptable Use Policy, 6016 B
  a70ff7e570d9: 'llama3.2-acceptable-use-policy',
  // Meta Llama 3 Community License
  '4fa551d4f938': 'llama3',
};

export function knownLicenseDigest(digest: string): string | undefined {
  const key = digest
    .replace(/^sha256:/, '')
    .slice(0, 12)
    .toLowerCase();
  return Object.hasOwn(KNOWN_LICENSE_DIGESTS, key) ? KNOWN_LICENSE_DIGESTS[key] : undefined;
}
