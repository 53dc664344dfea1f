/** A migration step moves a stored settings object of version n to version n + 1. Steps never throw. */
export type StoredSettings = Record<string, unknown>;
export type MigrationStep = (stored: StoredSettings) => StoredSettings;
