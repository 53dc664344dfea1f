/** The engine's version: bump it whenever a rule changes, so cached assessments can be told apart. */
export const ENGINE_VERSION = '1.0.0';
