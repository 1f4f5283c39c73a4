/**
 * Argument checks shared by the classification metrics: predicted scores paired with observed 0/1
 * outcomes. Messages name the argument, the index and the offending value.
 */
import { type NumericVector } from "./validate.js";
export interface ScoredOutcomes {
    scores: number[];
    labels: (0 | 1)[];
    positives: number;
    negatives: number;
}
/**
 * Checks finite scores and 0/1 labels of equal length; with `requireBoth`, both classes present.
 *
 * @example
 * checkScoredOutcomes([0.2, 0.9], [0, 1]).positives // => 1
 */
export declare function checkScoredOutcomes(scores: NumericVector, labels: ArrayLike<number | boolean>, requireBoth?: boolean): ScoredOutcomes;
/** Checks probabilities in [0, 1]. */
export declare function checkProbabilities(argument: string, p: NumericVector): void;
/** Indices sorted by descending score (stable: ties keep input order). */
export declare function descendingOrder(scores: readonly number[]): number[];
/**
 * Cumulative counts at each distinct score, from the highest down: predicting "positive" for
 * score ≥ threshold gives tp true and fp false positives.
 */
export declare function cumulativeCounts(scores: readonly number[], labels: readonly (0 | 1)[]): Array<{
    threshold: number;
    tp: number;
    fp: number;
}>;
