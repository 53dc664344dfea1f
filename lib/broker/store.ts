/**
 * The persistent key-value store the broker keeps its state in. Modelled on `browser.storage.local` (which the
 * background passes as is); `memoryStore()` serves tests and the command line.
 */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** A store in memory that copies values through JSON, as `storage.local` does. */
export function memoryStore(): KeyValueStore & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: async (keys) => {
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const raw = data.get(key);
        if (raw !== undefined) out[key] = JSON.parse(raw);
      }
      return out;
    },
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, JSON.stringify(value));
    },
    remove: async (keys) => {
      for (const key of keys) data.delete(key);
    },
  };
}

/**
 * Writes in the order they were asked for, one at a time, so a removal never overtakes the write it follows.
 * A failed write (quota, storage gone) is reported and otherwise ignored: the cache is best effort.
 */
export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  set(items: Record<string, unknown>): void {
    this.enqueue(() => this.store.set(items));
  }

  remove(keys: string[]): void {
    if (keys.length > 0) this.enqueue(() => this.store.remove(keys));
  }

  /** Resolves once every write asked for so far has landed (or failed). */
  flush(): Promise<void> {
    return this.tail;
  }

  private enqueue(write: () => Promise<void>): void {
    this.tail = this.tail.then(write).catch(this.onError);
  }
}

/** UTF-8 length of a string, the unit `storage.local` counts its quota in. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
