/** Open content and open data licenses: Creative Commons, CDLA, Open Data Commons, OpenMDW and similar. */
import { define } from '../define';
import type { LicenseEntry } from '../types';

type CcVariant = 'by' | 'by-sa' | 'by-nc' | 'by-nd' | 'by-nc-nd' | 'by-nc-sa';

const CC_WORDS: Record<CcVariant, string> = {
  by: '',
  'by-sa': '-ShareAlike',
  'by-nc': '-NonCommercial',
  'by-nd': '-NoDerivatives',
  'by-nc-nd': '-NonCommercial-NoDerivatives',
  'by-nc-sa': '-NonCommercial-ShareAlike',
};

const CC_SUMMARIES: Record<CcVariant, string> = {
  by: 'Share and adapt for any purpose, crediting the creator and marking changes.',
  'by-sa': 'Share and adapt for any purpose with credit; adaptations must use the same license.',
  'by-nc': 'Share and adapt with credit, but not for commercial purposes.',
  'by-nd': 'Share unchanged copies with credit, for any purpose; adaptations may not be shared.',
  'by-nc-nd': 'Share unchanged copies with credit, only for non-commercial purposes.',
  'by-nc-sa': 'Share and adapt with credit, not commercially, and adaptations keep the same license.',
};

/** One Creative Commons entry; `port` is 'IGO' for the intergovernmental-organisation ports Kaggle offers. */
function cc(variant: CcVariant, version: string, port?: 'IGO'): LicenseEntry {
  const code = variant.toUpperCase();
  const suffix = port ? `-${port}` : '';
  const scope = port ?? (version === '4.0' ? 'International' : version === '3.0' ? 'Unported' : 'Generic');
  const words = `Attribution${CC_WORDS[variant]} ${version} ${scope}`;
  const short = `CC ${code} ${version}${port ? ` ${port}` : ''}`;
  // The Hub's display name splits the words: "Creative Commons Attribution Non Commercial 4.0".
  const hubName = `Creative Commons Attribution${CC_WORDS[variant].replace(/-/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')} ${version}`;
  const clauses: LicenseEntry['clauses'] = [];
  if (variant.includes('nc')) clauses.push('non-commercial');
  if (variant.includes('nd')) clauses.push('no-derivatives');
  if (variant.includes('sa')) clauses.push('share-alike');
  return define({
    id: `cc-${variant}-${version}${suffix.toLowerCase()}`,
    name: `Creative Commons ${words}`,
    spdx: `CC-${code}-${version}${suffix}`,
    aliases: port ? [words, short, `${words} (${short})`] : [words, short, `${words} (${short})`, hubName],
    family: variant.includes('nc') ? 'non-commercial' : variant.includes('nd') ? 'no-derivatives' : 'open-data',
    clauses,
    summary: CC_SUMMARIES[variant],
    url: `https://creativecommons.org/licenses/${variant}/${version}/${port ? 'igo/' : ''}legalcode`,
  });
}

