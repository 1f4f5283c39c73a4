/**
 * The benchmark's synthetic trial (issue 4 §5): n subjects, 10 baseline covariates, a confounded
 * treatment assignment and a continuous outcome with a true average effect of 0.25. Drawn from the
 * estimators' seeded generator, so the Node benchmark (`tests/bench/aipw-bootstrap.bench.ts`), the
 * R reference (`tests/bench/aipw-bootstrap.R`, which reads the CSV written from these rows) and the
 * in-browser demo on the Benchmarks page all analyse the same numbers.
 */
import { createPrng, type TreatmentEffectInput, exp } from "@trial/estimators";

/** Covariate names, in column order. */
export const benchCovariateNames = ["age", "female", "bmi", "severity", "diabetes", "egfr", "sbp", "prior_therapy", "smoker", "duration"] as const;

/** Seed of the committed fixture. */
export const benchFixtureSeed = 20261128;

/** The true average treatment effect built into the outcome. */
export const benchTrueEffect = 0.25;

/**
 * Draws the benchmark trial.
 *
 * @param n subjects (default 5,000)
 * @param seed generator seed (default {@link benchFixtureSeed})
 * @example
 * benchFixture(10).covariates[0].length // => 10
 */
export function benchFixture(n = 5000, seed = benchFixtureSeed): TreatmentEffectInput & { covariateNames: readonly string[] } {
  const rng = createPrng(seed);
  const bernoulli = (p: number) => (rng.uniform() < p ? 1 : 0);
  const covariates: number[][] = [];
  const treatment: number[] = [];
  const outcome: number[] = [];
  for (let i = 0; i < n; i++) {
    const age = 55 + 10 * rng.normal();
    const female = bernoulli(0.5);
    const bmi = 27 + 4 * rng.normal();
    const severity = rng.normal();
    const diabetes = bernoulli(0.2 + 0.1 * (severity > 0 ? 1 : 0));
    const egfr = 85 - 0.4 * (age - 55) + 12 * rng.normal();
    const sbp = 130 + 0.3 * (age - 55) + 14 * rng.normal();
    const priorTherapy = bernoulli(0.4);
    const smoker = bernoulli(0.25);
    const duration = 5 * rng.uniform() + 0.5 * Math.abs(rng.normal());
    const logit = -0.2 + 0.03 * (age - 55) + 0.6 * severity + 0.5 * diabetes - 0.3 * priorTherapy + 0.04 * (bmi - 27) - 0.01 * (egfr - 85);
    const t = bernoulli(1 / (1 + exp(-logit)));
    const y =
      1 +
      benchTrueEffect * t +
      0.02 * (age - 55) +
      0.5 * severity +
      0.3 * diabetes +
      0.03 * (bmi - 27) -
      0.01 * (egfr - 85) +
      0.005 * (sbp - 130) +
      0.2 * smoker -
      0.1 * duration +
      rng.normal();
    covariates.push([age, female, bmi, severity, diabetes, egfr, sbp, priorTherapy, smoker, duration]);
    treatment.push(t);
    outcome.push(y);
  }
  return { covariates, treatment, outcome, covariateNames: benchCovariateNames };
}

/** The fixture as CSV (header `treat,y,<covariates>`; full double precision), for the R reference. */
export function benchFixtureCsv(data: ReturnType<typeof benchFixture>): string {
  const lines = [["treat", "y", ...data.covariateNames].join(",")];
  for (let i = 0; i < data.outcome.length; i++) {
    lines.push([data.treatment[i], data.outcome[i], ...(data.covariates[i] as number[])].map((v) => String(Number(v))).join(","));
  }
  return `${lines.join("\n")}\n`;
}
