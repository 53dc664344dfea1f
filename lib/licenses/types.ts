/** The shape of a knowledge-base entry: what Openness Lens knows about one license. */
import type { ClauseId } from '../schema/vocabulary';

export const LICENSE_FAMILIES = [
  'permissive',
  'copyleft',
  'public-domain',
  'open-data',
  'open-mdw',
  'non-commercial',
  'no-derivatives',
  'research',
  'rail',
  'vendor',
  'proprietary',
  'family',
  'unknown',
] as const;
export type LicenseFamily = (typeof LICENSE_FAMILIES)[number];

/** MOF content types a license is "type-appropriate" for (Model Openness Tool's mof-licenses.json). */
export type MofType = 'code' | 'data' | 'document';

export interface LicenseEntry {
  /** Canonical key: the Hugging Face id, or the `license_name` slug for licenses the Hub files under `other`. */
  id: string;
  /** Display name. */
  name: string;
  /** SPDX id when SPDX lists the license. */
  spdx?: string;
  /** For an umbrella id (`gpl`, `bsd`, `cc`): the SPDX ids of the versions it usually stands for; flags hold for all. */
  members?: string[];
  /** Other spellings that mean this license: slugs, other hubs' display names ("Apache License 2.0"). */
  aliases: string[];
  family: LicenseFamily;
  /** On OSI's list (from spdx-license-list where SPDX has the license). */
  osiApproved: boolean;
  /** An open data / open content license (CC0, CC-BY, CC-BY-SA, CDLA-Permissive, ODC-BY, ODbL, PDDL, OpenMDW). */
  openData: boolean;
  /** Open for the Model Openness Tool: OSI-approved, FSF-libre, on its open-data list, or OpenMDW. */
  mofOpen: boolean;
  /** The MOF content types this license is type-appropriate for. */
  mofTypes: MofType[];
  clauses: ClauseId[];
  /** Clauses that apply only to some models under this license (Llama 3.2's EU clause: multimodal models only). */
  conditionalClauses?: { id: ClauseId; when: 'multimodal' }[];
  /** One plain-language sentence. */
  summary: string;
  /** Canonical https link to the text. */
  url?: string;
}

/** Conditions a clause can be limited to (Llama 3.2's EU exclusion covers multimodal models only). */
export type ClauseCondition = 'multimodal';

/** Why a clause read from a text is left open (each has a sentence in lib/catalogue). */
export type UnclearCode = 'clause-unclear-derivatives-stay-under-terms' | 'clause-unclear-terms-may-change';

export interface TextClause {
  id: ClauseId;
  /** The sentence of the license text that matched. */
  quote: string;
  /** Set when the sentence limits the clause to some models. */
  when?: ClauseCondition;
  /** Set when the wording leaves the clause open: a reason code for the breakdown (lib/catalogue). */
  unclear?: UnclearCode;
}
