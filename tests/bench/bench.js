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
/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values) {
    if (values.length === 0)
        throw new Error("median of an empty list");
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
