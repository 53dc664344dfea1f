/** Licenses of image and video base models that Civitai resources inherit (see lib/hubs/civitai/base-models.ts). */
import { define } from '../define';

export const IMAGE_MODEL_LICENSES = [
  define({
    id: 'faipl-1.0-sd',
    name: 'Fair AI Public License 1.0-SD',
    aliases: ['faipl-1.0', 'Illustrious License', 'fair-ai-public-license-1.0-sd'],
    family: 'rail',
    clauses: ['use-restrictions', 'share-alike'],
    summary:
      'Commercial use allowed under a list of banned uses; modified models must be shared under the same license with their source.',
    url: 'https://freedevproject.org/faipl-1.0-sd/',
  }),
  define({
    id: 'flux-2-dev-non-commercial-license',
    name: 'FLUX.2 [dev] Non-Commercial License',
    aliases: ['flux-2-dev'],
    family: 'non-commercial',
    clauses: ['non-commercial'],
    summary: 'Black Forest Labs’ FLUX.2 [dev] weights may be used only for non-commercial purposes.',
  }),
];
