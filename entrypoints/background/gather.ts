/** Picks the hub adapter for a page and gathers its facts. */
import type { Fetcher } from '@/lib/hubs/fetcher';
import type { ModelFacts, Reason } from '@/lib/schema/model-facts';
import type { PageRef } from '@/lib/messaging/protocol';
import { gatherHuggingFaceFacts, factsFromPageRecord } from '@/lib/hubs/huggingface/gather';
import { parseModelRecord } from '@/lib/hubs/huggingface/record';

export type GatherResult = { ok: true; facts: ModelFacts } | { ok: false; reason: Reason };

export async function gatherFacts(page: PageRef, fetcher: Fetcher): Promise<GatherResult> {
  const result = await gatherHuggingFaceFacts(page.id, fetcher);
  if (result.status === 'ok') return { ok: true, facts: result.facts };
  return { ok: false, reason: result.reason };
}

/** Facts from what the page embeds, with no request: the first badge. The record is validated here. */
export function initialFacts(page: PageRef): ModelFacts | undefined {
  if (page.record === undefined) return undefined;
  const parsed = parseModelRecord(page.record, 'page');
  return parsed.ok ? factsFromPageRecord(parsed.record) : undefined;
}
