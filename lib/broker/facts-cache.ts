/**
 * Derived facts by repo id, in memory and in the persistent store, under a byte cap with the least recently used
 * entry evicted first. One entry per id: a lookup naming a revision (commit sha or lastModified) that differs from
 * the stored one misses, and the fresh facts replace the old. Entries live `ttlMs` from when they were computed.
 *
 * Layout in the store: one key per entry (`<prefix>f:<id>`) and an index (`<prefix>facts`) listing the persisted
 * entries in LRU order with their revision, time and size, so eviction never has to read the entries. The index is
 * written together with each new entry; a missing or invalid entry found later is simply dropped.
 */
import * as z from 'zod/mini';
import type { Clock } from './clock';
import { ByteLru } from './lru';
import { utf8Bytes, type KeyValueStore, type WriteQueue } from './store';

export interface FactsKey {
  id: string;
  /** Commit sha or lastModified, when known. */
  revision?: string;
}

interface Meta {
  revision: string | null;
  at: number;
  persisted: boolean;
}

/** Index row: [id, revision, computed at, bytes], least recently used first. */
const IndexSchema = z.object({
  v: z.literal(1),
  entries: z.array(z.tuple([z.string(), z.nullable(z.string()), z.number(), z.number()])),
});

/** Allowance per entry for its key and index row, so the cap covers what the store really holds. */
const OVERHEAD_BYTES = 200;

export interface FactsCacheOptions<F> {
  store: KeyValueStore;
  writes: WriteQueue;
  /** Namespace in the store, e.g. `broker:huggingface:`. */
  prefix: string;
  schema: z.ZodMiniType<F>;
  maxBytes: number;
  ttlMs: number;
  clock: Clock;
}

/** Call the other methods only after `ready` has resolved. */
export class FactsCache<F> {
  readonly ready: Promise<void>;
  private readonly lru: ByteLru<Meta>;
  /** Values this instance has computed or read; persisted ones are read back from the store on demand. */
  private readonly values = new Map<string, F>();
  private readonly entrySchema;

  constructor(private readonly options: FactsCacheOptions<F>) {
    this.lru = new ByteLru(options.maxBytes);
    this.entrySchema = z.object({ rev: z.nullable(z.string()), at: z.number(), v: options.schema });
    this.ready = this.load();
  }

  get bytes(): number {
    return this.lru.bytes;
  }

  async get(key: FactsKey): Promise<F | undefined> {
    const meta = this.lru.peek(key.id);
    if (!meta) return undefined;
    if (this.options.clock.now() - meta.at >= this.options.ttlMs) {
      this.forget(key.id);
      return undefined;
    }
    if (key.revision !== undefined && meta.revision !== key.revision) return undefined;
    let value = this.values.get(key.id);
    if (value === undefined) {
      if (meta.persisted) value = await this.read(key.id, meta);
      // Replaced or dropped while we read: treat as a miss.
      if (value === undefined || this.lru.peek(key.id) !== meta) {
        if (this.lru.peek(key.id) === meta) this.forget(key.id);
        return undefined;
      }
      this.values.set(key.id, value);
    }
    this.lru.touch(key.id);
    if (meta.persisted) this.saveIndex();
    return value;
  }

  /** Stores `value`; `persist: false` keeps it in memory only (gone when the service worker stops). */
  set(key: FactsKey, value: F, persist: boolean): void {
    const previous = this.lru.peek(key.id);
    const stored = { rev: key.revision ?? null, at: this.options.clock.now(), v: value };
    const bytes = utf8Bytes(JSON.stringify(stored)) + OVERHEAD_BYTES;
    const meta: Meta = { revision: stored.rev, at: stored.at, persisted: persist };
    const evicted = this.lru.set(key.id, meta, bytes);
    const removals = evicted.filter(([, old]) => old.persisted).map(([id]) => this.entryKey(id));
    for (const [id] of evicted) this.values.delete(id);
    if (this.lru.peek(key.id) === meta) this.values.set(key.id, value);
    else this.values.delete(key.id); // larger than the whole cap
    if (previous?.persisted && !(persist && this.lru.peek(key.id) === meta)) removals.push(this.entryKey(key.id));
    // Removals first: if the worker stops in between, the index may name a missing entry (dropped on read), never
    // leave an entry the index does not know.
    this.options.writes.remove(removals);
    const items: Record<string, unknown> = { [this.indexKey]: this.index() };
    if (persist && this.lru.peek(key.id) === meta) items[this.entryKey(key.id)] = stored;
    this.options.writes.set(items);
  }

  forget(id: string): void {
    const meta = this.lru.delete(id);
    this.values.delete(id);
    if (meta?.persisted) {
      this.options.writes.remove([this.entryKey(id)]);
      this.saveIndex();
    }
  }

  clear(): void {
    const keys = this.lru
      .list()
      .filter(([, meta]) => meta.persisted)
      .map(([id]) => this.entryKey(id));
    this.lru.clear();
    this.values.clear();
    this.options.writes.remove([...keys, this.indexKey]);
  }

  private get indexKey(): string {
    return `${this.options.prefix}facts`;
  }

  private entryKey(id: string): string {
    return `${this.options.prefix}f:${id}`;
  }

  private index(): z.infer<typeof IndexSchema> {
    return {
      v: 1,
      entries: this.lru
        .listWithBytes()
        .filter(([, meta]) => meta.persisted)
        .map(([id, meta, bytes]) => [id, meta.revision, meta.at, bytes]),
    };
  }

  private saveIndex(): void {
    this.options.writes.set({ [this.indexKey]: this.index() });
  }

  private async read(id: string, meta: Meta): Promise<F | undefined> {
    try {
      const key = this.entryKey(id);
      const parsed = this.entrySchema.safeParse((await this.options.store.get([key]))[key]);
      // A schema change in an update makes old entries invalid: they are recomputed.
      if (!parsed.success || parsed.data.rev !== meta.revision || parsed.data.at !== meta.at) return undefined;
      return parsed.data.v as F;
    } catch {
      return undefined;
    }
  }

  private async load(): Promise<void> {
    try {
      const parsed = IndexSchema.safeParse((await this.options.store.get([this.indexKey]))[this.indexKey]);
      if (!parsed.success) return;
      const now = this.options.clock.now();
      const expired: string[] = [];
      for (const [id, revision, at, bytes] of parsed.data.entries) {
        if (now - at >= this.options.ttlMs || now < at) expired.push(this.entryKey(id));
        else {
          // A cap lowered since the entries were written evicts the oldest now.
          for (const [old] of this.lru.set(id, { revision, at, persisted: true }, bytes))
            expired.push(this.entryKey(old));
          if (!this.lru.peek(id)) expired.push(this.entryKey(id));
        }
      }
      this.options.writes.remove(expired);
    } catch {
      // Unreadable store: start empty.
    }
  }
}
