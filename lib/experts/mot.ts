/**
 * The Model Openness Tool's own classification of one of its records (docs/EXPERTS.md). A MOT record stores no class:
 * the MOT computes it from the record's components and licenses, and so do we, with the MOT's rules:
 *
 * - a component's license is its own `license`, else the release's license for its content type (code, data,
 *   document), else the release's distribution license; a component whose license is `unlicensed` or empty has none;
 * - a license counts as open when the MOT's license list says OSI-approved or FSF-libre, when it is on the MOT's
 *   open-data list, or when it is OpenMDW-1.0, compared as an exact, case-sensitive string;
 * - a required component counts toward a class when it is listed and its license is open; the research paper stands
 *   in for a technical report that does not count (not listed, or not under an open license);
 * - progress for a class is included ÷ required (its own and every less demanding class's), 0 unless every less
 *   demanding class is complete; the class is the most demanding one at 100%, else 0 ("Unclassified").
 *
 * Pure: the caller passes the set of open license ids (`motOpenLicenses`, from the MOT's configuration).
 */
import type { ComponentId } from '../schema/vocabulary';

/** The MOT's 17 component names and ours, with the MOT's content type, class and whether the class requires it. */
export const MOT_COMPONENTS = [
  { name: 'Model architecture', id: 'architecture', type: 'code', class: 3, required: true },
  { name: 'Model parameters (Final)', id: 'weights', type: 'data', class: 3, required: true },
  { name: 'Model card', id: 'model-card', type: 'document', class: 3, required: true },
  { name: 'Data card', id: 'data-card', type: 'document', class: 3, required: true },
  { name: 'Technical report', id: 'technical-report', type: 'document', class: 3, required: true },
  { name: 'Evaluation results', id: 'evaluation-results', type: 'document', class: 3, required: true },
  { name: 'Sample model outputs', id: 'sample-outputs', type: 'document', class: 3, required: false },
  { name: 'Training code', id: 'training-code', type: 'code', class: 2, required: true },
  { name: 'Inference code', id: 'inference-code', type: 'code', class: 2, required: true },
  { name: 'Evaluation code', id: 'evaluation-code', type: 'code', class: 2, required: true },
  { name: 'Evaluation data', id: 'evaluation-data', type: 'data', class: 2, required: true },
  { name: 'Supporting libraries and tools', id: 'supporting-libraries', type: 'code', class: 2, required: false },
  { name: 'Datasets', id: 'training-data', type: 'data', class: 1, required: true },
  { name: 'Data preprocessing code', id: 'data-preprocessing-code', type: 'code', class: 1, required: true },
  { name: 'Model parameters (Intermediate)', id: 'intermediate-weights', type: 'data', class: 1, required: true },
  { name: 'Research paper', id: 'research-paper', type: 'document', class: 1, required: true },
  { name: 'Model metadata', id: 'model-metadata', type: 'data', class: 1, required: false },
] as const satisfies readonly {
  name: string;
  id: ComponentId;
  type: 'code' | 'data' | 'document';
  class: 1 | 2 | 3;
  required: boolean;
}[];

export type MotClass = 0 | 1 | 2 | 3;

/** What the MOT makes of a component: listed with an open license, not listed, listed with none, or not open. */
export type MotStatus = 'included' | 'missing' | 'unlicensed' | 'invalid';

export interface MotLicenseRef {
  name?: string | null | undefined;
}

/** The parts of a record (`release`) the class depends on. */
export interface MotRelease {
  license?: Partial<Record<'distribution' | 'code' | 'data' | 'document', MotLicenseRef | null>> | null;
  components?: readonly { name: string; license?: string | null }[] | null;
}

export interface MotComponentResult {
  status: MotStatus;
  /** The license the MOT resolves for a listed component, when there is one. */
  license?: string;
}

export interface MotClassification {
  class: MotClass;
  /** Percent, as the MOT's API reports it (0–100). */
  progress: { '1': number; '2': number; '3': number };
  components: Partial<Record<ComponentId, MotComponentResult>>;
}

