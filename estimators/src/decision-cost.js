/**
 * Decision-threshold what-if: the cost of acting on a risk score at each threshold, when every
 * flagged subject receives an intervention (cost c_I) and every missed event costs c_E (an event in
 * a flagged subject is assumed averted). Cost(t) = c_I·(TP + FP) + c_E·FN, with flagged = score ≥ t.
 */
import { checkScoredOutcomes } from "./binary-outcomes.js";
import { checkNumberInRange } from "./validate.js";
/**
 * The cost at each threshold of a grid (default 0, 0.01, …, 1).
 *
 * @example
 * costCurve([0.9, 0.2], [1, 0], 500, 5000, [0.5])[0].cost // => 500 (one intervention, no missed event)
 */
export function costCurve(scores, labels, costIntervention, costEvent, thresholds) {
    checkNumberInRange("costIntervention", costIntervention, 0, Infinity);
    checkNumberInRange("costEvent", costEvent, 0, Infinity);
    const d = checkScoredOutcomes(scores, labels, false);
    const grid = thresholds ?? Array.from({ length: 101 }, (_, i) => i / 100);
    return grid.map((threshold) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        d.scores.forEach((s, i) => {
            if (s >= threshold)
                d.labels[i] === 1 ? tp++ : fp++;
            else if (d.labels[i] === 1)
                fn++;
        });
        const cost = costIntervention * (tp + fp) + costEvent * fn;
        return { threshold, flagged: tp + fp, tp, fp, fn, cost, costPerSubject: cost / d.scores.length };
    });
}
/**
 * The point of lowest cost (the lowest threshold among ties).
 *
 * @example
 * minimumCost(costCurve([0.9, 0.2], [1, 0], 500, 5000)).threshold // => 0.21
 */
export function minimumCost(curve) {
    let best = curve[0];
    if (!best)
        throw new Error("minimumCost: the cost curve is empty");
    for (const p of curve)
        if (p.cost < best.cost)
            best = p;
    return best;
}
/**
 * The stratum of each score: the first stratum (strata listed from highest lower bound down) whose
 * lower bound the score reaches.
 *
 * @example
 * stratify([0.7, 0.1], [{ name: "high", lower: 0.5, action: "call" }, { name: "low", lower: 0, action: "none" }]) // => ["high", "low"]
 */
export function stratify(scores, strata) {
    const out = [];
    for (let i = 0; i < scores.length; i++) {
        const s = scores[i];
        const hit = strata.find((x) => s >= x.lower);
        out.push(hit ? hit.name : (strata[strata.length - 1]?.name ?? ""));
    }
    return out;
}
