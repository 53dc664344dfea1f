/**
 * Gathers a ModelScope model's facts: the model record and (unless light) its file list. Base models are named,
 * not followed: ModelScope ids are not Hugging Face ids, so each stays an unresolved lineage entry with its reason.
 */
import { ModelFactsSchema } from '../../schema/model-facts';
import type { GatherOptions, GatherResult } from '../adapter';
import type { Fetcher, FetchResponse } from '../fetcher';
import { FilesEnvelopeSchema, ModelEnvelopeSchema, parseJson } from './record';
import { modelscopeToFacts } from './to-facts';
import { modelRecordUrl } from './urls';
import { lookupFailure } from '../http';

async function get(fetcher: Fetcher, url: string): Promise<FetchResponse> {
  try {
    return await fetcher(url, { accept: 'json' });
  } catch {
    return { status: 0, headers: {}, body: '' };
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export async function gatherModelScopeFacts(
  id: string,
  fetcher: Fetcher,
  options: GatherOptions = {},
): Promise<GatherResult> {
  if (!ID.test(id)) return { status: 'error', reason: { code: 'bad-model-id', params: { id: id.slice(0, 256) } } };
  const res = await get(fetcher, modelRecordUrl(id));
  if (res.status !== 200) return lookupFailure(res, id);
  const params = { id, status: res.status };
  const envelope = parseJson(res.body, ModelEnvelopeSchema);
  if (envelope === null) return { status: 'error', reason: { code: 'record-field-invalid', params } };
  // ModelScope answers a missing model with 200 and an envelope without Data.
  if (!envelope.Data) return { status: 'not-found', reason: { code: 'model-not-found', params } };
  let files: string[] | null = null;
  if (!options.light) {
    const fres = await get(fetcher, `${modelRecordUrl(id)}/repo/files?Revision=master&Recursive=true`);
    const list = fres.status === 200 ? parseJson(fres.body, FilesEnvelopeSchema) : null;
    files = list?.Data?.Files?.filter((f) => f.Type !== 'tree').map((f) => f.Path) ?? null;
  }
  const facts = modelscopeToFacts(envelope.Data, files);
  if (!options.light && files === null) facts.notes.push({ code: 'files-not-listed' });
  const checked = ModelFactsSchema.safeParse(facts);
  if (!checked.success) return { status: 'error', reason: { code: 'facts-invalid', params: { id } } };
  return { status: 'ok', facts: checked.data };
}
