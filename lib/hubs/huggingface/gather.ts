/**
 * Gathers everything the adapter can learn about one Hugging Face model through a Fetcher: the record, README,
 * LICENSE text when the declared license needs it, branches, listed datasets, and base models (up to five levels,
 * cycle-safe). A failed lookup becomes a note and leaves the affected facts unknown; only the model's own record
 * decides the overall status.
 */
import { applyCardReading } from '../../cards/apply';
import { readCard } from '../../cards/read-card';
import {
  ModelFactsSchema,
  type LineageFacts,
  type ModelFacts,
  type ModelFactsCore,
  type Reason,
} from '../../schema/model-facts';
import type { Fetcher, FetchResponse } from '../fetcher';
import { datasetLookupFromResponse } from './datasets';
import { datasetRecordUrl, HF_ORIGIN, modelRecordUrl, modelRefsUrl, rawFileUrl, readmeUrl } from './endpoints';
import { isLicenseFileName, repoLicensePath } from './licenses';
import { bareRecord, parseModelRecordJson, type HfModelRecord } from './record';
import { parseRefs } from './refs';
import { recordToFacts } from './to-facts';
import { classifyHuggingFaceUrl } from './urls';
import { lookupFailure } from '../http';
import type { GatherOptions, GatherResult } from '../adapter';

/** What every gather takes (`light` for listings), and the Hugging Face adapter's own depth and dataset limits. */
export interface HuggingFaceGatherOptions extends GatherOptions {
  /** Base-model levels to follow, 0-5 (default 5). */
  maxDepth?: number;
  /** Look up each listed Hub dataset (default true). */
  lookupDatasets?: boolean;
  /** At most this many dataset lookups per model (default 20). */
  maxDatasets?: number;
}

const MAX_REDIRECTS = 5;
const MAX_LINEAGE = 40;

function note(facts: ModelFacts, code: string, params?: Record<string, string | number>): void {
  if (facts.notes.length >= 50) return;
  if (facts.notes.some((n) => n.code === code && JSON.stringify(n.params) === JSON.stringify(params))) return;
  facts.notes.push(params ? { code, params } : { code });
}

/** GET with redirects followed (recorded hubs answer 3xx with a `location`); network failure → status 0. */
export async function fetchFollowing(fetcher: Fetcher, url: string, accept: 'json' | 'text'): Promise<FetchResponse> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: FetchResponse;
    try {
      res = await fetcher(current, { accept });
    } catch {
      return { status: 0, headers: {}, body: '' };
    }
    const location = res.headers['location'];
    if (res.status < 300 || res.status >= 400 || !location) return res;
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return res;
    }
    // Only follow within the hub.
    if (next.origin !== HF_ORIGIN) return res;
    current = next.href;
  }
  return { status: 0, headers: {}, body: '' };
}

type RecordLookup =
  | { ok: true; record: HfModelRecord }
  | { ok: false; status: 'not-found' | 'private' | 'disabled' | 'error'; reason: Reason };

async function fetchRecord(id: string, fetcher: Fetcher): Promise<RecordLookup> {
  const res = await fetchFollowing(fetcher, modelRecordUrl(id), 'json');
  const params = { id: id.slice(0, 256), status: res.status };
  if (res.status === 200) {
    const parsed = parseModelRecordJson(res.body);
    return parsed.ok ? parsed : { ok: false, status: 'error', reason: { code: parsed.reason, params } };
  }
  // A repository its owner or the hub disabled answers 403, saying so in its error message.
  if (res.status === 403 && /disabled/i.test(`${res.headers['x-error-message'] ?? ''} ${res.body.slice(0, 500)}`))
    return { ok: false, status: 'disabled', reason: { code: 'model-disabled', params } };
  return { ok: false, ...lookupFailure(res, id) };
}

