/** The openness engine: pure and synchronous, shared by the extension, the tests and the command line. */
export { assess, fallbackAssessment, type AssessSettings } from './assess';
export { ENGINE_VERSION } from './version';
export { REASON_CODES, reason, type ReasonCode, type EngineReason } from './reasons';
export { releaseTier } from './tier';
export { assessOwnLicense, isMultimodal } from './license';
export { assessLineage } from './lineage';
export { assessComponents, type Components } from './component-rules';
export { osaidVerdict } from './definitions/osaid';
export { mofVerdict, MOF_CLASS_COMPONENTS, MOF_TYPES } from './definitions/mof';
export { openWeightsVerdict } from './definitions/open-weights';
export { OSAID_DISQUALIFYING, openWeightsDisqualifying } from './definitions/clauses';
