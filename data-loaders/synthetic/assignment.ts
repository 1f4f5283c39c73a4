/**
 * Treatment assignment of enrolled subjects.
 *
 * - `randomized`: 1:1 permuted blocks of 4 in enrolment order; the true propensity is 0.5.
 * - `confounded`: treated with probability e(x) = 0.1 + 0.8·logistic(η), η = −0.35 + 0.6·z_age
 *   + 0.8·z_sev + 0.8·diabetes − 0.4·prior_therapy (ASSIGNMENT_MODEL), so 0.1 < e(x) < 0.9 for
 *   everyone (overlap by construction): older, sicker and diabetic subjects are treated more often,
 *   and the same covariates lower the outcome, so the naive contrast is biased.
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { standardize } from "./baseline.ts";
import { ASSIGNMENT_MODEL, logistic } from "./parameters.ts";
import { stream } from "./prng.ts";
import type { Covariates } from "./types.ts";

/** The true propensity e(x) = P(treated | x) of the confounded design. */
export function confoundedPropensity(x: Covariates): number {
  const m = ASSIGNMENT_MODEL.confounded;
  const z = standardize(x);
  const eta = m.intercept + m.age * z.zAge + m.severity * z.zSev + m.diabetes * x.diabetes + m.prior_therapy * x.prior_therapy;
  return m.floor + (m.ceiling - m.floor) * logistic(eta);
}

/**
 * Assigns treatment to subjects given in enrolment order.
 *
 * @returns for each subject, treated (0/1) and the true propensity
 */
export function assignTreatment(config: SyntheticStudyConfig, subjects: ReadonlyArray<Covariates & { index: number }>): Array<{ treated: 0 | 1; propensity: number }> {
  const { seed, assignment } = config.source;
  if (assignment === "randomized") {
    const rng = stream(seed, "randomization");
    const size = ASSIGNMENT_MODEL.randomized.blockSize;
    const out: Array<{ treated: 0 | 1; propensity: number }> = [];
    while (out.length < subjects.length) {
      const block: Array<0 | 1> = Array.from({ length: size }, (_, i) => (i < size / 2 ? 0 : 1));
      for (let i = size - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [block[i], block[j]] = [block[j] as 0 | 1, block[i] as 0 | 1];
      }
      for (const treated of block) out.push({ treated, propensity: 0.5 });
    }
    return out.slice(0, subjects.length);
  }
  return subjects.map((x) => {
    const propensity = confoundedPropensity(x);
    return { treated: stream(seed, "assignment", x.index).bernoulli(propensity), propensity };
  });
}
