/**
 * The time-to-event page's logic: the browser's recomputation of survival.json (same estimators,
 * same endpoint mapping, bootstrap skipped) agrees with the build's to the bit; the controls
 * round-trip through the URL; the numbers-at-risk table and the CSV rows.
 */
import { describe, expect, it } from "vitest";
import { analyseStudySurvival, createPrng } from "../../estimators/src/index.ts";
import { survivalSpec, SURVIVAL_BOOTSTRAP, type SurvivalStudyFields } from "../../src/foundation/survival-endpoint.ts";
import {
  curveCsvRows,
  parseSurvivalState,
  recomputeSurvival,
  stepPoints,
  survivalStateToSearch,
  tauChoices,
  truthAtTau,
  truthRows,
  type TimeToEventTruth,
} from "../../pages/components/survival-page.ts";

const study: SurvivalStudyFields = {
  id: "SYN-T",
  arms: [
    { code: "PBO", label: "Placebo", role: "control" },
    { code: "TRT", label: "Treated", role: "treated" },
  ],
  covariates: ["age", "female"],
  primaryOutcome: "y",
  outcome: "continuous",
  sourceKind: "synthetic",
  followUpWeeks: 24,
  visitIntervalWeeks: 4,
};

function rows(n = 150) {
  const rng = createPrng(5);
  return Array.from({ length: n }, (_, i) => {
    const age = 30 + Math.floor(rng.uniform() * 50);
    const trt = rng.uniform() < 0.35 + (age - 30) / 150 ? 1 : 0;
    const t = 1 + Math.floor(rng.uniform() * (trt ? 220 : 160));
    const disc = rng.uniform() < 0.5;
    return { subject_id: `S${String(i).padStart(3, "0")}`, arm: trt ? "TRT" : "PBO", age, female: i % 2, tte_days: t, tte_event: disc ? 1 : 0, extra: "x" };
  });
}

/** An Arrow-like table over plain rows (what parquet-wasm gives the page). */
function table(data: Array<Record<string, unknown>>) {
  const names = Object.keys(data[0]!);
  return {
    numRows: data.length,
    schema: { fields: names.map((name) => ({ name })) },
    getChild: (name: string) => (names.includes(name) ? { get: (i: number) => data[i]![name] } : null),
  };
}

describe("time-to-event page", () => {
  const data = rows();
  const stored = JSON.parse(JSON.stringify(analyseStudySurvival(survivalSpec(study, "2025-06"), data, { bootstrap: { replicates: 20, seed: SURVIVAL_BOOTSTRAP.seed } })));

  it("recomputes the build's survival.json (but its bootstrap) identically", () => {
    const page = recomputeSurvival(study, "2025-06", stored, table(data));
    expect(page.error).toBeNull();
    expect(page.agreement!.status).toBe("identical");
    expect(page.agreement!.numbers).toBeGreaterThan(500);
    expect(page.rows[0]).not.toHaveProperty("extra");
  });

  it("a changed subject is reported as different", () => {
    const changed = data.map((r, i) => (i === 0 ? { ...r, tte_days: r.tte_days + 1 } : r));
    expect(recomputeSurvival(study, "2025-06", stored, table(changed)).agreement!.status).toBe("different");
  });

  it("τ, the weighting and the strata round-trip through the URL; unknown values are rejected", () => {
    const taus = tauChoices(stored);
    expect(taus).toContain(stored.parameters.tau);
    const other = taus.find((t) => t !== stored.parameters.tau)!;
    const search = survivalStateToSearch({ tau: other, weighting: "ipw", strata: "female" });
    expect(search).toBe(`?tau=${other}&w=ipw&strata=female`);
    expect(parseSurvivalState(search, stored, ["female"])).toEqual({ state: { tau: other, weighting: "ipw", strata: "female" }, rejected: [] });
    expect(survivalStateToSearch({ tau: null, weighting: "none", strata: null })).toBe("");
    expect(parseSurvivalState("?tau=99999&w=aipw&strata=shoe_size", stored, ["female"])).toEqual({
      state: { tau: null, weighting: "none", strata: null },
      rejected: ["tau=99999", "w=aipw", "strata=shoe_size"],
    });
  });

  it("CSV rows and plotted steps follow the curves", () => {
    const csv = curveCsvRows(stored.curves, "none");
    expect(csv).toHaveLength(stored.curves.reduce((n: number, c: { time: number[] }) => n + c.time.length, 0));
    expect(csv[0]).toMatchObject({ weighting: "none", arm: stored.curves[0].arm, time: stored.curves[0].time[0], survival: stored.curves[0].survival[0] });
    const steps = stepPoints(stored.curves[0]);
    expect(steps[0]).toMatchObject({ time: 0, survival: 1 });
    expect(steps).toHaveLength(stored.curves[0].time.length + 1);
  });

  it("puts the estimates beside the synthetic truth at the chosen τ", () => {
    // A truth whose curves are linear in the day, so the values at τ are easy to check.
    const days = Array.from({ length: 169 }, (_, j) => j);
    const truth: TimeToEventTruth = {
      endpoint: "Time to clinical worsening",
      tau: 168,
      model: { conditionalHazardRatio: 0.7 },
      marginal: { hazardRatio: 0.75, survivalDifference: 0.1, rmstDifference: 8 },
      byDay: {
        survivalControl: days.map((j) => 1 - j / 300),
        survivalTreated: days.map((j) => 1 - j / 400),
        rmstControl: days.map((j) => j),
        rmstTreated: days.map((j) => 1.1 * j),
      },
    };
    expect(truthAtTau(truth, 100)).toEqual({ survivalDifference: 1 - 100 / 400 - (1 - 100 / 300), rmstDifference: 1.1 * 100 - 100 });
    expect(truthAtTau(truth, 169)).toBeNull();
    const c = stored.comparisons[0];
    const out = truthRows(c, stored.parameters.tau, truth, true);
    expect(out.map((r) => r.method)).toEqual([
      "Cox, unadjusted (Wald CI)",
      "Cox, IPW-weighted (robust CI)",
      "Kaplan–Meier, unadjusted (delta-method CI)",
      "IPW Kaplan–Meier (bootstrap percentile CI)",
      "IPW Kaplan–Meier (bootstrap percentile CI)",
    ]);
    expect(out[1]).toMatchObject({ estimate: c.adjusted.cox.hazardRatio, lower: c.adjusted.cox.lower, upper: c.adjusted.cox.upper, truth: 0.75 });
    expect(out[1]!.covers).toBe(c.adjusted.cox.lower <= 0.75 && 0.75 <= c.adjusted.cox.upper);
    expect(out[3]).toMatchObject({
      estimate: c.adjusted.rmstDifference,
      lower: c.adjusted.bootstrap.rmstDifference.percentile[0],
      truth: truthAtTau(truth, stored.parameters.tau)!.rmstDifference,
    });
    // Away from the build's τ there is no bootstrap: no interval, no coverage.
    expect(truthRows(c, stored.parameters.tau, truth, false)[3]).toMatchObject({ lower: null, upper: null, covers: null });
    // At another τ, the page's own bootstrap once done (survival-tau-bootstrap.ts).
    const page = { rmstDifference: { se: 1, percentile: [-1e9, 1e9] as [number, number] }, survivalDifference: { se: 1, percentile: [-2, 2] as [number, number] }, failures: 0 };
    expect(truthRows(c, stored.parameters.tau, truth, false, { status: "done", byArm: { [c.treated]: page }, seconds: 1 })[3]).toMatchObject({
      lower: -1e9,
      upper: 1e9,
      covers: true,
    });
  });
});