async function addReadme(facts: ModelFacts, fetcher: Fetcher): Promise<void> {
  if (facts.files.known && !facts.files.names.includes('README.md')) {
    facts.docs.card = 'absent';
    return;
  }
  const res = await fetchFollowing(fetcher, readmeUrl(facts.id), 'text');
  if (res.status !== 200) {
    if (res.status === 404 && facts.docs.card !== 'present') facts.docs.card = 'absent';
    else note(facts, 'readme-unavailable', { status: res.status });
    return;
  }
  const reading = readCard(res.body, facts.id);
  if (reading.truncated) note(facts, 'readme-truncated');
  applyCardReading(facts, reading);
}

/** Fetches license text for a declaration the id alone cannot explain (`other`, `unknown`, a repo-file link, none). */
async function addLicenseText(facts: ModelFacts, fetcher: Fetcher): Promise<void> {
  const fileInRepo = facts.files.known ? facts.files.names.find(isLicenseFileName) : undefined;
  let decl = facts.licenses.find(
    (d) =>
      d.text === undefined &&
      (d.id === 'other' || d.id === 'unknown' || d.name !== undefined || repoLicensePath(d.link, facts.id)),
  );
  if (!decl) {
    if (facts.licenses.length > 0 || !fileInRepo) return;
    // No license declared but a LICENSE file exists: read it.
    decl = { id: 'unknown', source: 'license-file' };
    facts.licenses.push(decl);
  }
  const path = repoLicensePath(decl.link, facts.id) ?? fileInRepo ?? 'LICENSE';
  if (facts.files.known && !facts.files.names.includes(path)) {
    note(facts, 'license-text-unavailable', { path, status: 404 });
    return;
  }
  const res = await fetchFollowing(fetcher, rawFileUrl(facts.id, path), 'text');
  if (res.status !== 200) {
    note(facts, 'license-text-unavailable', { path, status: res.status });
    return;
  }
  decl.text = res.body.slice(0, 200_000);
  decl.textSource = path;
}

async function addRefs(facts: ModelFacts, fetcher: Fetcher): Promise<void> {
  const res = await fetchFollowing(fetcher, modelRefsUrl(facts.id), 'json');
  const branches = res.status === 200 ? parseRefs(res.body) : null;
  if (branches === null) note(facts, 'refs-unavailable', { status: res.status });
  else facts.branches = branches;
}

async function addDatasets(facts: ModelFacts, fetcher: Fetcher, max: number): Promise<void> {
  const onHub = facts.datasets.filter((d) => d.hub === 'huggingface').slice(0, max);
  await Promise.all(
    onHub.map(async (d) => {
      const res = await fetchFollowing(fetcher, datasetRecordUrl(d.id), 'json');
      const lookup = datasetLookupFromResponse(res.status, res.body, res.headers);
      d.availability = lookup.availability;
      if (lookup.license) d.license = lookup.license;
      if (lookup.availability === 'unknown') note(facts, 'dataset-lookup-failed', { id: d.id, status: res.status });
    }),
  );
}

async function enrich(
  facts: ModelFacts,
  fetcher: Fetcher,
  opts: Required<HuggingFaceGatherOptions>,
  refs: boolean,
): Promise<void> {
  if (opts.light) {
    // A listing card: its card and datasets when its records leave the verdict open; never license text or branches.
    if (!opts.card) return;
    await addReadme(facts, fetcher);
    if (opts.lookupDatasets) await addDatasets(facts, fetcher, opts.maxDatasets);
    return;
  }
  await addReadme(facts, fetcher);
  await Promise.all([
    addLicenseText(facts, fetcher),
    refs ? addRefs(facts, fetcher) : Promise.resolve(),
    opts.lookupDatasets ? addDatasets(facts, fetcher, opts.maxDatasets) : Promise.resolve(),
  ]);
}

const core = ({ lineage: _lineage, ...rest }: ModelFacts): ModelFactsCore => rest;

