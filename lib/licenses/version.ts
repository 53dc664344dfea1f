/** Bumped whenever an entry, alias or detection phrase changes, so cached assessments can be invalidated. */
export const KNOWLEDGE_BASE_VERSION = '2026.12.1';
