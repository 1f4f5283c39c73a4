/**
 * DeLong, DeLong & Clarke-Pearson (1988) standard error and confidence interval of the AUROC,
 * computed with the midrank algorithm of Sun & Xu (2014), as R's pROC `ci.auc(method = "delong")`.
 */
import { checkScoredOutcomes } from "./binary-outcomes.js";
import { normalQuantile } from "./normal-distribution.js";
import { checkNumberInRange, EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";
/** Midranks (average ranks of ties, 1-based) of `x`. */
export function midranks(x) {
    const order = x.map((_, i) => i).sort((a, b) => x[a] - x[b]);
    const ranks = new Array(x.length);
    let k = 0;
    while (k < order.length) {
        let j = k;
        while (j + 1 < order.length && x[order[j + 1]] === x[order[k]])
            j++;
        const r = (k + j + 2) / 2;
        for (let m = k; m <= j; m++)
            ranks[order[m]] = r;
        k = j + 1;
    }
    return ranks;
}
function sampleVariance(v) {
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    return v.reduce((s, x) => s + square(x - mean), 0) / (v.length - 1);
}
/**
 * AUROC with DeLong's variance: the structural components V₁₀ (per positive: share of negatives
 * it outscores, ties ½) and V₀₁ (per negative: share of positives that outscore it), and
 * Var(AUC) = var(V₁₀)/n₁ + var(V₀₁)/n₀. The interval is AUC ± z·SE, clipped to [0, 1] as pROC does.
 *
 * @param level confidence level (default 0.95)
 * @example
 * delongAuc([0.1, 0.4, 0.35, 0.8, 0.7, 0.2], [0, 0, 1, 1, 1, 0]).auc // => 0.8888888888888888
 */
export function delongAuc(scores, labels, level = 0.95) {
    checkNumberInRange("level", level, 0, 1, true);
    const d = checkScoredOutcomes(scores, labels);
    if (d.positives < 2 || d.negatives < 2) {
        throw new EstimatorInputError("labels", `needs at least 2 positives and 2 negatives for DeLong's variance, got ${d.positives} and ${d.negatives}`);
    }
    const pos = d.scores.filter((_, i) => d.labels[i] === 1);
    const neg = d.scores.filter((_, i) => d.labels[i] === 0);
    const all = midranks([...pos, ...neg]);
    const rPos = midranks(pos);
    const rNeg = midranks(neg);
    const m = pos.length;
    const n = neg.length;
    const v10 = pos.map((_, i) => (all[i] - rPos[i]) / n);
    const v01 = neg.map((_, j) => 1 - (all[m + j] - rNeg[j]) / m);
    const auc = v10.reduce((s, x) => s + x, 0) / m;
    const se = Math.sqrt(sampleVariance(v10) / m + sampleVariance(v01) / n);
    const z = normalQuantile(1 - (1 - level) / 2);
    return { auc, se, lower: Math.max(0, auc - z * se), upper: Math.min(1, auc + z * se), level, positives: m, negatives: n };
}
