import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Every timed repetition, in milliseconds, in the order run. */
  samples: number[];
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  if (value === undefined) throw new RangeError('median of no values');
  return value;
}

export function timingOf(samples: readonly number[]): Timing {
  return { samples: [...samples], median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

export interface TimeOptions<S> {
  reps: number;
  /** Untimed runs first (JIT, SQLite's page cache); 1 unless told. */
  warmup?: number;
  /** Untimed preparation before each run (a fresh file, a fresh copy); its result is passed to the run. */
  setup?: () => S | Promise<S>;
  /** Untimed clean-up after each run. */
  teardown?: (state: S) => void | Promise<void>;
}

/** Runs `run` `warmup + reps` times and keeps the timings of the last `reps`; the median is the figure reported. */
export async function time<S = undefined>(run: (state: S) => unknown, options: TimeOptions<S>): Promise<Timing> {
  const samples: number[] = [];
  const warmup = options.warmup ?? 1;
  for (let i = 0; i < warmup + options.reps; i += 1) {
    const state = (options.setup ? await options.setup() : undefined) as S;
    const start = performance.now();
    await run(state);
    const elapsed = performance.now() - start;
    if (options.teardown) await options.teardown(state);
    if (i >= warmup) samples.push(elapsed);
  }
  return timingOf(samples);
}

/** Times one synchronous step once, returning its result and the milliseconds it took. */
export function timed<T>(step: () => T): [T, number] {
  const start = performance.now();
  const result = step();
  return [result, performance.now() - start];
}
