/** Picks the hub adapter for a page and gathers its facts. */
import type { Fetcher } from '@/lib/hubs/fetcher';
import type { ModelFacts, Reason } from '@/lib/schema/model-facts';
import type { PageRef } from '@/lib/messaging/protocol';
import { gatherHuggingFaceFacts, factsFromPageRecord } from '@/lib/hubs/huggingface/gather';

export type GatherResult = { ok: true; facts: ModelFacts } | { ok: false; reason: Reason };

export async function gatherFacts(page: PageRef, fetcher: Fetcher): Promise<GatherResult> {
  const result = await gatherHuggingFaceFacts(page.id, fetcher);
  if (result.status === 'ok') return { ok: true, facts: result.facts };
  return { ok: false, reason: result.reason };
}

/** Facts from what the page embeds, with no request: the first badge. */
export function initialFacts(page: PageRef): ModelFacts | undefined {
  if (page.record === undefined) return undefined;
  return factsFromPageRecord(page.record, page.url) ?? undefined;
}
