/**
 * A Civitai model (and the version the page selects) as ModelFacts: weights from the version's files, the license
 * its base model passes down (knowledge base, declared with source `base-model`), the uploader's permission flags as
 * `hub-flag` clauses, training-data files as released data.
 */
import { civitaiBaseModelLicense } from './base-models';
import { lookupLicense } from '../../licenses';
import { emptyFacts, type ModelFacts } from '../../schema/model-facts';
import { permissionFlags } from './permissions';
import type { CivitaiModel, CivitaiVersion } from './record';
import { modelPageUrl } from './urls';

const WEIGHT_FORMATS = /\.(safetensors|ckpt|pt|pth|bin|gguf|onnx|sft)$/i;

/** The version to badge: the one asked for, else the first (Civitai lists the newest first). */
export function selectVersion(model: CivitaiModel, versionId?: string): CivitaiVersion | undefined {
  const versions = model.modelVersions ?? [];
  return versions.find((v) => String(v.id) === versionId) ?? (versionId === undefined ? versions[0] : undefined);
}

function addBaseLicense(facts: ModelFacts, baseModel: string | null | undefined): void {
  if (!baseModel) return;
  const key = civitaiBaseModelLicense(baseModel);
  if (key === undefined) {
    facts.notes.push({ code: 'base-license-unknown', params: { base: baseModel.slice(0, 100) } });
    return;
  }
  const entry = lookupLicense(key);
  facts.licenses.push({
    id: entry?.id ?? key.toLowerCase(),
    name: entry?.name ?? key,
    source: 'base-model',
    from: baseModel.slice(0, 100),
  });
}

/** `id` is the adapter's id (`{modelId}` or `{modelId}@{versionId}`), kept as the page asked for it. */
export function civitaiToFacts(
  model: CivitaiModel,
  version: CivitaiVersion | undefined,
  id = String(model.id),
): ModelFacts {
  const facts = emptyFacts('civitai', id, modelPageUrl(id));
  if (model.availability === 'Private') facts.access.status = 'private';
  if (model.mode === 'TakenDown') facts.access.status = 'disabled';
  if (model.availability === 'EarlyAccess' || version?.availability === 'EarlyAccess') facts.access.gate = 'manual';

  const files = version?.files ?? [];
  facts.files = { known: version !== undefined, names: files.map((f) => f.name).slice(0, 5000) };
  const weights = files.filter((f) => f.type === 'Model' || (!f.type && WEIGHT_FORMATS.test(f.name)));
  if (model.mode === 'Archived' || version?.usageControl === 'Generation') facts.access.weights.state = 'absent';
  else if (version) facts.access.weights.state = weights.length > 0 ? 'present' : 'absent';
  facts.access.weights.evidence = weights.slice(0, 20).map((f) => ({
    kind: 'file',
    detail: f.name.slice(0, 1000),
    url: `https://civitai.com/api/download/models/${version?.id ?? ''}`,
  }));
  if (version?.usageControl === 'Generation') facts.access.inferenceProviders.push('civitai');

  for (const f of files.filter((file) => file.type === 'Training Data').slice(0, 20))
    facts.datasets.push({ id: f.name.slice(0, 256), role: 'training', availability: 'public', source: 'civitai-file' });

  addBaseLicense(facts, version?.baseModel);
  facts.hubFlags = permissionFlags(model);
  facts.docs.card = model.description ? 'present' : 'absent';
  facts.tags = [...(model.tags ?? []), ...(model.type ? [model.type.toLowerCase()] : [])].slice(0, 500);
  if (version?.baseModel) facts.tags.push(`base:${version.baseModel}`.slice(0, 256));
  const modified = version?.updatedAt ?? version?.publishedAt;
  if (modified) facts.lastModified = modified;
  if (version) facts.revision = String(version.id);
  return facts;
}
