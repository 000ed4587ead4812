/** Abort plumbing shared by the engines: each generation gets its own controller linked to the caller's signal. */

export function abortError(what: string): Error {
  const err = new Error(`${what} was stopped before it finished.`);
  err.name = 'AbortError';
  return err;
}

export function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw abortError(what);
}

/**
 * A controller that aborts when the caller's signal does, so `engine.abort()` and the caller's
 * signal stop the same generation. `release` detaches the listener once the work is over.
 */
export function linkedController(signal?: AbortSignal): { controller: AbortController; release(): void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return { controller, release: () => signal?.removeEventListener('abort', onAbort) };
}
