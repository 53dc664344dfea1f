/** A Hugging Face model record → hub-agnostic facts. Pure; what the record cannot tell stays unknown. */
import {
  emptyFacts,
  type BaseRef,
  type DatasetRef,
  type Evidence,
  type LicenseDeclaration,
  type ModelFacts,
  type Paper,
} from '../../schema/model-facts';
import { BASE_RELATIONS, type BaseRelation } from '../../schema/vocabulary';
import { weightFiles } from '../../facts/weight-files';
import { datasetPageUrl, fileViewUrl, modelPageUrl } from './endpoints';
import { licenseSlug, looksLikeLicenseText } from './licenses';
import type { HfModelRecord } from './record';

const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Tags the Hub computes from the files: they mean weights in that format are in the repo. */
const WEIGHT_FORMAT_TAGS = [
  'safetensors',
  'gguf',
  'pytorch',
  'tf',
  'jax',
  'onnx',
  'tflite',
  'coreml',
  'keras',
  'mlx',
  'openvino',
];

/** A dataset id the Hub could hold: `name` or `org/name`, no spaces. */
export const looksLikeHubId = (s: string): boolean => /^[A-Za-z0-9][\w.-]{0,95}(\/[A-Za-z0-9][\w.-]{0,95})?$/.test(s);

const asRelation = (s: string | undefined): BaseRelation | undefined =>
  (BASE_RELATIONS as readonly string[]).includes(s ?? '') ? (s as BaseRelation) : undefined;

export function weightsFromRecord(r: HfModelRecord): ModelFacts['access']['weights'] {
  if (r.siblings) {
    const all = weightFiles(r.siblings);
    if (all.length === 0) return { state: 'absent', evidence: [] };
    // One file per format first, so the capped evidence shows every format the repo ships.
    const ext = (f: string) => f.slice(f.lastIndexOf('.') + 1).toLowerCase();
    const firsts = all.filter((f, i) => all.findIndex((g) => ext(g) === ext(f)) === i);
    const files = [...firsts, ...all.filter((f) => !firsts.includes(f))];
    return {
      state: 'present',
      evidence: files
        .slice(0, 10)
        .map((f): Evidence => ({ kind: 'file', detail: clip(f, 1000), url: clip(fileViewUrl(r.id, f), 2048) })),
    };
  }
  if (r.safetensorsTotal !== undefined && r.safetensorsTotal > 0) {
    return {
      state: 'present',
      evidence: [{ kind: 'record-field', detail: `safetensors: ${r.safetensorsTotal} parameters` }],
    };
  }
  if (r.hasGguf) return { state: 'present', evidence: [{ kind: 'record-field', detail: 'gguf' }] };
  const formatTags = r.tags.filter((t) => WEIGHT_FORMAT_TAGS.includes(t));
  if (formatTags.length > 0) {
    return { state: 'present', evidence: formatTags.slice(0, 5).map((t): Evidence => ({ kind: 'tag', detail: t })) };
  }
  return { state: 'unknown', evidence: [] };
}

export function licensesFromRecord(r: HfModelRecord): LicenseDeclaration[] {
  const card = r.cardData;
  const fromCard = (card?.license ?? []).map((id) => ({ id, source: 'card' }));
  const fromTags = r.tags.filter((t) => t.startsWith('license:')).map((t) => ({ id: t.slice(8), source: 'tag' }));
  const declared = fromCard.length > 0 ? fromCard : fromTags;
  const out: LicenseDeclaration[] = [];
  for (const d of declared) {
    const id = d.id.trim().toLowerCase();
    if (id === '' || out.some((o) => o.id === id)) continue;
    const decl: LicenseDeclaration = { id: clip(id, 256), source: d.source };
    if (id === 'other' && card?.licenseName) {
      const slug = licenseSlug(card.licenseName);
      if (slug) decl.id = clip(slug, 256);
      decl.name = clip(card.licenseName, 256);
    }
    if (card?.licenseLink && (id === 'other' || id === 'unknown' || declared.length === 1))
      decl.link = clip(card.licenseLink, 2048);
    out.push(decl);
  }
  const prompt = card?.extraGatedPrompt;
  if (prompt && looksLikeLicenseText(prompt)) {
    const target = out.find((d) => d.text === undefined);
    if (target) Object.assign(target, { text: clip(prompt, 200_000), textSource: 'gate-prompt' });
    else out.push({ id: 'unknown', text: clip(prompt, 200_000), textSource: 'gate-prompt', source: 'gate' });
  }
  return out.slice(0, 20);
}

