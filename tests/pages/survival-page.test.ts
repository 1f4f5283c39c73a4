/**
 * The time-to-event page's logic: the browser's recomputation of survival.json (same estimators,
 * same endpoint mapping, bootstrap skipped) agrees with the build's to the bit; the controls
 * round-trip through the URL; the numbers-at-risk table and the CSV rows.
 */
import { describe, expect, it } from "vitest";
import { analyseStudySurvival, createPrng } from "../../estimators/src/index.ts";
import { survivalSpec, SURVIVAL_BOOTSTRAP, type SurvivalStudyFields } from "../../src/foundation/survival-endpoint.ts";
import { curveCsvRows, parseSurvivalState, recomputeSurvival, stepPoints, survivalStateToSearch, tauChoices } from "../../pages/components/survival-page.ts";

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
};

function rows(n = 150) {
  const rng = createPrng(5);
  return Array.from({ length: n }, (_, i) => {
    const age = 30 + Math.floor(rng.uniform() * 50);
    const trt = rng.uniform() < 0.35 + (age - 30) / 150 ? 1 : 0;
    const t = 1 + Math.floor(rng.uniform() * (trt ? 220 : 160));
    const disc = rng.uniform() < 0.5;
    return { subject_id: `S${String(i).padStart(3, "0")}`, arm: trt ? "TRT" : "PBO", age, female: i % 2, days_on_study: t, disc_date: disc ? "2025-03-01" : null, extra: "x" };
  });
}

/** An Arrow-like table over plain rows (what parquet-wasm gives the page). */
function table(data: Array<Record<string, unknown>>) {
  const names = Object.keys(data[0]!);
  return { numRows: data.length, schema: { fields: names.map((name) => ({ name })) }, getChild: (name: string) => (names.includes(name) ? { get: (i: number) => data[i]![name] } : null) };
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
    const changed = data.map((r, i) => (i === 0 ? { ...r, days_on_study: r.days_on_study + 1 } : r));
    expect(recomputeSurvival(study, "2025-06", stored, table(changed)).agreement!.status).toBe("different");
  });

  it("τ and the weighting round-trip through the URL; unknown values are rejected", () => {
    const taus = tauChoices(stored);
    expect(taus).toContain(stored.parameters.tau);
    const other = taus.find((t) => t !== stored.parameters.tau)!;
    const search = survivalStateToSearch({ tau: other, weighting: "ipw" });
    expect(search).toBe(`?tau=${other}&w=ipw`);
    expect(parseSurvivalState(search, stored)).toEqual({ state: { tau: other, weighting: "ipw" }, rejected: [] });
    expect(survivalStateToSearch({ tau: null, weighting: "none" })).toBe("");
    expect(parseSurvivalState("?tau=99999&w=aipw", stored)).toEqual({ state: { tau: null, weighting: "none" }, rejected: ["tau=99999", "w=aipw"] });
  });

  it("CSV rows and plotted steps follow the curves", () => {
    const csv = curveCsvRows(stored.curves, "none");
    expect(csv).toHaveLength(stored.curves.reduce((n: number, c: { time: number[] }) => n + c.time.length, 0));
    expect(csv[0]).toMatchObject({ weighting: "none", arm: stored.curves[0].arm, time: stored.curves[0].time[0], survival: stored.curves[0].survival[0] });
    const steps = stepPoints(stored.curves[0]);
    expect(steps[0]).toMatchObject({ time: 0, survival: 1 });
    expect(steps).toHaveLength(stored.curves[0].time.length + 1);
  });
});
