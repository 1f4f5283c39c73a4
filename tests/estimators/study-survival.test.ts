/**
 * analyseStudySurvival: the study-month time-to-event analysis (survival.json). Its parts are each
 * checked against R elsewhere (kaplan-meier, log-rank, cox, cox-zph, rmst, adjusted-survival); here:
 * the endpoint's subjects (event from a column or from a date being set, times from dates), the
 * numbers at risk, that each comparison is the two-arm analysis of its arms, the defaults (τ, the
 * grid), "not estimable" instead of an error, and that the result without the bootstrap is what
 * the page recomputes.
 */
import { describe, expect, it } from "vitest";
import {
  adjustedSurvivalContrast,
  analyseStudySurvival,
  combineAdjustedSurvivalBootstrap,
  createAdjustedSurvivalReplicator,
  createPrng,
  defaultTau,
  epochDay,
  fitCox,
  gridStep,
  logRank,
  rmstTwoArms,
  survivalBootstrapJobs,
  survivalSubjects,
  withoutSurvivalBootstrap,
  type StudySurvivalSpec,
} from "../../estimators/src/index.ts";

const arms = [
  { code: "PBO", label: "Placebo", role: "control" as const },
  { code: "TRT", label: "Treated", role: "treated" as const },
];

function rows(n = 160, seed = 7) {
  const rng = createPrng(seed);
  return Array.from({ length: n }, (_, i) => {
    const age = 40 + Math.floor(rng.uniform() * 40);
    const trt = rng.uniform() < 0.3 + (age - 40) / 100 ? 1 : 0;
    const rate = (trt ? 0.006 : 0.01) * (1 + (age - 40) / 40);
    const eventDay = 1 + Math.floor(-Math.log1p(-rng.uniform() * 0.999) / rate); // lint: log1p only
    const censor = 60 + Math.floor(rng.uniform() * 140);
    const disc = eventDay <= censor;
    return {
      subject_id: `S${String(i).padStart(3, "0")}`,
      arm: trt ? "TRT" : "PBO",
      age,
      female: i % 2,
      days_on_study: disc ? eventDay : censor,
      disc_date: disc ? "2025-01-01" : null,
    };
  });
}

const spec: StudySurvivalSpec = {
  study: "T",
  month: "2025-06",
  arms,
  covariates: ["age", "female"],
  endpoint: { label: "Time to discontinuation", definition: "…", time: "days_on_study", event: { notNull: "disc_date" }, populationLabel: "all" },
};

