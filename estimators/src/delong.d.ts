import { type NumericVector } from "./validate.js";
export interface DelongAuc {
    auc: number;
    /** √(S₁₀/n₁ + S₀₁/n₀) from the structural components. */
    se: number;
    lower: number;
    upper: number;
    level: number;
    positives: number;
    negatives: number;
}
/** Midranks (average ranks of ties, 1-based) of `x`. */
export declare function midranks(x: readonly number[]): number[];
/**
 * AUROC with DeLong's variance: the structural components V₁₀ (per positive: share of negatives
 * it outscores, ties ½) and V₀₁ (per negative: share of positives that outscore it), and
 * Var(AUC) = var(V₁₀)/n₁ + var(V₀₁)/n₀. The interval is AUC ± z·SE, clipped to [0, 1] as pROC does.
 *
 * @param level confidence level (default 0.95)
 * @example
 * delongAuc([0.1, 0.4, 0.35, 0.8, 0.7, 0.2], [0, 0, 1, 1, 1, 0]).auc // => 0.8888888888888888
 */
export declare function delongAuc(scores: NumericVector, labels: ArrayLike<number | boolean>, level?: number): DelongAuc;
