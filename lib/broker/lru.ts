/** Entries in least-recently-used order with a total size in bytes; inserting evicts the oldest until under the cap. */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Reads without changing the order. */
  peek(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** Marks the entry most recently used. */
  touch(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  /**
   * Inserts as most recently used and returns what was evicted to make room (never the new entry). An entry larger
   * than the whole cap is not stored.
   */
  set(key: string, value: V, bytes: number): [string, V][] {
    this.delete(key);
    if (bytes > this.maxBytes) return [];
    const evicted: [string, V][] = [];
    for (const [oldKey, old] of this.entries) {
      if (this.total + bytes <= this.maxBytes) break;
      this.delete(oldKey);
      evicted.push([oldKey, old.value]);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    return evicted;
  }

  delete(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.total -= entry.bytes;
    return entry.value;
  }

  /** Keys and values, least recently used first. */
  list(): [string, V][] {
    return [...this.entries].map(([key, entry]) => [key, entry.value]);
  }

  /** Sizes too, least recently used first. */
  listWithBytes(): [string, V, number][] {
    return [...this.entries].map(([key, entry]) => [key, entry.value, entry.bytes]);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}
