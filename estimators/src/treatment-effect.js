/**
 * One call from data to a treatment-effect estimate: fits the propensity model and/or the outcome
 * models, trims, weights, estimates, and returns the estimate with every diagnostic a reviewer
 * needs to trace it (sample sizes, trimming threshold, model coefficients and convergence,
 * effective sample sizes). Pages call this (or `bootstrapTreatmentEffect`) and draw.
 */
import { aipw } from "./aipw.js";
import { waldInterval } from "./effect-estimate.js";
import { binaryEffectMeasures } from "./effect-measures.js";
import { kishEssByArm } from "./ess.js";
import { gComputation } from "./g-computation.js";
import { hajek } from "./hajek.js";
import { horvitzThompson } from "./horvitz-thompson.js";
import { fitOutcomeModels } from "./outcome-model.js";
import { fitPropensity } from "./propensity.js";
import { estimands, propensityWeights } from "./propensity-weights.js";
import { trimPropensity } from "./trimming.js";
import { checkFiniteVector, checkMatrix, checkNumberInRange, checkOneOf, checkSameLength, checkTreatment, columnNamesFor, describeValue, EstimatorInputError, } from "./validate.js";
export const effectMethods = ["g-computation", "ipw-ht", "ipw-hajek", "aipw"];
function coefficientRows(fit) {
    return fit.coefficients.map((estimate, j) => ({ name: fit.columnNames[j], estimate, se: fit.standardErrors?.[j] ?? null }));
}
const subset = (xs, keep) => {
    const out = [];
    for (let i = 0; i < keep.length; i++)
        if (keep[i])
            out.push(xs[i]);
    return out;
};
/**
 * Estimates a treatment effect with the chosen method:
 * - `g-computation`: per-arm outcome models, predictions averaged over the target population
 *   (ATE: everyone; ATT: the treated; ATO: weighted by e(1 − e)). No analytic SE.
 * - `ipw-ht`: Horvitz–Thompson (ATE, ATT). `ipw-hajek`: Hájek (ATE, ATT, ATO). Influence-function
 *   SE with the propensity score treated as known (conservative for the ATE).
 * - `aipw`: doubly robust (ATE), influence-function SE.
 * With trimming, subjects outside [α, 1 − α] on the first propensity fit are dropped and both
 * models are refitted on the rest (the estimand is then the effect in the trimmed population).
 *
 * @param input `covariates` (n × k, no intercept), `treatment`, `outcome`, `covariateNames`
 * @param options `method`, `outcomeType`, `estimand`, `trim`, `propensityRidge`, `level`
 * @throws EstimatorInputError for any degenerate input: an empty arm (before or after trimming),
 *   non-finite values, fewer subjects than parameters, a constant or collinear covariate (named),
 *   separation in a model, a method/estimand combination that is not defined, or risks of 0 or 1
 *   for ratio measures
 * @example
 * estimateTreatmentEffect(
 *   { covariates: [[0], [1], [0], [1], [0], [1]], treatment: [1, 1, 1, 0, 0, 0], outcome: [2, 3, 2, 1, 0, 1] },
 *   { method: "g-computation", outcomeType: "continuous" },
 * ).difference.estimate // => 2  (m₁(x) = 2 + x, m₀(x) = x)
 */
