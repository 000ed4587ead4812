/** Bounded concurrency and per-site deadlines, without timers left behind. */

/** Runs fn over items, at most `limit` at once; results keep the input order (determinism). */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** A signal that aborts when the parent aborts or after `ms`; call dispose() when done. */
export function deadline(parent: AbortSignal | undefined, ms: number, what: string): { signal: AbortSignal; dispose(): void } {
  const ctl = new AbortController();
  const onAbort = () => ctl.abort(parent?.reason ?? new Error('cancelled'));
  parent?.addEventListener('abort', onAbort, { once: true });
  if (parent?.aborted) onAbort();
  const timer = setTimeout(() => ctl.abort(new Error(`${what} took longer than ${Math.round(ms / 1000)} s and was skipped`)), ms);
  return { signal: ctl.signal, dispose: () => { clearTimeout(timer); parent?.removeEventListener('abort', onAbort); } };
}

/** Rejects as soon as the signal aborts, even if the visitor ignores it. */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then((v) => { signal.removeEventListener('abort', onAbort); resolve(v); }, (e) => { signal.removeEventListener('abort', onAbort); reject(e); });
  });
}
