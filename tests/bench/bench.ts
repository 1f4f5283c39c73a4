/**
 * The shape of a benchmark file, shared by every `tests/bench/*.bench.ts` (the runner, `run.ts`,
 * discovers them by name), and the summary statistics the runner reports.
 *
 * A bench file's default export is a `BenchCase` or an array of them:
 *
 * ```ts
 * import type { BenchCase } from "./bench.ts";
 * const bench: BenchCase<Prepared> = {
 *   name: "what is measured, with its size",          // unique; `npm run bench -- <filter>` matches it
 *   runs: 5,                                            // timed runs (median reported), default 5
 *   target: { seconds: 2, what: "issue 4 §5" },         // optional: the target the figure is judged by
 *   prepare: () => makeData(),                          // optional, untimed, once before the runs
 *   run: (prepared) => ({ check: "τ̂ = 0.2512" }),     // timed; may return {seconds} when it times
 *                                                       //   itself (an external program), {check}
 *                                                       //   a line that proves the work was done,
 *                                                       //   {peakRssMiB} a memory figure
 *   skip: () => (haveR ? null : "Rscript not found"),   // optional: a reason not to run here
 * };
 * export default bench;
 * ```
 */

/** What a timed run may report back (all optional). */
export interface BenchRunReport {
  /** Seconds measured by the case itself (e.g. inside R), used instead of the runner's wall clock. */
  seconds?: number;
  /** CPU seconds measured by the case itself (with `seconds`, for an external program). */
  cpuSeconds?: number;
  /** A short line proving the work was done and right (an estimate, a row count). */
  check?: string;
  /** Peak resident memory in MiB, when the case measures it. */
  peakRssMiB?: number;
}

export interface BenchCase<P = unknown> {
  /** Unique name, with the problem size. */
  name: string;
  /** Timed runs (default 5). */
  runs?: number;
  /** The figure to meet, if any. */
  target?: { seconds: number; what: string };
  /** The name of another case this one is the reference for (reported side by side). */
  referenceFor?: string;
  /** Untimed preparation, run once. */
  prepare?: () => P | Promise<P>;
  /** One timed run. */
  run: (prepared: P) => BenchRunReport | undefined | Promise<BenchRunReport | undefined>;
  /** A reason the case cannot run on this machine (e.g. a missing program), or null. */
  skip?: () => string | null;
}

/** One case's result as the runner writes it. */
export interface BenchResult {
  name: string;
  runs: number;
  seconds: { median: number; min: number; max: number; all: number[] };
  /**
   * CPU seconds per run (user + system: of this process, or as the case reports for an external
   * program; null when unknown): on a
   * machine shared with other work, wall-clock time overstates what the code costs and CPU time
   * shows it.
   */
  cpuSeconds: { median: number; all: number[] } | null;
  /** The 1-minute load average before and after the runs (above the core count, others were competing for the CPU). */
  loadAverage: [number, number] | null;
  target: { seconds: number; what: string } | null;
  met: boolean | null;
  referenceFor: string | null;
  check: string | null;
  peakRssMiB: number | null;
  skipped: string | null;
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