async function followLineage(
  root: ModelFacts,
  fetcher: Fetcher,
  opts: Required<HuggingFaceGatherOptions>,
  visited: Set<string>,
): Promise<void> {
  let level = root.baseModels.map((b) => ({ parent: root.id, base: b }));
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > opts.maxDepth) {
      note(root, 'lineage-depth-limit', { depth: opts.maxDepth });
      return;
    }
    const todo = level.filter(({ base }) => {
      if (!visited.has(base.id)) return true;
      note(root, 'lineage-cycle', { id: base.id });
      return false;
    });
    todo.forEach(({ base }) => visited.add(base.id));
    const entries = await Promise.all(
      todo.map(async ({ parent, base }): Promise<[LineageFacts, ModelFacts | null]> => {
        const lookup = await fetchRecord(base.id, fetcher);
        const head = { relation: base.relation, parent, depth };
        if (!lookup.ok) {
          const reason = {
            code: `base-${lookup.status}`,
            params: { id: base.id, status: lookup.reason.params?.['status'] ?? 0 },
          };
          return [{ id: base.id, ...head, status: 'unresolved', reason }, null];
        }
        const facts = recordToFacts(lookup.record);
        await enrich(facts, fetcher, opts, false);
        return [{ id: facts.id, ...head, status: 'resolved', facts: core(facts) }, facts];
      }),
    );
    const next: typeof level = [];
    for (const [entry, facts] of entries) {
      if (root.lineage.length >= MAX_LINEAGE) return;
      root.lineage.push(entry);
      if (!facts) continue;
      // A renamed base answers with its current id; a cycle through the new name must stop too.
      if (facts.id !== entry.id || !visited.has(facts.id)) visited.add(facts.id);
      next.push(...facts.baseModels.map((b) => ({ parent: facts.id, base: b })));
    }
    level = next;
  }
}

/** The model id from an id or a model URL (`https://huggingface.co/org/name/tree/main`). */
export function normaliseModelId(input: string): string | null {
  const s = input.trim();
  if (/^https?:\/\//i.test(s)) {
    const c = classifyHuggingFaceUrl(s);
    return c.kind.startsWith('model') || c.kind === 'root-repo-or-profile' ? (c.repoId ?? null) : null;
  }
  return /^[A-Za-z0-9][\w.-]{0,95}(\/[A-Za-z0-9][\w.-]{0,95})?$/.test(s) ? s : null;
}

export async function gatherHuggingFaceFacts(
  id: string,
  fetcher: Fetcher,
  options: HuggingFaceGatherOptions = {},
): Promise<GatherResult> {
  const opts: Required<HuggingFaceGatherOptions> = {
    maxDepth: Math.max(0, Math.min(5, options.maxDepth ?? 5)),
    lookupDatasets: options.lookupDatasets ?? true,
    maxDatasets: options.maxDatasets ?? 20,
    light: options.light ?? false,
    card: options.card ?? false,
  };
  const modelId = normaliseModelId(id);
  if (modelId === null) return { status: 'error', reason: { code: 'bad-model-id', params: { id: id.slice(0, 256) } } };
  const lookup = await fetchRecord(modelId, fetcher);
  let facts: ModelFacts;
  if (lookup.ok) {
    // Legacy and renamed ids: the answer's id is the model's id from here on.
    facts = recordToFacts(lookup.record);
    await enrich(facts, fetcher, opts, true);
    await followLineage(facts, fetcher, opts, new Set([modelId, facts.id]));
  } else if (lookup.status === 'disabled') {
    facts = recordToFacts(bareRecord(modelId, { disabled: true }));
    note(facts, 'model-disabled');
  } else {
    return { status: lookup.status, reason: lookup.reason };
  }
  const checked = ModelFactsSchema.safeParse(facts);
  if (!checked.success) return { status: 'error', reason: { code: 'facts-invalid', params: { id: modelId } } };
  return { status: 'ok', facts: checked.data };
}

/** Facts from a page's own record, with no request: the first badge. The file list is not in page props. */
export function factsFromPageRecord(record: HfModelRecord): ModelFacts {
  const facts = recordToFacts(record);
  if (!record.siblings) note(facts, 'files-not-listed');
  return facts;
}
