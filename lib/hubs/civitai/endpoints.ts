/** The Civitai REST endpoints the adapter asks (public, no authentication for reads). */
import { CIVITAI_ORIGIN } from './urls';

export const modelRecordUrl = (modelId: string): string => `${CIVITAI_ORIGIN}/api/v1/models/${modelId}`;
export const modelVersionUrl = (versionId: string): string => `${CIVITAI_ORIGIN}/api/v1/model-versions/${versionId}`;
