/**
 * The sections of docs/METHOD.md the breakdown links to, by their heading anchors (lib/ui/markdown-blocks.ts
 * `slugify`). A test checks every anchor names a heading.
 */
import type { Definition } from '../schema/vocabulary';

export const METHOD_ANCHORS = {
  top: '',
  tier: 'release-tier',
  components: 'components',
  licenses: 'licenses',
  lineage: 'lineage',
  limits: 'what-metadata-cannot-tell',
  osaid: 'osaid',
  mof: 'mof',
  experts: 'expert-verdicts',
  'open-weights': 'open-weights',
} as const satisfies Record<string, string> & Record<Definition, string>;

export type MethodLink = (anchor: string) => string | undefined;
