/**
 * Gathers a Civitai model's facts: `GET /api/v1/models/{id}`; when the page selects a version the model record does
 * not list (older versions drop off), `GET /api/v1/model-versions/{id}` for it. One request for a listing card.
 */
import { ModelFactsSchema, type Reason } from '../../schema/model-facts';
import type { GatherOptions, GatherResult } from '../adapter';
import type { Fetcher, FetchResponse } from '../fetcher';
import { modelRecordUrl, modelVersionUrl } from './endpoints';
import { ModelSchema, parseJson, VersionSchema } from './record';
import { civitaiToFacts, selectVersion } from './to-facts';
import { splitCivitaiId } from './urls';
import { lookupFailure } from '../http';

async function get(fetcher: Fetcher, url: string): Promise<FetchResponse> {
  try {
    return await fetcher(url, { accept: 'json' });
  } catch {
    return { status: 0, headers: {}, body: '' };
  }
}

export async function gatherCivitaiFacts(
  id: string,
  fetcher: Fetcher,
  _options: GatherOptions = {},
): Promise<GatherResult> {
  const parts = splitCivitaiId(id);
  if (!parts) return { status: 'error', reason: { code: 'bad-model-id', params: { id: id.slice(0, 256) } } };
  const res = await get(fetcher, modelRecordUrl(parts.modelId));
  if (res.status !== 200) return lookupFailure(res, id);
  const model = parseJson(res.body, ModelSchema);
  if (!model.ok) return { status: 'error', reason: { code: model.reason, params: { id } } satisfies Reason };
  let version = selectVersion(model.value, parts.versionId);
  if (!version && parts.versionId) {
    const vres = await get(fetcher, modelVersionUrl(parts.versionId));
    const parsed = vres.status === 200 ? parseJson(vres.body, VersionSchema) : undefined;
    if (parsed?.ok && (parsed.value.modelId ?? model.value.id) === model.value.id) version = parsed.value;
    else version = selectVersion(model.value);
  }
  const facts = civitaiToFacts(model.value, version, id);
  if (parts.versionId && facts.revision !== parts.versionId)
    facts.notes.push({ code: 'version-not-found', params: { version: parts.versionId } });
  const checked = ModelFactsSchema.safeParse(facts);
  if (!checked.success) return { status: 'error', reason: { code: 'facts-invalid', params: { id } } };
  return { status: 'ok', facts: checked.data };
}
