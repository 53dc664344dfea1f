/** The knowledge base: every license Openness Lens knows, grouped by family in `data/`. */
import { CONTENT_LICENSES } from './data/content';
import { IMAGE_MODEL_LICENSES } from './data/image-models';
import { LLAMA_GEMMA_LICENSES } from './data/llama-gemma';
import { RAIL_LICENSES } from './data/rail';
import { RESEARCH_LICENSES } from './data/research';
import { SOFTWARE_LICENSES } from './data/software';
import { UMBRELLA_LICENSES } from './data/umbrella';
import { VENDOR_LICENSES } from './data/vendor';
import type { LicenseEntry } from './types';

export const LICENSE_ENTRIES: readonly LicenseEntry[] = [
  ...SOFTWARE_LICENSES,
  ...CONTENT_LICENSES,
  ...RAIL_LICENSES,
  ...LLAMA_GEMMA_LICENSES,
  ...VENDOR_LICENSES,
  ...RESEARCH_LICENSES,
  ...IMAGE_MODEL_LICENSES,
  ...UMBRELLA_LICENSES,
];
