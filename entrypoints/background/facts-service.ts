/**
 * Facts for a model, through its hub's broker cache: the full set for a model page, a light set (records only) for
 * a listing card, and a listing card's set (records, cards, datasets) when the records alone leave its verdict open. Transient failures are reported with their reason so the caller can show the best it knows.
 */
import type { Broker } from '@/lib/broker';
import type { HubAdapter } from '@/lib/hubs/adapter';
import { refusalFacts } from '@/lib/facts/page-evidence';
import type { ModelFacts, Reason } from '@/lib/schema/model-facts';

export type FactsAnswer = { ok: true; facts: ModelFacts } | { ok: false; reason: Reason; transient: boolean };

const PERMANENT = new Set(['model-not-found', 'model-private-or-missing', 'bad-model-id', 'page-only']);

export async function factsFor(
  adapter: HubAdapter,
  broker: Broker<ModelFacts>,
  id: string,
  options: { light: boolean; card?: boolean; revision?: string; signal: AbortSignal; fresh?: boolean },
): Promise<FactsAnswer> {
  const suffix = !options.light ? '' : options.card ? '#card' : '#records';
  const key = { id: `${id}${suffix}`, revision: options.revision };
  const answer = await broker.cachedFacts<Reason>(
    key,
    async (signal) => {
      const result = await adapter.gather(id, broker.fetcher({ signal, fresh: options.fresh }), {
        light: options.light,
        card: options.card === true,
      });
      if (result.status !== 'ok') {
        // "Not found" and "private" are answers too: remembered (in memory only), so a revisit asks nothing. A model
        // page that shows the model still wins over them (PageSession, lib/facts/page-evidence.ts).
        const closed = refusalFacts(adapter.hub, id, adapter.modelUrl(id), result.reason);
        return closed ? { ok: true, facts: closed, cache: 'memory' } : { ok: false, error: result.reason };
      }
      // Only a private repo's facts stay out of storage: everything else here is public metadata.
      const cache = result.facts.access.status === 'private' ? 'memory' : 'persist';
      return { ok: true, facts: result.facts, revision: result.facts.lastModified, cache };
    },
    { signal: options.signal, fresh: options.fresh },
  );
  switch (answer.state) {
    case 'cached':
    case 'computed':
      return { ok: true, facts: answer.facts };
    case 'cancelled':
      return { ok: false, reason: { code: 'cancelled' }, transient: true };
    case 'failed':
      return { ok: false, reason: answer.error, transient: !PERMANENT.has(answer.error.code) };
  }
}
