/** Runs one hostile fixture through the adapter and the engine, the way the page session does. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Fetcher, FetchResponse } from '../../../lib/hubs/fetcher';
import { huggingface } from '../../../lib/hubs/huggingface/adapter';
import { modelFromProps } from '../../../lib/hubs/huggingface/find-model';
import type { GatherResult } from '../../../lib/hubs/adapter';
import { gatherHuggingFaceFacts } from '../../../lib/hubs/huggingface/gather';
import { assess } from '../../../lib/openness';
import { recordedHubCandidates, SIDECAR_SUFFIX } from '../../../lib/recorded-hub/paths';
import type { Assessment } from '../../../lib/schema/assessment';
import type { ModelFacts, Reason } from '../../../lib/schema/model-facts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import type { HostileFixture, HubAnswer } from './corpus';

const answer = (a: HubAnswer): FetchResponse =>
  typeof a === 'string'
    ? { status: 200, headers: {}, body: a }
    : { status: a.status, headers: a.headers ?? {}, body: a.body ?? '' };

/** The fixture's hub in memory (exact strings, lone surrogates included), read the recorded-hub way. */
export function memoryFetcher(hub: HostileFixture['hub'], log: string[] = []): Fetcher {
  return async (url) => {
    log.push(url);
    for (const candidate of recordedHubCandidates(url) ?? []) {
      const rel = candidate.replace(/^huggingface\.co\//, '');
      const found = hub[rel];
      if (found !== undefined) return answer(found);
    }
    return { status: 404, headers: { 'x-error-code': 'RepoNotFound' }, body: '{"error":"Repository not found"}' };
  };
}

/** Writes the fixture's hub as a recorded-hub directory (tests/fixtures/hub/README.md), sidecars included. */
export function writeHub(dir: string, hub: HostileFixture['hub']): void {
  for (const [rel, a] of Object.entries(hub)) {
    const file = path.join(dir, 'huggingface.co', ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof a === 'string') writeFileSync(file, a);
    else {
      writeFileSync(file + SIDECAR_SUFFIX, JSON.stringify({ status: a.status, headers: a.headers ?? {} }));
      if (a.body !== undefined) writeFileSync(file, a.body);
    }
  }
}

export type View =
  | { kind: 'assessment'; assessment: Assessment; stage: 'initial' | 'enriched'; problem?: Reason }
  | { kind: 'unavailable'; reason: Reason };

export interface PipelineRun {
  /** The record the content script took from the page's props, as it sends it (unvalidated). */
  page?: unknown;
  initial?: ModelFacts;
  gathered: GatherResult;
  /** What the page shows, in order: the first badge from the page's props (if any), then the final one. */
  views: View[];
  requests: string[];
}

const settings = { policy: DEFAULT_SETTINGS.policy, toggles: DEFAULT_SETTINGS.toggles };

export async function runPipeline(fx: HostileFixture): Promise<PipelineRun> {
  const requests: string[] = [];
  // As the content script and the background do: props.model taken from the page, validated by the adapter.
  const page = fx.props === undefined ? undefined : modelFromProps(fx.props);
  const url = `https://huggingface.co/${fx.id}`;
  const initial =
    page === undefined ? undefined : huggingface.pageFacts?.({ hub: 'huggingface', id: fx.id, url, record: page });
  const views: View[] = [];
  if (initial) views.push({ kind: 'assessment', assessment: assess(initial, settings), stage: 'initial' });
  const gathered = await gatherHuggingFaceFacts(fx.id, memoryFetcher(fx.hub, requests));
  if (gathered.status === 'ok')
    views.push({ kind: 'assessment', assessment: assess(gathered.facts, settings), stage: 'enriched' });
  // As the page session does: keep the best assessment known and say why the rest is missing.
  else if (initial)
    views.push({
      kind: 'assessment',
      assessment: assess(initial, settings),
      stage: 'initial',
      problem: gathered.reason,
    });
  else views.push({ kind: 'unavailable', reason: gathered.reason });
  return { page, initial, gathered, views, requests };
}
