/**
 * The Hugging Face model record, from `GET /api/models/{id}` or from a model page's ModelHeader props. Both shapes
 * are read by one tolerant parser: each field is validated on its own, so a field that drifted (new type, garbage)
 * is dropped and named instead of failing the whole record. Input is bounded before validation.
 */
import * as z from 'zod/mini';

/** Bounds applied before validation: hostile input cannot grow memory or time. */
const MAX_STRING = 200_000;
const MAX_ARRAY = 5_000;
const MAX_DEPTH = 12;

/** A copy of `value` with strings, arrays and nesting cut to the bounds above. */
export function bound(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.slice(0, MAX_ARRAY).map((v) => bound(v, depth + 1));
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const key of Object.keys(value)) {
    // `out.__proto__ = x` would set the copy's prototype, and every field the record lacks would be read from x.
    if (key === '__proto__') continue;
    if (++n > MAX_ARRAY) break;
    out[key] = bound((value as Record<string, unknown>)[key], depth + 1);
  }
  return out;
}

const str = z.string();
const strOrList = z.union([z.string(), z.array(z.string())]);
const anyList = z.array(z.unknown());

const TagObjSchema = z.looseObject({
  id: z.string(),
  label: z.optional(z.string()),
  type: z.optional(z.string()),
  extra: z.optional(z.looseObject({ disabled: z.optional(z.boolean()) })),
});
export type TagObj = { id: string; label?: string; type?: string; disabled?: boolean };

/** The cardData keys the adapter uses (YAML front matter of the README, parsed by the Hub). */
export interface CardData {
  license?: string[];
  licenseName?: string;
  licenseLink?: string;
  datasets?: string[];
  baseModel?: string[];
  baseModelRelation?: string;
  extraGatedPrompt?: string;
  hasWidget: boolean;
  /** Some `model-index` entry has non-empty `results`. */
  hasModelIndex: boolean;
  newVersion?: string;
}

export interface HfModelRecord {
  id: string;
  /** Where the record came from. */
  source: 'api' | 'page';
  author?: string;
  sha?: string;
  lastModified?: string;
  private?: boolean;
  disabled?: boolean;
  gated?: false | 'auto' | 'manual';
  tags: string[];
  tagObjs: TagObj[];
  pipelineTag?: string;
  libraryName?: string;
  /** File names; undefined when the record carries no file list (page props, `expand` answers). */
  siblings?: string[];
  spaces: string[];
  cardData?: CardData;
  cardExists?: boolean;
  hasModelIndex: boolean;
  hasWidgetData: boolean;
  safetensorsTotal?: number;
  hasGguf: boolean;
  inference?: string;
  inferenceProviders: string[];
  /** Fields present but of an unexpected shape, dropped. */
  dropped: string[];
}

/** A record that says nothing but the model's id: the start for facts the API could not describe. */
export function bareRecord(id: string, extra: Partial<HfModelRecord> = {}): HfModelRecord {
  return {
    id,
    source: 'api',
    tags: [],
    tagObjs: [],
    spaces: [],
    hasModelIndex: false,
    hasWidgetData: false,
    hasGguf: false,
    inferenceProviders: [],
    dropped: [],
    ...extra,
  };
}

export type RecordParse = { ok: true; record: HfModelRecord } | { ok: false; reason: string };

const asList = (v: string | string[]): string[] => (typeof v === 'string' ? [v] : v);

/** Reads one field with its schema; a present-but-invalid field is recorded in `dropped`. */
function field<T extends z.core.$ZodType>(
  obj: Record<string, unknown>,
  key: string,
  schema: T,
  dropped: string[],
  prefix = '',
): z.infer<T> | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  const r = z.safeParse(schema, v);
  if (r.success) return r.data as z.infer<T>;
  dropped.push(prefix + key);
  return undefined;
}

const nonEmpty = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : v !== null && typeof v === 'object' && Object.keys(v).length > 0;

/** A `model-index` reports results only when some entry has a non-empty `results` list (`results: []` is none). */
export function modelIndexHasResults(v: unknown): boolean {
  const entries = Array.isArray(v) ? v : v !== null && typeof v === 'object' ? [v] : [];
  return entries.slice(0, 100).some((entry) => {
    if (entry === null || typeof entry !== 'object') return false;
    const results = (entry as Record<string, unknown>)['results'];
    return Array.isArray(results) && results.length > 0;
  });
}

