/**
 * Gathered facts by model id, so a revisit, a settings change or a second tab costs no request.
 * Entries live one day; requests for the same model already under way are shared.
 */
import type { ModelFacts } from '@/lib/schema/model-facts';
import type { GatherResult } from './gather';

const TTL_MS = 24 * 60 * 60 * 1000;
const MAX_ENTRIES = 500;

export class FactsCache {
  private readonly entries = new Map<string, { facts: ModelFacts; at: number }>();
  private readonly inFlight = new Map<string, Promise<GatherResult>>();

  get(id: string): ModelFacts | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (Date.now() - entry.at > TTL_MS) {
      this.entries.delete(id);
      return undefined;
    }
    // Least recently used goes first: re-insert to move to the end.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.facts;
  }

  set(id: string, facts: ModelFacts): void {
    this.entries.delete(id);
    this.entries.set(id, { facts, at: Date.now() });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }

  forget(id: string): void {
    this.entries.delete(id);
  }

  /** Runs `gather` once for concurrent callers of the same id. */
  shared(id: string, gather: () => Promise<GatherResult>): Promise<GatherResult> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const promise = gather().finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, promise);
    return promise;
  }
}
