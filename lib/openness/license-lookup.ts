/**
 * The engine's one door into the license knowledge base: resolving a declaration to an entry (by id, then name, then
 * by identifying its text), reading an unknown license's clauses from its text, and ranking licenses by openness.
 */
import { identifyLicenseText, lookupLicense, readClausesFromText } from '../licenses';
import type { LicenseEntry, TextClause } from '../licenses/types';
import type { LicenseDeclaration } from '../schema/model-facts';

export interface ResolvedLicense {
  declaration: LicenseDeclaration;
  /** The id the user sees: the declaration's id lowercased. */
  id: string;
  entry: LicenseEntry | undefined;
  via: 'id' | 'name' | 'text' | undefined;
  /** Clauses read from the declaration's text, whenever it has one (the knowledge base may lag the text). */
  textClauses: TextClause[];
}

const slug = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.+]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Looks a license id up, also trying its slug ("Apache License 2.0" → "apache-license-2.0"). */
export function findEntry(key: string | undefined | null): LicenseEntry | undefined {
  if (!key) return undefined;
  const trimmed = key.trim();
  if (!trimmed) return undefined;
  return lookupLicense(trimmed) ?? lookupLicense(trimmed.toLowerCase()) ?? lookupLicense(slug(trimmed));
}

/** Ids that say nothing about the terms: the entry they map to (if any) is not the license. */
const PLACEHOLDER_IDS = new Set(['other', 'unknown', '']);

export function resolveDeclaration(declaration: LicenseDeclaration): ResolvedLicense {
  const id = declaration.id.trim().toLowerCase();
  let entry: LicenseEntry | undefined;
  let via: ResolvedLicense['via'];
  if (!PLACEHOLDER_IDS.has(id)) {
    entry = findEntry(id);
    if (entry) via = 'id';
  }
  if (!entry && declaration.name) {
    entry = findEntry(declaration.name);
    if (entry) via = 'name';
  }
  if (!entry && declaration.text) {
    entry = identifyLicenseText(declaration.text);
    if (entry) via = 'text';
  }
  const textClauses = declaration.text ? readClausesFromText(declaration.text) : [];
  return { declaration, id: id || 'unknown', entry, via, textClauses };
}

/**
 * How open a license is, for picking the most restrictive of several (higher is more open):
 * 0 unknown, 1 known but not open, 2 open for the MOT only (FSF-libre, GFDL), 3 open data, 4 OSI-approved.
 */
export function opennessRank(entry: LicenseEntry | undefined): number {
  if (!entry) return 0;
  if (entry.osiApproved) return 4;
  if (entry.openData) return 3;
  if (entry.mofOpen) return 2;
  return 1;
}

/** The most restrictive of several license ids (the first on a tie), or undefined for none. */
export function mostRestrictive(ids: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestRank = Infinity;
  for (const id of ids) {
    const rank = opennessRank(findEntry(id));
    if (rank < bestRank) {
      best = id;
      bestRank = rank;
    }
  }
  return best;
}
