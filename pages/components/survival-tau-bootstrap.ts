/**
 * The time-to-event page's bootstrap at a τ the user chose (issue 15): the build bootstraps the
 * IPW-adjusted RMST and survival differences at the pre-specified τ only; at another τ the page
 * redoes each comparison's full-refit bootstrap in its Web Worker pool, with the build's settings
 * (B, seed, resampling within arms, up to 10% failed refits: `survivalBootstrapJobs`), so the
 * intervals are exactly what `bootstrapAdjustedSurvival` gives in Node. One progress bar covers
 * all comparisons. An async generator: the page's table shows "computing" first, then the result.
 */
import type { SurvivalBootstrapJob } from "@trial/estimators";
import { BootstrapCancelledError, type BootstrapPool, type BootstrapProgress } from "./bootstrap-worker.js";

/** One comparison's bootstrap at τ: percentile intervals (and SE), or why it failed. */
export type TauBootstrapResult =
  | { rmstDifference: { se: number; percentile: [number, number] }; survivalDifference: { se: number; percentile: [number, number] }; failures: number }
  | { error: string };

export type TauBootstrap = { status: "running" } | { status: "done"; byArm: Record<string, TauBootstrapResult>; seconds: number };

/**
 * Runs the jobs one after another in the pool; yields `{status: "running"}`, then the results by
 * treated arm. Ends without a result when a newer request cancelled it (the page has moved on).
 */
export async function* bootstrapAtTau(
  pool: Pick<BootstrapPool, "runSurvival">,
  jobs: readonly SurvivalBootstrapJob[],
  onProgress?: BootstrapProgress,
  now: () => number = () => performance.now(),
): AsyncGenerator<TauBootstrap> {
  yield { status: "running" };
  const start = now();
  const replicatesOf = (j: SurvivalBootstrapJob) => j.bootstrap.replicates ?? 1000;
  const total = jobs.reduce((sum, j) => sum + replicatesOf(j), 0);
  let before = 0;
  const byArm: Record<string, TauBootstrapResult> = {};
  for (const job of jobs) {
    try {
      const r = await pool.runSurvival(job, (done) => onProgress?.(before + done, total));
      byArm[job.treated] = {
        rmstDifference: { se: r.rmstDifference.se, percentile: r.rmstDifference.percentile },
        survivalDifference: { se: r.survivalDifference.se, percentile: r.survivalDifference.percentile },
        failures: r.failures.length,
      };
    } catch (e) {
      if (e instanceof BootstrapCancelledError) return;
      byArm[job.treated] = { error: e instanceof Error ? e.message : String(e) };
    }
    before += replicatesOf(job);
  }
  yield { status: "done", byArm, seconds: (now() - start) / 1000 };
}
