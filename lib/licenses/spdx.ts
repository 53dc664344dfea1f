/**
 * What SPDX and the Model Openness Tool say about a license, keyed by SPDX id.
 * OSI approval comes from `spdx-license-list`; the MOT lists are copied from its `LicenseHandler.php` and
 * `mof-licenses.json` (docs/METHOD.md, MOF).
 */
import spdx from 'spdx-license-list';
import type { MofType } from './types';

export function spdxInfo(id: string): { name: string; osiApproved: boolean } | undefined {
  return Object.prototype.hasOwnProperty.call(spdx, id) ? spdx[id] : undefined;
}

export function isOsiApproved(spdxId: string): boolean {
  return spdxInfo(spdxId)?.osiApproved ?? false;
}

/**
 * FSF-libre licenses that are not OSI-approved. `spdx-license-list` carries no FSF flag, so the few that matter for
 * the Hub's ids are listed here (SPDX `isFsfLibre`); OSI-approved ones need no entry.
 */
const FSF_LIBRE_NOT_OSI = new Set([
  'WTFPL',
  'BSD-3-Clause-Clear',
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'ODbL-1.0',
  'GFDL-1.1',
  'GFDL-1.2',
  'GFDL-1.3',
]);

/** MOT's fixed open-data list (versioned CC ports are matched by prefix). */
const MOT_OPEN_DATA =
  /^(CC0-1\.0|CC-BY-[1-4]\.\d|CC-BY-SA-[1-4]\.\d|CDLA-Permissive-[12]\.0|CDLA-Sharing-1\.0|PDDL-1\.0|ODC-By-1\.0|ODbL-1\.0|GFDL-1\.3|OGL-Canada-2\.0|OGL-UK-[23]\.0)/;

/** Open data / open content in the sense of the osaid definition (docs/METHOD.md, OSAID): no NC, no ND, no data-sharing copyleft. */
const OPEN_DATA = /^(CC0-1\.0|CC-BY-\d|CC-BY-SA-\d|CDLA-Permissive-|ODC-By-|ODbL-|PDDL-|OpenMDW-)/;

export function isOpenData(spdxId: string): boolean {
  return OPEN_DATA.test(spdxId);
}

export function isMofOpen(spdxId: string): boolean {
  return (
    isOsiApproved(spdxId) ||
    FSF_LIBRE_NOT_OSI.has(spdxId) ||
    MOT_OPEN_DATA.test(spdxId) ||
    spdxId.startsWith('OpenMDW-')
  );
}

/**
 * MOT's type-appropriate lists. CC0-1.0 and CC-PDDC are listed twice in `mof-licenses.json` and the later "document"
 * tag overwrites "data" when MOT imports it; we follow what MOT does, so they count for documents only.
 */
const MOF_TYPES: Record<MofType, readonly string[]> = {
  code: [
    '0BSD',
    'AFL-1.1',
    'AFL-1.2',
    'AFL-2.0',
    'AFL-2.1',
    'AFL-3.0',
    'Apache-1.0',
    'Apache-1.1',
    'Apache-2.0',
    'ECL-1.0',
    'ECL-2.0',
    'ISC',
    'MIT',
    'MIT-0',
    'MulanPSL-1.0',
    'MulanPSL-2.0',
    'NCSA',
    'UPL-1.0',
  ],
  data: ['CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'C-UDA-1.0', 'PDDL-1.0'],
  document: ['Apache-2.0', 'CC-BY-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'FreeBSD-DOC', 'CC-PDDC', 'CC0-1.0'],
};

export function mofTypesOf(spdxId: string): MofType[] {
  if (spdxId.startsWith('OpenMDW-')) return ['code', 'data', 'document'];
  return (Object.keys(MOF_TYPES) as MofType[]).filter((type) => MOF_TYPES[type].includes(spdxId));
}