export function estimateTreatmentEffect(input, options) {
    if (input === null || typeof input !== "object")
        throw new EstimatorInputError("input", `must be {covariates, treatment, outcome}, got ${describeValue(input)}`);
    if (options === null || typeof options !== "object")
        throw new EstimatorInputError("options", `must be {method, outcomeType, …}, got ${describeValue(options)}`);
    const { covariates, outcome } = input;
    checkMatrix("input.covariates", covariates);
    checkFiniteVector("input.outcome", outcome, 1);
    checkSameLength("input.covariates", covariates, "input.outcome", outcome);
    const t = checkTreatment("input.treatment", input.treatment, covariates.length);
    const k = covariates[0].length;
    const names = columnNamesFor("input.covariateNames", input.covariateNames, k);
    checkOneOf("options.method", options.method, effectMethods);
    checkOneOf("options.outcomeType", options.outcomeType, ["continuous", "binary"]);
    const estimand = options.estimand ?? "ATE";
    checkOneOf("options.estimand", estimand, estimands);
    const level = options.level ?? 0.95;
    checkNumberInRange("options.level", level, 0, 1, true);
    const trim = options.trim ?? { rule: "none" };
    const method = options.method;
    if (method === "aipw" && estimand !== "ATE") {
        throw new EstimatorInputError("options.estimand", `AIPW is implemented for the ATE only, got ${describeValue(estimand)}; use ipw-hajek or g-computation for the ATT/ATO`);
    }
    if (method === "ipw-ht" && estimand === "ATO") {
        throw new EstimatorInputError("options.estimand", `Horvitz–Thompson supports ATE and ATT, got "ATO"; overlap weights are normalised by construction: use ipw-hajek`);
    }
    if (options.outcomeType === "binary") {
        for (let i = 0; i < outcome.length; i++) {
            if (outcome[i] !== 0 && outcome[i] !== 1)
                throw new EstimatorInputError(`input.outcome[${i}]`, `a binary outcome must be 0 or 1, got ${describeValue(outcome[i])}`);
        }
    }
    const ridgeOption = options.propensityRidge !== undefined ? { ridge: options.propensityRidge } : {};
    const needsPropensity = method !== "g-computation" || estimand !== "ATE" || trim.rule !== "none";
    const n = t.length;
    // Propensity model and trimming.
    let analysed = new Array(n).fill(true);
    let trimThreshold = null;
    let X = covariates;
    let tt = t;
    let y = Array.from(outcome);
    let ps = null;
    let psFit = null;
    if (needsPropensity) {
        let model = fitPropensity(X, tt, { covariateNames: names, ...ridgeOption });
        if (trim.rule !== "none") {
            const trimmed = trimPropensity(model.scores, trim);
            trimThreshold = trimmed.threshold;
            analysed = trimmed.keep;
            X = subset(covariates, analysed);
            tt = subset(t, analysed);
            y = subset(outcome, analysed);
            const n1 = tt.reduce((s, v) => s + v, 0);
            if (n1 === 0 || n1 === tt.length) {
                throw new EstimatorInputError("options.trim", `trimming at α = ${trimThreshold} leaves ${n1 === 0 ? "no treated" : "no control"} subjects (${tt.length} kept of ${n})`);
            }
            if (trimmed.nTrimmed > 0) {
                try {
                    model = fitPropensity(X, tt, { covariateNames: names, ...ridgeOption });
                }
                catch (e) {
                    if (e instanceof EstimatorInputError)
                        throw new EstimatorInputError(`propensity model after trimming (n = ${tt.length})`, e.message);
                    throw e;
                }
            }
        }
        ps = model.scores;
        psFit = model.fit;
    }
    // Outcome models.
    const needsOutcome = method === "g-computation" || method === "aipw";
    const outcomeModels = needsOutcome ? fitOutcomeModels(X, tt, y, options.outcomeType, names) : null;
    // Estimate.
    let est;
    let seMethod;
    if (method === "g-computation") {
        const m = outcomeModels;
        const targetWeights = estimand === "ATE" ? undefined : estimand === "ATT" ? tt : ps.map((e) => e * (1 - e));
        est = gComputation(m.mu1, m.mu0, targetWeights === undefined ? {} : { targetWeights });
        seMethod = "none analytic: use bootstrapTreatmentEffect (refits the outcome models)";
    }
    else if (method === "ipw-ht") {
        est = horvitzThompson(y, tt, ps, { estimand: estimand });
        seMethod = "influence function, propensity score treated as known (conservative for the ATE)";
    }
    else if (method === "ipw-hajek") {
        est = hajek(y, tt, ps, { estimand });
        seMethod = "influence function, propensity score treated as known (conservative for the ATE)";
    }
    else {
        est = aipw(y, tt, ps, outcomeModels.mu1, outcomeModels.mu0);
        seMethod = "influence function of the AIPW estimator";
    }
    let difference = { estimate: est.estimate, se: est.se, ci: est.se === null ? null : waldInterval(est.estimate, est.se, level) };
    let riskRatio = null;
    let oddsRatio = null;
    if (options.outcomeType === "binary") {
        const measures = binaryEffectMeasures(est, level);
        difference = measures.riskDifference;
        riskRatio = measures.riskRatio;
        oddsRatio = measures.oddsRatio;
    }
    let propensity = null;
    if (ps !== null && psFit !== null) {
        const range = (arm) => {
            let lo = Infinity;
            let hi = -Infinity;
            for (let i = 0; i < tt.length; i++) {
                if (tt[i] === arm) {
                    lo = Math.min(lo, ps[i]);
                    hi = Math.max(hi, ps[i]);
                }
            }
            return [lo, hi];
        };
        propensity = {
            coefficients: coefficientRows(psFit),
            iterations: psFit.iterations,
            converged: psFit.converged,
            range: { treated: range(1), control: range(0) },
            ess: kishEssByArm(propensityWeights(ps, tt, estimand), tt),
        };
    }
    const nTreated = tt.reduce((s, v) => s + v, 0);
    return {
        method,
        estimand,
        outcomeType: options.outcomeType,
        level,
        n,
        nAnalysed: tt.length,
        nTreated,
        nControl: tt.length - nTreated,
        nTrimmed: n - tt.length,
        trimThreshold,
        analysed,
        mean1: est.mean1,
        mean0: est.mean0,
        difference,
        riskRatio,
        oddsRatio,
        seMethod,
        influence: est.influence1 !== null && est.influence0 !== null ? { mean1: est.influence1, mean0: est.influence0 } : null,
        propensity,
        outcomeModels: outcomeModels === null ? null : { treated: coefficientRows(outcomeModels.fit1), control: coefficientRows(outcomeModels.fit0) },
    };
}
