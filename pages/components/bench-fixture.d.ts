/**
 * The benchmark's synthetic trial (issue 4 §5): n subjects, 10 baseline covariates, a confounded
 * treatment assignment and a continuous outcome with a true average effect of 0.25. Drawn from the
 * estimators' seeded generator, so the Node benchmark (`tests/bench/aipw-bootstrap.bench.ts`), the
 * R reference (`tests/bench/aipw-bootstrap.R`, which reads the CSV written from these rows) and the
 * in-browser demo on the Benchmarks page all analyse the same numbers.
 */
import { type TreatmentEffectInput } from "@trial/estimators";
/** Covariate names, in column order. */
export declare const benchCovariateNames: readonly ["age", "female", "bmi", "severity", "diabetes", "egfr", "sbp", "prior_therapy", "smoker", "duration"];
/** Seed of the committed fixture. */
export declare const benchFixtureSeed = 20261128;
/** The true average treatment effect built into the outcome. */
export declare const benchTrueEffect = 0.25;
/**
 * Draws the benchmark trial.
 *
 * @param n subjects (default 5,000)
 * @param seed generator seed (default {@link benchFixtureSeed})
 * @example
 * benchFixture(10).covariates[0].length // => 10
 */
export declare function benchFixture(n?: number, seed?: number): TreatmentEffectInput & {
    covariateNames: readonly string[];
};
/** The fixture as CSV (header `treat,y,<covariates>`; full double precision), for the R reference. */
export declare function benchFixtureCsv(data: ReturnType<typeof benchFixture>): string;
