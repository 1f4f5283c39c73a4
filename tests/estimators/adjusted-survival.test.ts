/**
 * IPW-adjusted survival against R (tests/reference/survival/adjusted.R → adjusted.json): on the
 * three-arm fixture (treated = LOW or HIGH), the propensity model glm(treated ~ age + female), the
 * weighted Kaplan–Meier curves of survfit(Surv(time, status) ~ treated, weights = w) with R's robust
 * (infinitesimal-jackknife) SE for non-integer weights and log / log-log intervals, S₁(τ) − S₀(τ)
 * and the RMST difference at τ = 100 and 250, and coxph(…, weights = w, robust = TRUE), for ATE
 * and ATT weights. Then the full-refit bootstrap: reproducible by seed, the same replicates in any
 * split, each replicate the analysis of its materialised resample.
 */
import { describe, expect, it } from "vitest";
import {
  adjustedSurvivalContrast,
  bootstrapAdjustedSurvival,
  bootstrapStreamStates,
  combineAdjustedSurvivalBootstrap,
  createAdjustedSurvivalReplicator,
  createResampler,
  EstimatorInputError,
  fitPropensity,
  ipwKaplanMeier,
  resampleFromState,
  survivalContrastFromWeights,
  weightedCox,
  type AdjustedSurvivalData,
  type BootstrapIntervals as BootstrapSummary,
} from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import { expectCloseOrNull, surv300 } from "./survival-reference.ts";
import adjustedJson from "../reference/survival/adjusted.json" with { type: "json" };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const R = adjustedJson as any;
const d = surv300();
const treated = d.arm.map((a) => (a === "PBO" ? 0 : 1));
const data: AdjustedSurvivalData = {
  time: d.time,
  status: d.status,
  treatment: treated,
  covariates: d.age.map((a, i) => [a, d.female[i] as number]),
  covariateNames: ["age", "female"],
};

describe("IPW Kaplan–Meier and adjusted contrasts match R (survival 3.5-3)", () => {
  it("the propensity model is R's glm", () => {
    const ps = fitPropensity(data.covariates, treated);
    expectClose(ps.fit.coefficients, R.propensity_coefficients, 1e-8);
    expectClose(ps.scores, R.propensity, 1e-9);
  });

  it.each(["ATE", "ATT"])("%s weights: survfit(…, weights = w) curves, robust SE, log and log-log intervals", (estimand) => {
    const c = R.cases[estimand];
    const log = ipwKaplanMeier(d.time, d.status, treated, c.weights);
    const loglog = ipwKaplanMeier(d.time, d.status, treated, c.weights, { confType: "log-log" });
    expect(log.variance).toBe("jackknife");
    let worst = 0;
    for (const [k, e, ell] of [
      [0, c.control, c.control_loglog],
      [1, c.treated, c.treated_loglog],
    ] as const) {
      const curve = log.curves[k]!;
      expect(curve.group).toBe(k);
      expect(curve.time).toEqual(e.time);
      expectClose(curve.nRisk, e.n_risk, 1e-12);
      expectClose(curve.nEvent, e.n_event, 1e-12, 1e-12);
      worst = Math.max(worst, expectCloseOrNull(curve.survival, e.surv, 1e-10, 1e-14, "surv"));
      worst = Math.max(worst, expectCloseOrNull(curve.stdErr, e.std_err_surv, 1e-8, 1e-14, "std.err"));
      worst = Math.max(worst, expectCloseOrNull(curve.lower, e.lower, 1e-8, 1e-14, "lower"));
      worst = Math.max(worst, expectCloseOrNull(curve.upper, e.upper, 1e-8, 1e-14, "upper"));
      worst = Math.max(worst, expectCloseOrNull(loglog.curves[k]!.lower, ell.lower, 1e-8, 1e-14, "log-log lower"));
      worst = Math.max(worst, expectCloseOrNull(loglog.curves[k]!.upper, ell.upper, 1e-8, 1e-14, "log-log upper"));
    }
    console.log(`IPW KM (${estimand}) vs R survfit: largest relative difference ${worst.toExponential(2)}`);
  });

  it.each(["ATE", "ATT"])("%s: S1(τ) − S0(τ) and the RMST difference at τ = 100, 250", (estimand) => {
    const c = R.cases[estimand];
    let worst = 0;
    for (const e of c.at_tau) {
      const fromWeights = survivalContrastFromWeights(d.time, d.status, treated, c.weights, e.tau);
      const refit = adjustedSurvivalContrast(data, { tau: e.tau, estimand: estimand as "ATE" | "ATT" });
      for (const r of [fromWeights, refit]) {
        const got = [r.survival1, r.survival0, r.survivalDifference, r.rmst1, r.rmst0, r.rmstDifference];
        const want = [e.s1, e.s0, e.survival_difference, e.rmst1, e.rmst0, e.rmst_difference];
        expectClose(got, want, 1e-8);
        got.forEach((g, i) => (worst = Math.max(worst, Math.abs(g - want[i]!) / Math.abs(want[i]!))));
      }
      expectClose(refit.weights, c.weights, 1e-9);
    }
    console.log(`adjusted contrasts (${estimand}) vs R: largest relative difference ${worst.toExponential(2)}`);
  });

  it.each(["ATE", "ATT"])("%s: weightedCox is coxph(Surv ~ treated, weights = w, robust = TRUE)", (estimand) => {
    let worst = 0;
    for (const e of R.cases[estimand].cox) {
      const f = weightedCox(d.time, d.status, treated, R.cases[estimand].weights, null, { ties: e.ties });
      const b = f.coefficients[0]!;
      expect(b.name).toBe("treatment");
      const got = [b.estimate, b.se, b.robustSe!, b.lower, b.upper];
      const want = [e.coef, e.se, e.robust_se, e.lower, e.upper];
      expectClose(got, want, 1e-7);
      got.forEach((g, i) => (worst = Math.max(worst, Math.abs(g - want[i]) / Math.abs(want[i]))));
    }
    console.log(`weighted Cox (${estimand}, Efron and Breslow) vs R coxph robust: largest relative difference ${worst.toExponential(2)}`);
  });
});

