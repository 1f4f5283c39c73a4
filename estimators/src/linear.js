/**
 * Ordinary and weighted least squares, for outcome models of a continuous endpoint
 * (g-computation, AIPW). Fitting is separate from predicting: `fitLinear` returns a model,
 * `predictLinear` uses it.
 */
import { householderQr, applyQTranspose, solveUpperTriangular, inverseFromR, matVec } from "./matrix.js";
import { checkFiniteVector, checkMatrix, checkSameLength, checkWeights, columnNamesFor, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";
/**
 * Fits y = Xβ + ε by (weighted) least squares, via Householder QR of √W·X (no normal equations),
 * with a rank check that names the collinear column. X must include an intercept column if one is
 * wanted (as `lm.fit`). Coefficients and standard errors match R's `lm` (see the reference tests).
 *
 * β̂ = argmin Σ wᵢ(yᵢ − xᵢᵀβ)², Var(β̂) = σ̂²(XᵀWX)⁻¹, σ̂² = Σ wᵢrᵢ²/(n₊ − p).
 *
 * @param X design matrix, n rows × p columns (finite)
 * @param y responses, n finite numbers
 * @param options `weights`, `columnNames`
 * @throws EstimatorInputError for non-finite values, mismatched lengths, fewer (positively weighted)
 *   rows than columns, or a column that is a linear combination of the preceding ones (named)
 * @example
 * fitLinear([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7]).coefficients // => [1, 2]
 */
export function fitLinear(X, y, options = {}) {
    checkMatrix("X", X);
    checkFiniteVector("y", y, 1);
    checkSameLength("X", X, "y", y);
    const p = X[0].length;
    const names = columnNamesFor("options.columnNames", options.columnNames, p);
    const n = X.length;
    const w = options.weights;
    if (w !== undefined)
        checkWeights("options.weights", w, n);
    const rows = [];
    for (let i = 0; i < n; i++)
        if (w === undefined || w[i] > 0)
            rows.push(i);
    const sw = rows.map((i) => (w === undefined ? 1 : Math.sqrt(w[i])));
    // Without weights √w = 1: the rows are used as they are (no copy; v·1 = v exactly).
    const a = w === undefined ? X : rows.map((i, k) => X[i].map((v) => v * sw[k]));
    const b = w === undefined ? y : rows.map((i, k) => y[i] * sw[k]);
    if (rows.length < p) {
        throw new EstimatorInputError("X", `has ${rows.length} row(s)${w ? " with positive weight" : ""} for ${p} parameters; the model needs at least as many rows as parameters`);
    }
    const qr = householderQr(a, names, "X");
    const qty = applyQTranspose(qr, b);
    const coefficients = solveUpperTriangular(qr.r, qty);
    const fitted = X.map((row) => row.reduce((s, v, j) => s + v * coefficients[j], 0));
    const residuals = fitted.map((f, i) => y[i] - f);
    let rss = 0;
    for (const i of rows)
        rss += (w === undefined ? 1 : w[i]) * square(residuals[i]);
    const dfResidual = rows.length - p;
    const unscaledCovariance = inverseFromR(qr.r);
    const residualVariance = dfResidual > 0 ? rss / dfResidual : null;
    const covariance = residualVariance === null ? null : unscaledCovariance.map((row) => row.map((v) => v * residualVariance));
    const standardErrors = covariance === null ? null : covariance.map((row, j) => Math.sqrt(row[j]));
    return { coefficients, standardErrors, covariance, unscaledCovariance, residualVariance, dfResidual, fitted, residuals, columnNames: names, n };
}
/**
 * Predictions Xβ̂ of a linear fit for new rows.
 *
 * @param fit a result of {@link fitLinear}
 * @param X rows with the same columns as the fit
 * @example
 * predictLinear(fitLinear([[1, 0], [1, 1], [1, 2]], [1, 3, 5]), [[1, 10]]) // => [21]
 */
export function predictLinear(fit, X) {
    checkMatrix("X", X);
    const p = fit.coefficients.length;
    if (X[0].length !== p)
        throw new EstimatorInputError("X", `must have ${p} columns like the fit, got ${X[0].length}`);
    return matVec(X, fit.coefficients);
}
