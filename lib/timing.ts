/**
 * User Timing measures of the save path (`welzijnskompas:<name>`), so the time
 * from a keystroke to "saved" can be broken down: in DevTools' performance
 * panel, and by scripts/bench-save.mjs. Costs microseconds; a no-op where the
 * User Timing API is missing.
 */
export const TIMING_PREFIX = 'welzijnskompas:';

/** The save path's steps, and `pdf-render`: a PDF render in the export worker (scripts/bench-pdf.mjs). */
export type TimingName = 'sanitize' | 'rescue' | 'write' | 'pdf-render';

function now(): number | null {
  return typeof performance === 'undefined' || typeof performance.measure !== 'function' ? null : performance.now();
}

/** Records a measure from `start` (a `performance.now()` value, or null) until now. */
export function measureSince(name: TimingName, start: number | null): void {
  if (start === null) return;
  try {
    performance.measure(TIMING_PREFIX + name, { start, end: performance.now() });
  } catch {
    // Timing is a diagnostic: it never gets in the way of saving.
  }
}

/** Records a measure of `milliseconds` that ended now (work timed elsewhere, such as in a worker). */
export function measureDuration(name: TimingName, milliseconds: number, detail?: unknown): void {
  const end = now();
  if (end === null) return;
  try {
    performance.measure(TIMING_PREFIX + name, { start: Math.max(0, end - milliseconds), end, detail });
  } catch {
    // Diagnostic only.
  }
}

/** Runs `run` and records how long it took. */
export function timed<T>(name: TimingName, run: () => T): T {
  const start = now();
  try {
    return run();
  } finally {
    measureSince(name, start);
  }
}

/** Records how long a promise took to settle; returns it unchanged. */
export function timedAsync<T>(name: TimingName, run: () => Promise<T>): Promise<T> {
  const start = now();
  return run().finally(() => measureSince(name, start));
}
