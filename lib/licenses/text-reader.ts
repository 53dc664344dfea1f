/**
 * Reads a license text: which clauses it contains (reading/, sentence by sentence, with the sentence as evidence)
 * and, when its title or notice line gives it away, which known license it is. Bounded by MAX_SCANNED_CHARS.
 */
import { lookupLicense } from './lookup';
import { asciiLower, normaliseLicenseText } from './normalise-text';
import { readClauses } from './reading/read-clauses';
import { TITLE_RULES } from './title-rules';
import type { LicenseEntry, TextClause } from './types';

/** The clauses a license text contains, each once, in vocabulary order, with the sentence that shows it. */
export function readClausesFromText(text: string): TextClause[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return readClauses(normaliseLicenseText(text));
}

/** Recognises a known license by its title or notice line; undefined when the text is not one we know. */
export function identifyLicenseText(text: string): LicenseEntry | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const lower = asciiLower(normaliseLicenseText(text));
  for (const rule of TITLE_RULES) {
    const head = rule.within ? lower.slice(0, rule.within) : lower;
    if (rule.anyOf.some((all) => all.every((phrase) => head.includes(phrase)))) return lookupLicense(rule.id);
  }
  return undefined;
}