function readCardData(raw: unknown, dropped: string[]): CardData | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    dropped.push('cardData');
    return undefined;
  }
  const c = raw as Record<string, unknown>;
  const p = 'cardData.';
  const license = field(c, 'license', strOrList, dropped, p);
  const datasets = field(c, 'datasets', strOrList, dropped, p);
  const baseModel = field(c, 'base_model', strOrList, dropped, p);
  return {
    license: license === undefined ? undefined : asList(license),
    licenseName: field(c, 'license_name', str, dropped, p),
    licenseLink: field(c, 'license_link', str, dropped, p),
    datasets: datasets === undefined ? undefined : asList(datasets),
    baseModel: baseModel === undefined ? undefined : asList(baseModel),
    baseModelRelation: field(c, 'base_model_relation', str, dropped, p),
    extraGatedPrompt: field(c, 'extra_gated_prompt', str, dropped, p),
    hasWidget: nonEmpty(c['widget']),
    hasModelIndex: modelIndexHasResults(c['model-index']),
    newVersion: field(c, 'new_version', str, dropped, p),
  };
}

/** `availableInferenceProviders` (page: objects with `provider`) or `inferenceProviderMapping` (API: keyed object or list). */
function readProviders(obj: Record<string, unknown>, dropped: string[]): string[] {
  const out: string[] = [];
  const list = field(obj, 'availableInferenceProviders', anyList, dropped) ?? [];
  const mapping = obj['inferenceProviderMapping'];
  const entries: unknown[] = [...list];
  if (Array.isArray(mapping)) entries.push(...mapping);
  else if (mapping && typeof mapping === 'object') out.push(...Object.keys(mapping));
  for (const e of entries) {
    if (typeof e === 'string') out.push(e);
    else if (e && typeof e === 'object') {
      const name = (e as Record<string, unknown>)['provider'];
      if (typeof name === 'string') out.push(name);
    }
  }
  return [...new Set(out)];
}

const GatedSchema = z.union([z.boolean(), z.enum(['auto', 'manual'])]);
const SiblingsSchema = z.array(z.looseObject({ rfilename: z.string() }));

/** Parses a model record (API answer or page `props.model`). Never throws. */
export function parseModelRecord(input: unknown, source: 'api' | 'page'): RecordParse {
  const raw = bound(input);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'record-not-object' };
  const obj = raw as Record<string, unknown>;
  const dropped: string[] = [];
  const id = field(obj, 'id', z.string().check(z.minLength(1), z.maxLength(256)), dropped);
  if (id === undefined) return { ok: false, reason: 'record-no-id' };

  const gated = field(obj, 'gated', GatedSchema, dropped);
  const tagObjs = (field(obj, 'tag_objs', z.array(TagObjSchema), dropped) ?? []).map((t) => ({
    id: t.id,
    label: t.label,
    type: t.type,
    disabled: t.extra?.disabled,
  }));
  const safetensors = field(obj, 'safetensors', z.looseObject({ total: z.optional(z.number()) }), dropped);
  const siblings = field(obj, 'siblings', SiblingsSchema, dropped);
  const cardData = readCardData(obj['cardData'], dropped);

  const record: HfModelRecord = {
    id,
    source,
    // The API's `author` is a string; page props carry a string in `model.author` too.
    author: field(obj, 'author', str, dropped),
    sha: field(obj, 'sha', z.string().check(z.maxLength(128)), dropped),
    lastModified: field(obj, 'lastModified', z.string().check(z.maxLength(64)), dropped),
    private: field(obj, 'private', z.boolean(), dropped),
    disabled: field(obj, 'disabled', z.boolean(), dropped),
    // `true` has not been seen; treat it as the stricter manual gate.
    gated: gated === undefined ? undefined : gated === true ? 'manual' : gated,
    tags: field(obj, 'tags', z.array(str), dropped) ?? [],
    tagObjs,
    pipelineTag: field(obj, 'pipeline_tag', str, dropped),
    libraryName: field(obj, 'library_name', str, dropped),
    siblings: siblings?.map((s) => s.rfilename),
    spaces: field(obj, 'spaces', z.array(str), dropped) ?? [],
    cardData,
    cardExists: field(obj, 'cardExists', z.boolean(), dropped),
    hasModelIndex: modelIndexHasResults(obj['model-index']) || cardData?.hasModelIndex === true,
    hasWidgetData: nonEmpty(obj['widgetData']) || cardData?.hasWidget === true,
    safetensorsTotal: safetensors?.total,
    hasGguf: nonEmpty(obj['gguf']),
    inference: field(obj, 'inference', str, dropped),
    inferenceProviders: readProviders(obj, dropped),
    dropped,
  };
  return { ok: true, record };
}

/** Parses an API response body (JSON text). */
export function parseModelRecordJson(body: string): RecordParse {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'record-not-json' };
  }
  return parseModelRecord(json, 'api');
}
