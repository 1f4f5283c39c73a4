/**
 * Time-to-event estimators on 5,000 subjects (three arms, two covariates, event times in whole days
 * so that ties are common, about a third censored), in Node on one thread: Kaplan–Meier by arm
 * (Greenwood; and with non-integer weights, the infinitesimal-jackknife SE, O(n × distinct times)),
 * the log-rank test, the Cox model (Efron ties, 4 coefficients; with the robust variance), and the
 * IPW-adjusted RMST difference (treated = LOW or HIGH against PBO; propensity model on age and
 * female) with B = 1,000 full-refit bootstrap replicates (each refits the propensity model on its
 * resample, reweights and recomputes both weighted curves).
 */
import { bootstrapAdjustedSurvival, createPrng, exp, fitCox, kaplanMeier, ln, logRank } from "@trial/estimators";
import type { BenchCase } from "./bench.ts";

const n = 5000;

function fixture() {
  const rng = createPrng(20261207);
  const arms = ["PBO", "LOW", "HIGH"];
  const effect: Record<string, number> = { PBO: 0, LOW: -0.2, HIGH: -0.5 };
  const arm: string[] = [];
  const time: number[] = [];
  const status: number[] = [];
  const weights: number[] = [];
  const X: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = arms[rng.integer(3)] as string;
    const age = 65 + 9 * rng.normal();
    const female = rng.uniform() < 0.45 ? 1 : 0;
    const rate = 0.004 * exp((effect[a] as number) + 0.03 * (age - 65) + 0.3 * female);
    const t = -ln(1 - rng.uniform()) / rate;
    const c = 120 + 280 * rng.uniform();
    arm.push(a);
    time.push(Math.max(1, Math.round(Math.min(t, c))));
    status.push(t <= c ? 1 : 0);
    weights.push(0.4 + 2.1 * rng.uniform());
    X.push([a === "LOW" ? 1 : 0, a === "HIGH" ? 1 : 0, age, female]);
  }
  return { arm, time, status, weights, X };
}
type Fixture = ReturnType<typeof fixture>;

const riskTimes = [0, 30, 60, 90, 120, 180, 240, 300, 360];
const cases: BenchCase<Fixture>[] = [
  {
    name: `Kaplan–Meier by arm (3 curves, Greenwood, log CIs, quartiles, at risk), n = ${n}`,
    runs: 7,
    prepare: fixture,
    run: (d) => {
      const km = kaplanMeier(d.time, d.status, { groups: d.arm, levels: ["PBO", "LOW", "HIGH"], riskTimes });
      return { check: `medians ${km.curves.map((c) => c.median.time).join(", ")}` };
    },
  },
  {
    name: `Kaplan–Meier by arm, non-integer weights (jackknife SE), n = ${n}`,
    runs: 5,
    prepare: fixture,
    run: (d) => {
      const km = kaplanMeier(d.time, d.status, { groups: d.arm, levels: ["PBO", "LOW", "HIGH"], weights: d.weights, riskTimes });
      return { check: `medians ${km.curves.map((c) => c.median.time).join(", ")}` };
    },
  },
  {
    name: `Log-rank test, 3 arms, n = ${n}`,
    runs: 7,
    prepare: fixture,
    run: (d) => ({ check: `χ² = ${logRank(d.time, d.status, d.arm).chiSquare.toFixed(3)}` }),
  },
  {
    name: `Cox model (Efron, 4 coefficients), n = ${n}`,
    runs: 5,
    prepare: fixture,
    run: (d) => {
      const fit = fitCox(d.time, d.status, d.X);
      return { check: `β = ${fit.coefficients.map((c) => c.estimate.toFixed(4)).join(", ")}; ${fit.iterations} iterations` };
    },
  },
  {
    name: `Cox model (Efron, 4 coefficients, weights, robust SE), n = ${n}`,
    runs: 5,
    prepare: fixture,
    run: (d) => {
      const fit = fitCox(d.time, d.status, d.X, { weights: d.weights, robust: true });
      return { check: `robust SE = ${fit.coefficients.map((c) => (c.robustSe as number).toFixed(4)).join(", ")}` };
    },
  },
  {
    name: `IPW-adjusted RMST difference at τ = 180, B = 1,000 full-refit bootstrap replicates, n = ${n} (one thread)`,
    runs: 1,
    prepare: fixture,
    run: (d) => {
      const r = bootstrapAdjustedSurvival(
        { time: d.time, status: d.status, treatment: d.arm.map((a) => (a === "PBO" ? 0 : 1)), covariates: d.X.map((x) => [x[2] as number, x[3] as number]) },
        { tau: 180 },
        { seed: 20261207, replicates: 1000 },
      );
      const [lo, hi] = r.rmstDifference.percentile;
      return { check: `RMST difference ${r.estimate.rmstDifference.toFixed(3)} [${lo.toFixed(3)}, ${hi.toFixed(3)}]; ${r.failures.length} failed replicates` };
    },
  },
];

export default cases;
