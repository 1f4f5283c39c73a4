import { type NumericVector } from "./validate.js";
export interface CostPoint {
    threshold: number;
    flagged: number;
    tp: number;
    fp: number;
    fn: number;
    cost: number;
    /** Cost per subject (row). */
    costPerSubject: number;
}
/**
 * The cost at each threshold of a grid (default 0, 0.01, …, 1).
 *
 * @example
 * costCurve([0.9, 0.2], [1, 0], 500, 5000, [0.5])[0].cost // => 500 (one intervention, no missed event)
 */
export declare function costCurve(scores: NumericVector, labels: ArrayLike<number | boolean>, costIntervention: number, costEvent: number, thresholds?: readonly number[]): CostPoint[];
/**
 * The point of lowest cost (the lowest threshold among ties).
 *
 * @example
 * minimumCost(costCurve([0.9, 0.2], [1, 0], 500, 5000)).threshold // => 0.21
 */
export declare function minimumCost(curve: readonly CostPoint[]): CostPoint;
export interface RiskStratum {
    name: string;
    /** Lower bound of the stratum's risk (inclusive); the upper bound is the next stratum's lower bound. */
    lower: number;
    action: string;
}
/**
 * The stratum of each score: the first stratum (strata listed from highest lower bound down) whose
 * lower bound the score reaches.
 *
 * @example
 * stratify([0.7, 0.1], [{ name: "high", lower: 0.5, action: "call" }, { name: "low", lower: 0, action: "none" }]) // => ["high", "low"]
 */
export declare function stratify(scores: NumericVector, strata: readonly RiskStratum[]): string[];
