/**
 * Builds knowledge-base entries from compact specs: the openness flags are derived from SPDX ids rather than typed by
 * hand, so they cannot drift from `spdx-license-list` and the MOT lists.
 */
import { isMofOpen, isOpenData, isOsiApproved, mofTypesOf } from './spdx';
import type { LicenseEntry } from './types';

export interface EntrySpec extends Omit<
  LicenseEntry,
  'aliases' | 'osiApproved' | 'openData' | 'mofOpen' | 'mofTypes' | 'clauses'
> {
  aliases?: string[];
  clauses?: LicenseEntry['clauses'];
  /** Derive the flags from this id when the license is not (yet) on the SPDX list, e.g. 'OpenMDW-1.1'. */
  flagsLike?: string;
}

export function define(spec: EntrySpec): LicenseEntry {
  const { flagsLike, aliases = [], clauses = [], ...rest } = spec;
  const entry: LicenseEntry = {
    ...rest,
    aliases,
    clauses,
    osiApproved: false,
    openData: false,
    mofOpen: false,
    mofTypes: [],
  };
  if (spec.members) {
    // An umbrella id is only as open as the least open of the versions it usually stands for.
    entry.osiApproved = spec.members.every(isOsiApproved);
    entry.openData = spec.members.every(isOpenData);
    entry.mofOpen = spec.members.every(isMofOpen);
    return entry;
  }
  const key = spec.spdx ?? flagsLike;
  if (key) {
    entry.osiApproved = isOsiApproved(key);
    entry.openData = isOpenData(key);
    entry.mofOpen = isMofOpen(key);
    entry.mofTypes = mofTypesOf(key);
  }
  entry.url ??= spec.spdx ? `https://spdx.org/licenses/${spec.spdx}.html` : undefined;
  if (entry.url === undefined) delete entry.url;
  return entry;
}
