/**
 * Ridge-penalised, weighted logistic regression for prediction models: maximises
 * Σ wᵢ[yᵢηᵢ − log(1 + e^ηᵢ)] − (λ/2)·Σⱼ βⱼ² with η = β₀ + Zβ (intercept unpenalised) by Newton's
 * method. With λ > 0 the information matrix is positive definite, so collinear or constant features
 * (common among engineered features: a dose that equals the arm, a flag that never fires) are fine;
 * they share or get zero weight instead of stopping the fit. For inference on a few covariates use
 * `fitLogistic`, which names collinear columns instead.
 */
import { choleskySolve, cholesky } from "./matrix.js";
import { plogis } from "./logistic.js";
import { checkMatrix, checkNumberInRange, checkSameLength, checkWeights, EstimatorInputError } from "./validate.js";
/**
 * @param Z feature matrix (n × p, standardised features recommended), no intercept column
 * @param y 0/1 outcomes
 * @param options `ridge` λ > 0 (default 1), `weights` (default 1), `maxIter` (default 50), `tol` on the step (default 1e-9)
 * @example
 * fitRidgeLogistic([[0], [0], [1], [1]], [0, 1, 1, 1], { ridge: 1e-9 }).intercept // => 0 (log-odds ½ at z = 0)
 */
export function fitRidgeLogistic(Z, y, options = {}) {
    checkMatrix("Z", Z);
    checkSameLength("Z", Z, "y", y);
    const ridge = options.ridge ?? 1;
    checkNumberInRange("options.ridge", ridge, 0, Number.MAX_VALUE, true);
    const n = Z.length;
    const w = options.weights;
    if (w !== undefined)
        checkWeights("options.weights", w, n);
    for (let i = 0; i < n; i++)
        if (y[i] !== 0 && y[i] !== 1)
            throw new EstimatorInputError(`y[${i}]`, `must be 0 or 1, got ${String(y[i])}`);
    const p = Z[0].length + 1;
    const beta = new Array(p).fill(0);
    const maxIter = options.maxIter ?? 50;
    const tol = options.tol ?? 1e-9;
    let iterations = 0;
    let converged = false;
    while (iterations < maxIter && !converged) {
        iterations++;
        const info = Array.from({ length: p }, () => new Array(p).fill(0));
        const score = new Array(p).fill(0);
        for (let i = 0; i < n; i++) {
            const z = Z[i];
            let eta = beta[0];
            for (let j = 1; j < p; j++)
                eta += beta[j] * z[j - 1];
            const mu = plogis(eta);
            const wi = w === undefined ? 1 : w[i];
            const r = wi * (y[i] - mu);
            const v = wi * mu * (1 - mu);
            for (let a = 0; a < p; a++) {
                const xa = a === 0 ? 1 : z[a - 1];
                score[a] += r * xa;
                const row = info[a];
                for (let b = 0; b <= a; b++)
                    row[b] += v * xa * (b === 0 ? 1 : z[b - 1]);
            }
        }
        for (let a = 0; a < p; a++) {
            for (let b = 0; b < a; b++)
                info[b][a] = info[a][b];
            if (a > 0) {
                info[a][a] += ridge;
                score[a] -= ridge * beta[a];
            }
        }
        const factor = cholesky(info);
        if (factor === null)
            throw new EstimatorInputError("Z", "gives an information matrix that is not positive definite (all weights zero?)");
        const step = choleskySolve(factor, score);
        let largest = 0;
        for (let a = 0; a < p; a++) {
            beta[a] += step[a];
            largest = Math.max(largest, Math.abs(step[a]));
        }
        converged = largest < tol;
    }
    return { intercept: beta[0], coefficients: beta.slice(1), iterations, converged };
}
