/** Finds a knowledge-base entry by Hub id, `license_name` slug, SPDX id or another hub's display name. */
import { LICENSE_ENTRIES } from './entries';
import { spdxInfo } from './spdx';
import type { LicenseEntry } from './types';

/** Lower case, straight quotes and dashes, and one '-' for any run of spaces, underscores or dashes. */
export function normaliseLicenseKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\s_\u2010-\u2015-]+/g, '-');
}

function buildIndex(): Map<string, LicenseEntry> {
  const index = new Map<string, LicenseEntry>();
  const add = (key: string, entry: LicenseEntry) => {
    const k = normaliseLicenseKey(key);
    // First come wins: ids are added before names and aliases, so an alias can never shadow an id.
    if (k && !index.has(k)) index.set(k, entry);
  };
  for (const e of LICENSE_ENTRIES) add(e.id, e);
  for (const e of LICENSE_ENTRIES) {
    if (e.spdx) add(e.spdx, e);
    add(e.name, e);
    for (const alias of e.aliases) add(alias, e);
  }
  // SPDX's own names ("Apache License 2.0", "MIT License") are what ModelScope and others display.
  for (const e of LICENSE_ENTRIES) {
    const spdxName = e.spdx ? spdxInfo(e.spdx)?.name : undefined;
    if (spdxName) add(spdxName, e);
  }
  return index;
}

let index: Map<string, LicenseEntry> | undefined;

export function lookupLicense(key: string): LicenseEntry | undefined {
  if (typeof key !== 'string' || key.length > 200) return undefined;
  index ??= buildIndex();
  return index.get(normaliseLicenseKey(key));
}

export function allLicenseEntries(): readonly LicenseEntry[] {
  return LICENSE_ENTRIES;
}