describe("adjusted survival: documentation examples and input checks", () => {
  it("the @examples", () => {
    expect(ipwKaplanMeier([1, 2, 3, 4], [1, 0, 1, 1], [0, 0, 1, 1], [2, 1, 1.5, 0.5]).curves[1]!.survival).toEqual([0.25, 0]);
    expect(survivalContrastFromWeights([1, 2, 3, 4], [1, 0, 1, 1], [0, 0, 1, 1], [2, 1, 1.5, 0.5], 2).survivalDifference).toBe(0.6666666666666667);
    expect(adjustedSurvivalContrast({ time: [1, 2, 3, 4], status: [1, 0, 1, 1], treatment: [0, 1, 0, 1], covariates: [[0], [0], [1], [1]] }, { tau: 3 }).survival0).toBe(0);
    expect(weightedCox([1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 0, 1], [1, 0, 1, 0, 1, 0], [1, 2, 1, 2, 1, 2]).coefficients[0]!.robustSe !== null).toBe(true);
  });

  it("the contrast agrees with the weighted curves of ipwKaplanMeier", () => {
    const w = R.cases.ATE.weights as number[];
    const km = ipwKaplanMeier(d.time, d.status, treated, w);
    const at = (k: number, tau: number) => {
      const c = km.curves[k]!;
      let s = 1;
      c.time.forEach((t, j) => {
        if (t <= tau) s = c.survival[j]!;
      });
      return s;
    };
    const r = survivalContrastFromWeights(d.time, d.status, treated, w, 180);
    expectClose([r.survival1, r.survival0], [at(1, 180), at(0, 180)], 1e-13);
  });

  it("rejects τ beyond an arm's follow-up, bad estimands and bad data, naming the argument", () => {
    expect(() => survivalContrastFromWeights([1, 2, 3, 4], [1, 0, 1, 1], [0, 0, 1, 1], [1, 1, 1, 1], 3)).toThrow(/tau.*control arm's largest follow-up time/);
    expect(() => adjustedSurvivalContrast(data, { tau: 100, estimand: "ATX" as "ATE" })).toThrow(EstimatorInputError);
    expect(() => adjustedSurvivalContrast({ ...data, covariates: data.covariates.slice(1) }, { tau: 100 })).toThrow(/covariates/);
    expect(() => adjustedSurvivalContrast(data, { tau: -1 })).toThrow(/tau/);
    expect(() =>
      ipwKaplanMeier(
        d.time,
        d.status,
        treated,
        treated.map(() => -1),
      ),
    ).toThrow(/weights/);
    expect(() => bootstrapAdjustedSurvival(data, { tau: 100 }, { seed: -1 })).toThrow(/bootstrap.seed/);
  });
});

describe("full-refit bootstrap of the adjusted survival and RMST differences", () => {
  const options = { tau: 200 };
  const settings = { seed: 20261207, replicates: 60 };

  it("is reproducible by seed, and a different seed gives different replicates", () => {
    const a = bootstrapAdjustedSurvival(data, options, settings);
    const b = bootstrapAdjustedSurvival(data, options, settings);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.failures).toEqual([]);
    expect(a.replicateStatistics[0]!.length).toBe(60);
    const c = bootstrapAdjustedSurvival(data, options, { ...settings, seed: 1 });
    expect(c.replicateStatistics[1]).not.toEqual(a.replicateStatistics[1]);
    // Pinned (the @example of bootstrapAdjustedSurvival): the same bits in every engine (tests/engines).
    expect(a.estimate.rmstDifference).toBe(25.387315179749237);
    expect(a.rmstDifference.percentile).toEqual([7.814252267020772, 39.456379666879926]);
    expect(a.survivalDifference.percentile).toEqual([0.06985978762269535, 0.3017113663957174]);
    const [lo, hi] = a.rmstDifference.percentile;
    expect(lo).toBeLessThan(a.estimate.rmstDifference);
    expect(hi).toBeGreaterThan(a.estimate.rmstDifference);
    console.log(
      `adjusted RMST difference at τ = 200: ${a.estimate.rmstDifference.toFixed(3)} (bootstrap SE ${a.rmstDifference.se.toFixed(3)}, 95% percentile [${lo.toFixed(3)}, ${hi.toFixed(3)}]); survival difference ${a.estimate.survivalDifference.toFixed(4)} [${a.survivalDifference.percentile.map((x) => x.toFixed(4)).join(", ")}]`,
    );
  });

  it("gives the same replicates computed in two halves (in either order) as in one run", () => {
    const whole = createAdjustedSurvivalReplicator(data, options, settings).run(0, 60);
    const other = createAdjustedSurvivalReplicator(data, options, settings);
    const halves = [...other.run(30, 60), ...other.run(0, 30)];
    expect(JSON.stringify([...halves].sort((x, y) => x.replicate - y.replicate))).toBe(JSON.stringify(whole));
    const combined = combineAdjustedSurvivalBootstrap(settings, adjustedSurvivalContrast(data, options), halves);
    expect(JSON.stringify(combined)).toBe(JSON.stringify(bootstrapAdjustedSurvival(data, options, settings)));
  });

  it.each(["none", "treatment"] as const)("each replicate is the analysis of its materialised resample (propensity refitted; strata %s)", (strata) => {
    const resampler = createResampler(treated, strata);
    const states = bootstrapStreamStates(resampler, settings.seed, settings.replicates);
    const outcomes = createAdjustedSurvivalReplicator(data, options, { ...settings, strata }).run(0, 5);
    const idx = new Int32Array(treated.length);
    for (let b = 0; b < 5; b++) {
      resampleFromState(resampler, states, b, idx);
      const rows = Array.from(idx);
      if (strata === "treatment") expect(rows.filter((i) => treated[i] === 1).length).toBe(treated.filter((t) => t === 1).length);
      const r = adjustedSurvivalContrast(
        {
          time: rows.map((i) => d.time[i]!),
          status: rows.map((i) => d.status[i]!),
          treatment: rows.map((i) => treated[i]!),
          covariates: rows.map((i) => data.covariates[i] as number[]),
        },
        options,
      );
      const o = outcomes[b]!;
      expect(o.replicate).toBe(b + 1);
      if (!("statistics" in o)) throw new Error(o.failure);
      expectClose(o.statistics, [r.survivalDifference, r.rmstDifference], 1e-11);
    }
  });

  it("agrees statistically with R's full-refit bootstrap (glm + survfit, B = 2,000): SE within 12%, percentile limits within 0.5 SE", () => {
    const e = R.bootstrap;
    const r = bootstrapAdjustedSurvival(data, { tau: e.tau }, { seed: 5, replicates: 1000 });
    expectClose([r.estimate.survivalDifference, r.estimate.rmstDifference], e.estimate, 1e-10);
    const rows: Array<[string, BootstrapSummary, number, number[]]> = [
      ["survival difference", r.survivalDifference, e.se_survival_difference, e.percentile_survival_difference],
      ["RMST difference", r.rmstDifference, e.se_rmst_difference, e.percentile_rmst_difference],
    ];
    for (const [name, got, se, pct] of rows) {
      console.log(
        `${name} at τ = ${e.tau}: bootstrap SE ${got.se.toPrecision(4)} (R ${se.toPrecision(4)}), 95% percentile [${got.percentile.map((x) => x.toPrecision(4)).join(", ")}] (R [${pct.map((x) => x.toPrecision(4)).join(", ")}])`,
      );
      expect(Math.abs(got.se - se) / se).toBeLessThan(0.12);
      expect(Math.abs(got.percentile[0] - pct[0]!)).toBeLessThan(0.5 * se);
      expect(Math.abs(got.percentile[1] - pct[1]!)).toBeLessThan(0.5 * se);
    }
  }, 30_000);

  it("a failing replicate is reported, and stops the bootstrap unless allowed", () => {
    // τ at the shorter arm's largest follow-up: some resamples end earlier.
    const largest = (a: number) => d.time.filter((_, i) => treated[i] === a).reduce((m, t) => Math.max(m, t), 0);
    const last = Math.min(largest(0), largest(1));
    const opts = { tau: last };
    expect(() => bootstrapAdjustedSurvival(data, opts, { seed: 3, replicates: 20 })).toThrow(/replicate \d+ \(seed 3\) failed: .*tau/);
    const r = bootstrapAdjustedSurvival(data, opts, { seed: 3, replicates: 20, maxFailureFraction: 1 });
    expect(r.failures.length).toBeGreaterThan(0);
    expect(r.replicateStatistics[0]!.length).toBe(20 - r.failures.length);
  });
});
