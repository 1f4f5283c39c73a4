import { smd } from "./smd.js";
import { varianceRatio } from "./variance-ratio.js";
const finiteOrNull = (v) => (Number.isFinite(v) ? v : null);
/**
 * Balance before and after weighting. A column whose values are all 0/1 is binary (SMD with
 * p(1 − p) variances, no variance ratio); others are continuous (pooled unweighted SD in the
 * denominator both before and after, as cobalt's default). Undefined or infinite values are null.
 *
 * @param columns design-column names, one per column of the matrices
 * @param before `{X, treatment}` unweighted sample
 * @param after `{X, treatment, weights}` weighted sample
 * @example
 * balanceTable(["x"], { X: [[0], [1], [1], [2]], treatment: [0, 0, 1, 1] }, { X: [[0], [1], [1], [2]], treatment: [0, 0, 1, 1], weights: [1, 1, 1, 1] })[0].smdBefore
 * // => 1.414… ((1.5 − 0.5)/√0.5)
 */
export function balanceTable(columns, before, after) {
    return columns.map((column, j) => {
        const xb = before.X.map((row) => row[j]);
        const xa = after.X.map((row) => row[j]);
        const binary = xb.every((v) => v === 0 || v === 1);
        const type = binary ? "binary" : "continuous";
        const ratio = (x, t, weights) => {
            if (binary)
                return null;
            try {
                return finiteOrNull(varianceRatio(x, t, weights ? { weights } : {}));
            }
            catch {
                return null;
            }
        };
        return {
            column,
            type,
            smdBefore: finiteOrNull(smd(xb, before.treatment, { type }).smd),
            smdAfter: finiteOrNull(smd(xa, after.treatment, { type, weights: after.weights }).smd),
            varianceRatioBefore: ratio(xb, before.treatment),
            varianceRatioAfter: ratio(xa, after.treatment, after.weights),
        };
    });
}
