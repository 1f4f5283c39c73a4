import { type NumericVector } from "./validate.js";
/** Target population: everyone (ATE), the treated (ATT), or the overlap population (ATO). */
export type Estimand = "ATE" | "ATT" | "ATO";
export declare const estimands: readonly Estimand[];
/**
 * Propensity-score weights (Li, Morgan & Zaslavsky 2018 for ATO):
 * - ATE: T/e + (1 − T)/(1 − e)
 * - ATT: T + (1 − T)·e/(1 − e)
 * - ATO (overlap weights): T·(1 − e) + (1 − T)·e
 *
 * @param ps propensity scores, strictly between 0 and 1
 * @param treatment 1 = treated, 0 = control
 * @param estimand `"ATE"`, `"ATT"` or `"ATO"`
 * @example
 * propensityWeights([0.25, 0.25], [1, 0], "ATE") // => [4, 1.3333333333333333]
 */
export declare function propensityWeights(ps: NumericVector, treatment: ArrayLike<number | boolean>, estimand: Estimand): number[];
