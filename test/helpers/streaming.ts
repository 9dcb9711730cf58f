/**
 * Calling a streaming custom function (=CASA.DISPONIBILI, =CASA.PIANO) as Excel does: with an
 * invocation as the last argument, whose `setResult` may be called now, later, and again when the
 * inventory changes; `cancel()` is what Excel does when the formula goes.
 */
export interface Streamed<T> {
  /** Every result given so far, in order. */
  readonly results: T[];
  /** The next result (one already given and not yet taken comes at once). */
  next(timeoutMs?: number): Promise<T>;
  cancel(): void;
}

export function stream<T = unknown>(fn: (...args: any[]) => void, ...args: unknown[]): Streamed<T> {
  const results: T[] = [];
  let taken = 0;
  const waiting: Array<(value: T) => void> = [];
  const invocation: { setResult(value: T): void; onCanceled?: () => void } = {
    setResult(value: T) {
      results.push(value);
      const resolve = waiting.shift();
      if (resolve) {
        taken += 1;
        resolve(value);
      }
    },
  };
  fn(...args, invocation);
  return {
    results,
    next(timeoutMs = 5_000) {
      if (taken < results.length) return Promise.resolve(results[taken++]);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no new result within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    cancel() {
      invocation.onCanceled?.();
    },
  };
}

/** The result a streaming function gives at once (an inventory range, or a bad argument). */
export function resultNow<T = unknown>(fn: (...args: any[]) => void, ...args: unknown[]): T {
  const streamed = stream<T>(fn, ...args);
  if (streamed.results.length === 0) throw new Error('the function gave no result at once');
  return streamed.results[0];
}