export function datasetsFromRecord(r: HfModelRecord): DatasetRef[] {
  const notOnHub = new Set(
    r.tagObjs.filter((t) => t.type === 'dataset' && t.disabled === true).map((t) => t.id.replace(/^dataset:/, '')),
  );
  const named = [
    ...(r.cardData?.datasets ?? []).map((id) => ({ id, source: 'card' })),
    ...r.tags.filter((t) => t.startsWith('dataset:')).map((t) => ({ id: t.slice(8), source: 'tag' })),
  ];
  const out: DatasetRef[] = [];
  for (const { id: rawId, source } of named) {
    const id = clip(rawId.trim(), 256);
    if (id === '' || out.some((d) => d.id === id)) continue;
    const onHub = looksLikeHubId(id) && !notOnHub.has(id);
    out.push({
      id,
      role: 'training',
      availability: 'unknown',
      source,
      ...(onHub ? { hub: 'huggingface' as const, url: datasetPageUrl(id) } : {}),
    });
  }
  return out.slice(0, 200);
}

export function papersFromTags(tags: readonly string[]): Paper[] {
  const out: Paper[] = [];
  for (const t of tags) {
    if (t.startsWith('arxiv:')) {
      const id = clip(t.slice(6), 256);
      out.push({ kind: 'arxiv', id, url: `https://arxiv.org/abs/${encodeURIComponent(id)}`, source: 'tag' });
    } else if (t.startsWith('doi:')) {
      const id = clip(t.slice(4), 256);
      out.push({
        kind: 'doi',
        id,
        url: `https://doi.org/${id.split('/').map(encodeURIComponent).join('/')}`,
        source: 'tag',
      });
    }
  }
  return out.slice(0, 100);
}

/**
 * Base models. The Hub's `base_model:` tags use current ids (renames applied), so they win over `cardData.base_model`,
 * which may still name an old id.
 */
export function baseModelsFromRecord(r: HfModelRecord): BaseRef[] {
  const cardRel = asRelation(r.cardData?.baseModelRelation);
  const fromTags = new Map<string, BaseRelation>();
  for (const t of r.tags) {
    if (!t.startsWith('base_model:')) continue;
    const rest = t.slice(11);
    const colon = rest.indexOf(':');
    const rel = colon > 0 ? asRelation(rest.slice(0, colon)) : undefined;
    const id = rel ? rest.slice(colon + 1) : rest;
    if (!id) continue;
    const prev = fromTags.get(id);
    if (rel) fromTags.set(id, rel);
    else if (!prev) fromTags.set(id, cardRel ?? 'unknown');
  }
  let refs = [...fromTags].map(([id, relation]) => ({ id, relation }));
  if (refs.length === 0) {
    const ids = uniq((r.cardData?.baseModel ?? []).map((s) => s.trim()).filter((s) => s !== ''));
    const fallback: BaseRelation = cardRel ?? (ids.length > 1 ? 'merge' : 'unknown');
    refs = ids.map((id) => ({ id, relation: fallback }));
  }
  return refs
    .filter((b) => b.id !== r.id)
    .slice(0, 20)
    .map((b) => ({ id: clip(b.id, 256), relation: b.relation }));
}

function cardState(r: HfModelRecord): ModelFacts['docs']['card'] {
  if (r.cardExists === true || r.cardData !== undefined) return 'present';
  if (r.cardExists === false) return 'absent';
  if (r.siblings) return r.siblings.includes('README.md') ? 'present' : 'absent';
  return 'unknown';
}

/** Record → facts (lineage empty; notes name dropped fields). */
export function recordToFacts(r: HfModelRecord): ModelFacts {
  const f = emptyFacts('huggingface', r.id, modelPageUrl(r.id));
  f.access.status = r.disabled ? 'disabled' : r.private ? 'private' : 'public';
  f.access.gate = r.gated === 'auto' || r.gated === 'manual' ? r.gated : 'none';
  f.access.weights = weightsFromRecord(r);
  const providers = [...r.inferenceProviders];
  // `inference: "warm"` means Hugging Face's own serverless inference serves the model.
  if (r.inference === 'warm') providers.unshift('hf-inference');
  f.access.inferenceProviders = uniq(providers)
    .slice(0, 50)
    .map((p) => clip(p, 256));
  f.access.demoApps = r.spaces.slice(0, 100).map((s) => clip(s, 256));
  f.licenses = licensesFromRecord(r);
  f.datasets = datasetsFromRecord(r);
  f.papers = papersFromTags(r.tags);
  f.baseModels = baseModelsFromRecord(r);
  f.docs = { card: cardState(r), sections: [], evaluationResults: r.hasModelIndex, sampleOutputs: r.hasWidgetData };
  if (r.siblings) f.files = { known: true, names: r.siblings.slice(0, 5000).map((n) => clip(n, 1024)) };
  f.tags = r.tags.slice(0, 500).map((t) => clip(t, 256));
  if (r.libraryName) f.library = clip(r.libraryName, 256);
  if (r.pipelineTag) f.pipelineTag = clip(r.pipelineTag, 256);
  if (r.sha) f.revision = r.sha;
  if (r.lastModified) f.lastModified = r.lastModified;
  for (const field of r.dropped.slice(0, 20))
    f.notes.push({ code: 'record-field-invalid', params: { field: clip(field, 100) } });
  return f;
}
