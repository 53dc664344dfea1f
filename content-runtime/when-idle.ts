/**
 * Runs `task` once the browser is idle, and at the latest after `timeoutMs`; where idle callbacks are missing, on
 * the next task. Returns a way to cancel it.
 */
export function whenIdle(task: () => void, timeoutMs: number): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = setTimeout(task, 0);
  return { cancel: () => clearTimeout(handle) };
}
