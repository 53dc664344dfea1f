/** Public API of the license knowledge base and the license-text reader. */
export type { LicenseEntry, LicenseFamily, MofType, TextClause } from './types';
export { LICENSE_FAMILIES } from './types';
export { HUB_LICENSE_IDS, type HubLicenseId } from './hub-ids';
export { KNOWLEDGE_BASE_VERSION } from './version';
export { allLicenseEntries, lookupLicense, normaliseLicenseKey } from './lookup';
export { identifyLicenseText, readClausesFromText } from './text-reader';
