/**
 * Codes that hub adapters and the background emit beside the engine's reason codes: notes on what could not be
 * read, and why a model or base could not be looked up. The catalogue must have a sentence for each (the type
 * makes a missing one a compile error; tests/unit/messages checks the sources emit no other code).
 */
export const NOTE_CODES = [
  // Hugging Face adapter: what could not be read
  'readme-unavailable',
  'readme-truncated',
  'refs-unavailable',
  'license-text-unavailable',
  'dataset-lookup-failed',
  'lineage-cycle',
  'lineage-depth-limit',
  'files-not-listed',
  'record-field-invalid',
  'model-disabled',
  // A base model that could not be looked up
  'base-not-found',
  'base-private',
  'base-disabled',
  'base-error',
  // The model itself could not be looked up
  'model-not-found',
  'model-private-or-missing',
  'model-forbidden',
  'network-error',
  'rate-limited',
  'hub-error',
  'record-not-json',
  'record-not-object',
  'record-no-id',
  'bad-model-id',
  'facts-invalid',
  // The page shows the model the API refused (lib/facts/page-evidence.ts)
  'api-refused-page-shows-model',
  // Other hubs
  'base-license-unknown',
  'version-not-found',
  'layers-unavailable',
  'page-only',
  'hub-beta',
  'page-unreadable',
  // Background
  'cancelled',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];