/** The open-data licenses the MOT's code lists as open whatever its license list says, and OpenMDW. */
export const MOT_OPEN_DATA = [
  'CC0-1.0',
  'CC-BY-1.0',
  'CC-BY-2.0',
  'CC-BY-2.5',
  'CC-BY-2.5-AU',
  'CC-BY-3.0',
  'CC-BY-3.0-AT',
  'CC-BY-3.0-AU',
  'CC-BY-3.0-DE',
  'CC-BY-3.0-IGO',
  'CC-BY-3.0-NL',
  'CC-BY-3.0-US',
  'CC-BY-4.0',
  'CC-BY-SA-1.0',
  'CC-BY-SA-2.0',
  'CC-BY-SA-2.0-UK',
  'CC-BY-SA-2.1-JP',
  'CC-BY-SA-2.5',
  'CC-BY-SA-3.0',
  'CC-BY-SA-3.0-AT',
  'CC-BY-SA-4.0',
  'CDLA-Permissive-1.0',
  'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0',
  'ODC-PDDL-1.0',
  'ODC-By-1.0',
  'ODbL-1.0',
  'GFDL-1.3',
  'OGL-Canada-2.0',
  'OGL-UK-2.0',
  'OGL-UK-3.0',
  'OpenMDW-1.0',
] as const;

export interface SpdxListEntry {
  licenseId: string;
  isOsiApproved?: boolean | undefined;
  isFsfLibre?: boolean | undefined;
}

/**
 * The license ids the MOT counts as open: OSI-approved or FSF-libre in its SPDX list, after its overrides replace the
 * flags of the ids they name, plus its open-data list. Sorted.
 */
export function motOpenLicenses(spdx: readonly SpdxListEntry[], overrides: readonly SpdxListEntry[]): string[] {
  const flags = new Map<string, boolean>();
  for (const list of [spdx, overrides])
    for (const entry of list) flags.set(entry.licenseId, entry.isOsiApproved === true || entry.isFsfLibre === true);
  const open = new Set<string>(MOT_OPEN_DATA);
  for (const [id, isOpen] of flags) if (isOpen) open.add(id);
  return [...open].sort();
}

const NO_LICENSE = new Set(['', 'unlicensed']);

/** Classifies one record's release with the MOT's rules. */
export function classifyMotRelease(release: MotRelease, openLicenses: ReadonlySet<string>): MotClassification {
  const global = release.license ?? {};
  const globalName = (key: 'distribution' | 'code' | 'data' | 'document') => {
    const name = global[key]?.name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  };
  const listed = new Map<string, { license?: string | null }>();
  for (const component of release.components ?? [])
    if (!listed.has(component.name)) listed.set(component.name, component);

  const components: Partial<Record<ComponentId, MotComponentResult>> = {};
  for (const spec of MOT_COMPONENTS) {
    const entry = listed.get(spec.name);
    if (!entry) {
      components[spec.id] = { status: 'missing' };
      continue;
    }
    const own = entry.license;
    const license =
      own === undefined || own === null
        ? (globalName(spec.type) ?? globalName('distribution'))
        : NO_LICENSE.has(String(own).trim())
          ? undefined
          : String(own);
    components[spec.id] =
      license === undefined
        ? { status: 'unlicensed' }
        : { status: openLicenses.has(license) ? 'included' : 'invalid', license };
  }

  const included = (id: ComponentId) => components[id]?.status === 'included';
  // The research paper, when listed, stands in for a technical report that does not count.
  const paperStandsIn = !included('technical-report') && listed.has('Research paper');
  const progress = { '1': 0, '2': 0, '3': 0 };
  let result: MotClass = 0;
  let lowerComplete = true;
  for (const level of [3, 2, 1] as const) {
    let required = MOT_COMPONENTS.filter((c) => c.required && c.class >= level).map((c) => c.id as ComponentId);
    let count: number;
    if (paperStandsIn && level === 1) {
      required = required.filter((id) => id !== 'technical-report');
      count = required.filter(included).length;
    } else if (paperStandsIn) {
      count = required.filter((id) => (id === 'technical-report' ? included('research-paper') : included(id))).length;
    } else count = required.filter(included).length;
    const percent: number = lowerComplete ? Math.min(100, (count / required.length) * 100) : 0;
    progress[String(level) as '1' | '2' | '3'] = percent;
    if (percent === 100) result = level;
    lowerComplete = lowerComplete && percent === 100;
  }
  return { class: result, progress, components };
}

export const motClassRoman = (cls: MotClass) => (['', 'I', 'II', 'III'] as const)[cls];
