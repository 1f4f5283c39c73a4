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
import type { Covariates } from "./types.ts";
/** The true propensity e(x) = P(treated | x) of the confounded design. */
export declare function confoundedPropensity(x: Covariates): number;
/**
 * Assigns treatment to subjects given in enrolment order.
 *
 * @returns for each subject, treated (0/1) and the true propensity
 */
export declare function assignTreatment(config: SyntheticStudyConfig, subjects: ReadonlyArray<Covariates & {
    index: number;
}>): Array<{
    treated: 0 | 1;
    propensity: number;
}>;
