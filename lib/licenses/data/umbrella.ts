/** Hub ids that name a family rather than one license, and the Hub's `other` and `unknown`. */
import { define } from '../define';

export const UMBRELLA_LICENSES = [
  define({
    id: 'openrail',
    name: 'OpenRAIL license family',
    aliases: ['Open RAIL', 'OpenRAIL-M'],
    family: 'family',
    // Every RAIL text carries a list of banned uses; the rest depends on which text the repo ships.
    clauses: ['use-restrictions'],
    summary: 'Some Responsible AI License; which one (often CreativeML OpenRAIL-M) is only in the repo’s LICENSE file.',
    url: 'https://huggingface.co/blog/open_rail',
  }),
  define({
    id: 'bsd',
    name: 'BSD license family',
    members: ['BSD-2-Clause', 'BSD-3-Clause'],
    family: 'family',
    summary: 'Some BSD license; the usual 2- and 3-clause versions are permissive and OSI-approved.',
  }),
  define({
    id: 'cc',
    name: 'Creative Commons license family',
    members: ['CC-BY-4.0', 'CC-BY-NC-4.0', 'CC-BY-ND-4.0'],
    aliases: ['creative commons'],
    family: 'family',
    summary: 'Some Creative Commons license; it may or may not allow commercial use or changes.',
  }),
  define({
    id: 'gpl',
    name: 'GNU General Public License family',
    members: ['GPL-2.0-only', 'GPL-3.0-only'],
    aliases: ['GNU General Public License'],
    family: 'family',
    clauses: ['share-alike'],
    summary: 'Some version of the GPL, a strong copyleft license.',
  }),
  define({
    id: 'lgpl',
    name: 'GNU Lesser General Public License family',
    members: ['LGPL-2.1-only', 'LGPL-3.0-only'],
    aliases: ['GNU Lesser General Public License'],
    family: 'family',
    clauses: ['share-alike'],
    summary: 'Some version of the LGPL, a weak copyleft license.',
  }),
  define({
    id: 'other',
    name: 'Other',
    family: 'unknown',
    summary: 'The card names no license from the Hub’s list; the license name, link or LICENSE file has to tell.',
  }),
  define({
    id: 'unknown',
    name: 'Unknown',
    family: 'unknown',
    summary: 'The uploader did not know the license.',
  }),
];