export const CONTENT_LICENSES = [
  define({
    id: 'cc0-1.0',
    name: 'Creative Commons Zero v1.0 Universal',
    spdx: 'CC0-1.0',
    aliases: ['CC0', 'CC0: Public Domain', 'CC0 1.0 Universal', 'cc-zero'],
    family: 'public-domain',
    summary: 'Waives all rights the law allows, placing the work as close to the public domain as possible.',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/legalcode',
  }),
  cc('by', '2.0'),
  cc('by', '2.5'),
  cc('by', '3.0'),
  cc('by', '4.0'),
  cc('by-sa', '3.0'),
  cc('by-sa', '4.0'),
  cc('by-nc', '2.0'),
  cc('by-nc', '3.0'),
  cc('by-nc', '4.0'),
  cc('by-nd', '4.0'),
  cc('by-nc-nd', '3.0'),
  cc('by-nc-nd', '4.0'),
  cc('by-nc-sa', '2.0'),
  cc('by-nc-sa', '3.0'),
  cc('by-nc-sa', '4.0'),
  // Kaggle offers these two IGO ports; the Hub does not.
  cc('by', '3.0', 'IGO'),
  cc('by-nc-sa', '3.0', 'IGO'),
  define({
    id: 'cdla-sharing-1.0',
    name: 'Community Data License Agreement – Sharing, Version 1.0',
    spdx: 'CDLA-Sharing-1.0',
    aliases: ['Community Data License Agreement - Sharing - Version 1.0'],
    family: 'open-data',
    clauses: ['share-alike'],
    summary: 'Data may be used and shared; shared data, with changes, stays under the same agreement.',
  }),
  define({
    id: 'cdla-permissive-1.0',
    name: 'Community Data License Agreement – Permissive, Version 1.0',
    spdx: 'CDLA-Permissive-1.0',
    aliases: ['Community Data License Agreement - Permissive - Version 1.0'],
    family: 'open-data',
    summary: 'Data may be used, changed and shared freely; results of computation are not restricted.',
  }),
  define({
    id: 'cdla-permissive-2.0',
    name: 'Community Data License Agreement – Permissive, Version 2.0',
    spdx: 'CDLA-Permissive-2.0',
    aliases: ['Community Data License Agreement - Permissive - Version 2.0'],
    family: 'open-data',
    summary: 'Data may be used and shared freely; results, machine learning models included, are unrestricted.',
  }),
  define({
    id: 'odc-by',
    name: 'Open Data Commons Attribution License',
    spdx: 'ODC-By-1.0',
    aliases: ['ODC Attribution License (ODC-By)', 'Open Data Commons License Attribution family', 'odc-by-1.0'],
    family: 'open-data',
    summary: 'A database may be used and shared for any purpose, with attribution.',
  }),
  define({
    id: 'odbl',
    name: 'Open Database License',
    spdx: 'ODbL-1.0',
    aliases: ['Open Database License family', 'odbl-1.0'],
    family: 'open-data',
    clauses: ['share-alike'],
    summary: 'A database may be used with attribution; adapted databases that are shared keep the same license.',
  }),
  define({
    id: 'pddl',
    name: 'Open Data Commons Public Domain Dedication and License',
    spdx: 'PDDL-1.0',
    aliases: ['ODC Public Domain Dedication and Licence (PDDL)', 'pddl-1.0', 'odc-pddl'],
    family: 'public-domain',
    summary: 'Places a database in the public domain.',
  }),
  define({
    id: 'etalab-2.0',
    name: 'Etalab Open License 2.0',
    spdx: 'etalab-2.0',
    aliases: ['Licence Ouverte 2.0'],
    family: 'permissive',
    summary: 'The French government’s open license: reuse freely, crediting the source.',
  }),
  define({
    id: 'c-uda',
    name: 'Computational Use of Data Agreement',
    spdx: 'C-UDA-1.0',
    aliases: ['c-uda-1.0'],
    family: 'open-data',
    // The data may be used only for computational analysis; that limit travels with the data.
    clauses: ['use-restrictions'],
    summary: 'Data may be used only for computational analysis; the results, models included, are not restricted.',
  }),
  define({
    id: 'gfdl',
    name: 'GNU Free Documentation License family',
    members: ['GFDL-1.1', 'GFDL-1.2', 'GFDL-1.3'],
    aliases: ['GNU Free Documentation License', 'GNU Free Documentation License 1.3', 'GFDL-1.3'],
    family: 'copyleft',
    clauses: ['share-alike'],
    summary: 'Copyleft for manuals and documentation; modified versions stay under the same license.',
    url: 'https://www.gnu.org/licenses/fdl-1.3.html',
  }),
  define({
    id: 'openmdw-1.0',
    name: 'Open Model, Data & Weights License Agreement',
    spdx: 'OpenMDW-1.0',
    aliases: ['OpenMDW License Agreement v1.0', 'openmdw'],
    family: 'open-mdw',
    summary: 'One permissive grant over a whole model release (weights, data, code, docs), with no rule on outputs.',
    url: 'https://openmdw.ai/license/1-0/',
  }),
  define({
    id: 'openmdw-1.1',
    name: 'Open Model, Data & Weights License Agreement v1.1',
    flagsLike: 'OpenMDW-1.1',
    aliases: ['OpenMDW License Agreement v1.1', 'OpenMDW-1.1'],
    family: 'open-mdw',
    summary: 'One permissive grant over a whole model release (weights, data, code, docs), with no rule on outputs.',
    url: 'https://openmdw.ai/license/1-1/',
  }),
];
