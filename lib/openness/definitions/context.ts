/** What every definition judges from, and how a component's license is judged. */
import type { Clause } from '../../schema/assessment';
import type { ModelFactsCore } from '../../schema/model-facts';
import type { Toggles } from '../../settings/schema';
import type { LicenseEntry } from '../../licenses/types';
import type { Components } from '../component-rules';
import type { OwnLicense } from '../license';
import { findEntry } from '../license-lookup';

export interface DefinitionInput {
  facts: ModelFactsCore;
  /** Components after lineage (the bases' gaps carried down when the inherit toggle is on). */
  components: Components;
  license: OwnLicense;
  /** The clauses in force: own, plus inherited ones when the inherit toggle is on. */
  clauses: Clause[];
  toggles: Toggles;
  /** Licenses of resolved bases (every level) when the inherit toggle is on: derived weights stay under them. */
  baseLicenses: { id: string; from: string }[];
}

export type LicenseJudgement =
  | { state: 'known'; id: string; entry: LicenseEntry }
  /** A license the model declares but the knowledge base does not know: not on OSI's list, so not open. */
  | { state: 'declared-unknown'; id: string }
  | { state: 'unknown' };

export function judgeLicense(id: string | null | undefined, input: DefinitionInput): LicenseJudgement {
  if (!id) return { state: 'unknown' };
  const entry = findEntry(id);
  if (entry) return { state: 'known', id, entry };
  const declared = input.license.resolved.some((license) => license.id === id.toLowerCase());
  return declared ? { state: 'declared-unknown', id } : { state: 'unknown' };
}

/** Three-valued conjunction: any false is false, else any null is null, else true. */
export function decide(values: readonly (boolean | null)[]): boolean | null {
  if (values.includes(false)) return false;
  if (values.includes(null)) return null;
  return true;
}
