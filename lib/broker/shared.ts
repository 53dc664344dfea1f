/**
 * Identical work asked for by several callers runs once. Each caller may cancel on its own and gets `onCancel()`
 * at once; the work itself is aborted only when every caller has cancelled. A caller without a signal never
 * cancels, so the work it joined runs to the end.
 */
interface Entry<T> {
  result: Promise<T>;
  controller: AbortController;
  callers: number;
}

export class SharedWork<T> {
  private readonly running = new Map<string, Entry<T>>();

  get inFlight(): number {
    return this.running.size;
  }

  run(
    key: string,
    signal: AbortSignal | undefined,
    work: (signal: AbortSignal) => Promise<T>,
    onCancel: () => T,
  ): Promise<T> {
    if (signal?.aborted) return Promise.resolve(onCancel());
    let entry = this.running.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry<T> = { controller, callers: 0, result: work(controller.signal) };
      created.result = created.result.finally(() => {
        if (this.running.get(key) === created) this.running.delete(key);
      });
      this.running.set(key, created);
      entry = created;
    }
    const joined = entry;
    joined.callers++;
    if (!signal) return joined.result;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        joined.callers--;
        if (joined.callers === 0) {
          // Nobody wants it any more: a new caller must start afresh rather than join an aborted run.
          if (this.running.get(key) === joined) this.running.delete(key);
          joined.controller.abort();
        }
        resolve(onCancel());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      joined.result.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
