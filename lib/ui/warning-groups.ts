/**
 * An assessment's warnings, sorted to the breakdown section they belong to: the lineage's (looser than its base,
 * a base that could not be looked up), the license's (terms read from its text), and notes on what could not be
 * checked.
 */
import type { Reason } from '../schema/model-facts';

export interface WarningGroups {
  lineage: Reason[];
  license: Reason[];
  notes: Reason[];
}

const isLineage = (code: string) =>
  code === 'looser-than-base' || code.startsWith('base-') || code.startsWith('lineage-');

export function groupWarnings(warnings: readonly Reason[]): WarningGroups {
  const groups: WarningGroups = { lineage: [], license: [], notes: [] };
  for (const warning of warnings) {
    if (isLineage(warning.code)) groups.lineage.push(warning);
    else if (warning.code.startsWith('license-read-')) groups.license.push(warning);
    else groups.notes.push(warning);
  }
  return groups;
}
