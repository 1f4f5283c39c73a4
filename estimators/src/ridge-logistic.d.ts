import { type NumericVector } from "./validate.js";
import type { LinearRisk } from "./linear-risk.js";
export interface RidgeLogisticFit extends LinearRisk {
    iterations: number;
    converged: boolean;
}
/**
 * @param Z feature matrix (n × p, standardised features recommended), no intercept column
 * @param y 0/1 outcomes
 * @param options `ridge` λ > 0 (default 1), `weights` (default 1), `maxIter` (default 50), `tol` on the step (default 1e-9)
 * @example
 * fitRidgeLogistic([[0], [0], [1], [1]], [0, 1, 1, 1], { ridge: 1e-9 }).intercept // => 0 (log-odds ½ at z = 0)
 */
export declare function fitRidgeLogistic(Z: number[][], y: NumericVector, options?: {
    ridge?: number;
    weights?: NumericVector;
    maxIter?: number;
    tol?: number;
}): RidgeLogisticFit;
