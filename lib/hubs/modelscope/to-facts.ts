/**
 * A ModelScope model as ModelFacts. `License` is free text ("Apache License 2.0", "apache-2.0", "other"): a name the
 * knowledge base knows becomes its id; a placeholder falls back to the README front matter. `BaseModel` and its
 * relation, `RelatedArxivId`, front-matter datasets and the access fields map directly.
 */
import { lookupLicense } from '../../licenses';
import { applyCardReading } from '../../cards/apply';
import { readCard } from '../../cards/read-card';
import { emptyFacts, type LicenseDeclaration, type ModelFacts } from '../../schema/model-facts';
import { BASE_RELATIONS, type BaseRelation } from '../../schema/vocabulary';
import { readFrontMatter } from './front-matter';
import type { ModelScopeModel } from './record';
import { modelPageUrl } from './urls';

const PLACEHOLDERS = new Set(['', 'other', 'unknown', 'cc', 'openrail']);
const WEIGHTS = /\.(safetensors|bin|pt|pth|ckpt|gguf|onnx|h5|msgpack)$/i;

export function licenseDeclaration(value: string, source: string): LicenseDeclaration {
  const entry = lookupLicense(value);
  // The knowledge base's id is the matching Hugging Face id; the hub's spelling stays as the name.
  return entry
    ? { id: entry.id, name: value.slice(0, 256), source }
    : { id: value.trim().toLowerCase().slice(0, 256), name: value.slice(0, 256), source };
}

const relationOf = (value: string | null | undefined): BaseRelation =>
  BASE_RELATIONS.find((r) => r === value?.toLowerCase()) ?? 'unknown';

export function modelscopeToFacts(model: ModelScopeModel, files: string[] | null): ModelFacts {
  const id = `${model.Path}/${model.Name}`;
  const facts = emptyFacts('modelscope', id, modelPageUrl(id));
  if (model.Visibility === 1) facts.access.status = 'private';
  if (model.ApprovalMode === 1 || (model.ProtectedMode ?? 0) > 0) facts.access.gate = 'manual';

  const readme = model.ReadMeContent ?? '';
  const front = readFrontMatter(readme);
  const declared = model.License?.trim() ?? '';
  if (!PLACEHOLDERS.has(declared.toLowerCase())) facts.licenses.push(licenseDeclaration(declared, 'api'));
  else if (front.license) facts.licenses.push(licenseDeclaration(front.license, 'card'));
  else if (declared) facts.licenses.push({ id: declared.toLowerCase(), source: 'api' });

  const relation = relationOf(model.BaseModelRelation);
  const bases = [...(model.BaseModel ?? []), ...front.baseModels].map((b) => b.replace(/@.*$/, ''));
  facts.baseModels = [...new Set(bases)].slice(0, 20).map((b) => ({ id: b.slice(0, 256), relation }));

  for (const arxiv of model.RelatedArxivId ?? []) {
    if (/^\d{4}\.\d{4,5}(v\d+)?$/.test(arxiv))
      facts.papers.push({ kind: 'arxiv', id: arxiv, url: `https://arxiv.org/abs/${arxiv}`, source: 'api' });
  }
  for (const ds of front.datasets)
    facts.datasets.push({ id: ds, role: 'training', availability: 'unknown', source: 'card' });

  if (readme) applyCardReading(facts, readCard(readme, id));
  if (files !== null) {
    facts.files = { known: true, names: files.slice(0, 5000) };
    const weights = files.filter((f) => WEIGHTS.test(f));
    facts.access.weights = {
      state: weights.length > 0 ? 'present' : 'absent',
      evidence: weights.slice(0, 20).map((f) => ({ kind: 'file', detail: f.slice(0, 1000) })),
    };
  } else if ((model.Libraries ?? []).some((l) => l === 'safetensors' || l === 'gguf')) {
    facts.access.weights = { state: 'present', evidence: [{ kind: 'tag', detail: 'library: safetensors' }] };
  }
  facts.tags = [...(model.Tags ?? []), ...(model.Tasks ?? []).flatMap((t) => (t.Name ? [t.Name] : []))].slice(0, 500);
  facts.library = model.Libraries?.[0];
  if (facts.library === undefined) delete facts.library;
  if (model.LastUpdatedTime) facts.lastModified = new Date(model.LastUpdatedTime * 1000).toISOString();
  return facts;
}