describe("analyseStudySurvival", () => {
  it("each comparison is the two-arm log-rank, Cox (Efron) and RMST of its arms", () => {
    const data = rows();
    const r = analyseStudySurvival(spec, data, { bootstrap: "skip" });
    expect(r.status).toBe("ok");
    const time = data.map((d) => d.days_on_study);
    const status = data.map((d) => (d.disc_date === null ? 0 : 1));
    const z = data.map((d) => (d.arm === "TRT" ? 1 : 0));
    const c = r.comparisons[0]!;
    expect(c.logRank!.chiSquare).toBeCloseTo(logRank(time, status, z, { levels: [0, 1] }).chiSquare, 12);
    expect(c.cox!.hazardRatio).toBeCloseTo(
      fitCox(
        time,
        status,
        z.map((v) => [v]),
        { ties: "efron" },
      ).coefficients[0]!.hazardRatio,
      12,
    );
    expect(c.rmst!.difference).toBeCloseTo(rmstTwoArms(time, status, z, r.parameters.tau!).difference.estimate, 10);
    expect(c.adjusted!.status).toBe("ok");
    expect(c.adjusted!.curves).toHaveLength(2);
    expect(r.events).toBe(status.filter((s) => s === 1).length);
  });

  it("stratified: each comparison's log-rank, Cox and cox.zph by the strata column (as R's strata()); a missing stratum is not estimable", () => {
    const data = rows();
    const r = analyseStudySurvival(spec, data, { bootstrap: "skip", strata: "female" });
    expect(r.parameters.strata).toBe("female");
    expect(analyseStudySurvival(spec, data, { bootstrap: "skip" }).parameters).not.toHaveProperty("strata");
    const time = data.map((d) => d.days_on_study);
    const status = data.map((d) => (d.disc_date === null ? 0 : 1));
    const z = data.map((d) => (d.arm === "TRT" ? 1 : 0));
    const strata = data.map((d) => String(d.female));
    const c = r.comparisons[0]!;
    expect(c.logRank!.chiSquare).toBeCloseTo(logRank(time, status, z, { levels: [0, 1], strata }).chiSquare, 12);
    const fit = fitCox(
      time,
      status,
      z.map((v) => [v]),
      { ties: "efron", strata },
    );
    expect(c.cox!.hazardRatio).toBeCloseTo(fit.coefficients[0]!.hazardRatio, 12);
    expect(c.cox!.hazardRatio).not.toBeCloseTo(analyseStudySurvival(spec, data, { bootstrap: "skip" }).comparisons[0]!.cox!.hazardRatio, 12);
    // RMST and the adjusted contrasts are not stratified.
    expect(c.rmst).toEqual(analyseStudySurvival(spec, data, { bootstrap: "skip" }).comparisons[0]!.rmst);
    const gap = analyseStudySurvival(
      spec,
      data.map((d, i) => (i === 4 ? { ...d, female: null } : d)),
      { bootstrap: "skip", strata: "female" },
    );
    expect(gap.comparisons[0]).toMatchObject({ status: "not estimable", reason: expect.stringMatching(/S004 has no female/) });
  });

  it("numbers at risk count the subjects with time ≥ t on the grid up to τ", () => {
    const data = rows();
    const r = analyseStudySurvival(spec, data, { bootstrap: "skip" });
    const tau = r.parameters.tau!;
    expect(tau).toBe(defaultTau(survivalSubjects(spec, data), ["PBO", "TRT"]));
    const step = gridStep(tau);
    expect(r.atRisk.times[1]).toBe(step);
    expect(r.atRisk.times.at(-1)).toBeLessThanOrEqual(tau);
    r.atRisk.times.forEach((t, k) => expect(r.atRisk.byArm.PBO![k]).toEqual(data.filter((d) => d.arm === "PBO" && d.days_on_study >= t).length));
  });

  it("the build's result without its bootstrap is what the page recomputes; the bootstrap is seeded", () => {
    const data = rows(120, 3);
    const a = analyseStudySurvival(spec, data, { bootstrap: { replicates: 20, seed: 11 } });
    const b = analyseStudySurvival(spec, [...data].reverse(), { bootstrap: "skip" });
    expect(withoutSurvivalBootstrap(a)).toEqual(b);
    expect(a.comparisons[0]!.adjusted!.bootstrap!.replicates).toBe(20);
    expect(analyseStudySurvival(spec, data, { bootstrap: { replicates: 20, seed: 11 } })).toEqual(a);
  });

  it("survivalBootstrapJobs: the build's bootstrap, redone in pieces (as the page's workers do), gives the same intervals", () => {
    const data = rows(120, 3);
    const a = analyseStudySurvival(spec, data, { bootstrap: { replicates: 40, seed: 11 } });
    const tau = a.parameters.tau!;
    const [job, ...rest] = survivalBootstrapJobs(spec, data, { tau, bootstrap: { replicates: 40, seed: 11 } });
    expect(rest).toEqual([]);
    expect(job!.treated).toBe("TRT");
    const replicator = createAdjustedSurvivalReplicator(job!.data, job!.options, job!.bootstrap);
    const outcomes = [...replicator.run(25, 40), ...replicator.run(0, 25)];
    const combined = combineAdjustedSurvivalBootstrap(job!.bootstrap, adjustedSurvivalContrast(job!.data, job!.options), outcomes);
    const built = a.comparisons[0]!.adjusted!;
    expect(combined.rmstDifference.percentile).toEqual(built.bootstrap!.rmstDifference.percentile);
    expect(combined.survivalDifference.se).toBe(built.bootstrap!.survivalDifference.se);
    expect(combined.estimate.rmstDifference).toBe(built.rmstDifference);
    // A comparison the analysis cannot estimate has no job.
    expect(
      survivalBootstrapJobs(
        spec,
        rows(40).map((d, i) => ({ ...d, disc_date: i < 3 ? "2025-01-01" : null })),
        { tau, bootstrap: { replicates: 40, seed: 1 } },
      ),
    ).toEqual([]);
  });

  it("too few events: a 'not estimable' record, not an error", () => {
    const data = rows(40).map((d, i) => ({ ...d, disc_date: i < 3 ? "2025-01-01" : null }));
    const r = analyseStudySurvival(spec, data, { bootstrap: { replicates: 20, seed: 1 } });
    expect(r.status).toBe("not estimable");
    expect(r.reason).toMatch(/3 event\(s\)/);
    expect(r.atRisk.byArm.PBO![0]).toBe(data.filter((d) => d.arm === "PBO").length);
  });

  it("times from dates, censored at the cut; dates as strings, epoch milliseconds or Dates", () => {
    expect(epochDay("2025-01-02")).toBe(20090);
    expect(epochDay(Date.UTC(2025, 0, 2))).toBe(20090);
    expect(epochDay(new Date(Date.UTC(2025, 0, 2)))).toBe(20090);
    const s2 = { ...spec, endpoint: { ...spec.endpoint, time: { start: "enrol_date", end: "disc_date", censor: "2025-06-30" } } };
    const subjects = survivalSubjects(s2, [
      { subject_id: "A", arm: "PBO", enrol_date: "2025-06-01", disc_date: "2025-06-10" },
      { subject_id: "B", arm: "TRT", enrol_date: Date.UTC(2025, 5, 1), disc_date: null },
    ]);
    expect(subjects.map((s) => [s.time, s.event])).toEqual([
      [10, 1],
      [30, 0],
    ]);
  });

  it("a subject without a follow-up time stops with an error naming them", () => {
    expect(() => analyseStudySurvival(spec, [{ subject_id: "X1", arm: "PBO", days_on_study: null, disc_date: null }])).toThrow(/X1/);
  });
});
