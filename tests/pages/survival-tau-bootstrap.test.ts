/**
 * The time-to-event page's bootstrap at a chosen τ (pages/components/survival-tau-bootstrap.ts),
 * with a stand-in pool that runs in this process: it yields "running", then each comparison's
 * intervals (those of `bootstrapAdjustedSurvival`), with one progress count over all comparisons;
 * a failed comparison carries its message; a cancelled run ends without a result.
 */
import { bootstrapAdjustedSurvival, createPrng, survivalBootstrapJobs, type StudySurvivalSpec } from "@trial/estimators";
import { describe, expect, it } from "vitest";
import { BootstrapCancelledError } from "../../pages/components/bootstrap-worker.ts";
import { bootstrapAtTau, type TauBootstrap } from "../../pages/components/survival-tau-bootstrap.ts";

const spec: StudySurvivalSpec = {
  study: "T",
  month: "2025-01",
  arms: [
    { code: "PBO", label: "Placebo", role: "control" },
    { code: "LO", label: "Low", role: "treated" },
    { code: "HI", label: "High", role: "treated" },
  ],
  covariates: ["age"],
  endpoint: { label: "Time to event", definition: "d", populationLabel: "all", time: "days", event: "event" },
};
const rng = createPrng(5);
const rows = Array.from({ length: 240 }, (_, i) => {
  const arm = ["PBO", "LO", "HI"][i % 3]!;
  const age = 50 + 20 * rng.uniform();
  const rate = 0.01 * (arm === "PBO" ? 1 : arm === "LO" ? 0.8 : 0.6) * Math.exp(0.02 * (age - 60));
  const t = -Math.log(1 - rng.uniform()) / rate;
  return { subject_id: `S${i}`, arm, age, days: Math.min(Math.ceil(t), 200), event: t < 200 ? 1 : 0 };
});

async function collect(gen: AsyncGenerator<TauBootstrap>): Promise<TauBootstrap[]> {
  const out: TauBootstrap[] = [];
  for await (const v of gen) out.push(v);
  return out;
}

describe("bootstrapAtTau", () => {
  const jobs = survivalBootstrapJobs(spec, rows, { tau: 150, bootstrap: { replicates: 30, seed: 3 } });

  it("yields running, then each comparison's bootstrapAdjustedSurvival intervals, counting progress over all", async () => {
    expect(jobs.map((j) => j.treated)).toEqual(["LO", "HI"]);
    const progress: Array<[number, number]> = [];
    const pool = {
      runSurvival: async (job: (typeof jobs)[number], onProgress?: (d: number, t: number) => void) => {
        onProgress?.(30, 30);
        return bootstrapAdjustedSurvival(job.data, job.options, job.bootstrap);
      },
    };
    const states = await collect(bootstrapAtTau(pool as never, jobs, (d, t) => progress.push([d, t])));
    expect(states[0]).toEqual({ status: "running" });
    const done = states[1]!;
    if (done.status !== "done") throw new Error("no result");
    const node = bootstrapAdjustedSurvival(jobs[1]!.data, jobs[1]!.options, jobs[1]!.bootstrap);
    expect(done.byArm.HI).toEqual({
      rmstDifference: { se: node.rmstDifference.se, percentile: node.rmstDifference.percentile },
      survivalDifference: { se: node.survivalDifference.se, percentile: node.survivalDifference.percentile },
      failures: node.failures.length,
    });
    expect(progress).toEqual([
      [30, 60],
      [60, 60],
    ]);
  });

  it("a failed comparison carries its message; a cancelled run ends without a result", async () => {
    const failing = {
      runSurvival: async (job: (typeof jobs)[number]) =>
        job.treated === "LO" ? Promise.reject(new Error("too many failed refits")) : bootstrapAdjustedSurvival(job.data, job.options, job.bootstrap),
    };
    const states = await collect(bootstrapAtTau(failing as never, jobs));
    expect(states[1]).toMatchObject({ status: "done", byArm: { LO: { error: "too many failed refits" } } });
    const cancelled = { runSurvival: () => Promise.reject(new BootstrapCancelledError()) };
    expect(await collect(bootstrapAtTau(cancelled as never, jobs))).toEqual([{ status: "running" }]);
  });
});
