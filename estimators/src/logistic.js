/**
 * Logistic regression by Newton–Raphson (equivalently IRLS for the canonical logit link) with
 * step-halving, optional ridge penalty, and diagnostics: iterations, convergence, and detection of
 * complete or quasi-complete separation (where the maximum-likelihood estimate does not exist).
 * Used for propensity scores and for outcome models of a binary endpoint.
 */
import { cholesky, choleskyInverse, choleskySolve, householderQr, matVec } from "./matrix.js";
import { checkFiniteVector, checkInteger, checkMatrix, checkNumberInRange, checkSameLength, checkWeights, columnNamesFor, describeValue, EstimatorInputError, } from "./validate.js";
import { exp, log1p, square } from "./elementary-functions.js";
/**
 * Numerically stable logistic function 1/(1 + e^−η).
 *
 * @example
 * plogis(0) // => 0.5
 * plogis(-800) // => 0 (no overflow)
 */
export function plogis(eta) {
    if (eta >= 0)
        return 1 / (1 + exp(-eta));
    const e = exp(eta);
    return e / (1 + e);
}
/** log(1 + e^η) without overflow. */
function log1pExp(eta) {
    return eta > 0 ? eta + log1p(exp(-eta)) : log1p(exp(eta));
}
/** Fitted probabilities this close to 0 or 1 count as "perfectly predicted". */
const EXTREME = 1e-6;
/**
 * Fits a logistic regression P(yᵢ = 1) = 1/(1 + exp(−xᵢᵀβ)) by Newton–Raphson with step-halving.
 * X must include an intercept column if one is wanted (as `glm.fit`).
 *
 * Each iteration solves (XᵀWX + λP)Δ = Xᵀw(y − p) − λPβ, W = diag(wᵢpᵢ(1 − pᵢ)), by Cholesky, and
 * halves the step until the penalised log-likelihood does not decrease. It stops when the relative
 * change of the deviance is below `tol` (R's criterion). Standard errors come from the inverse
 * information at β̂ (for λ > 0: of the penalised information, an approximation).
 *
 * Separation: when some fitted probabilities are within 1e-6 of 0 or 1 after convergence, five
 * further Newton steps probe whether the linear predictors keep moving (by more than 1 on the
 * log-odds scale), which happens only when the MLE does not exist. The observations that move
 * are counted; all of them → `"complete"`, some → `"quasi"`. The coefficients returned are those
 * before the probe, and are meaningless (diverging) when separation is reported.
 *
 * @param X design matrix, n × p, finite
 * @param y responses, 0 or 1
 * @param options `weights`, `ridge`, `unpenalized`, `maxIter`, `tol`, `columnNames`
 * @throws EstimatorInputError for non-finite values, a response other than 0/1, mismatched
 *   lengths, fewer rows than parameters, or a collinear column (named)
 * @example
 * const fit = fitLogistic([[1, 0], [1, 0], [1, 0], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 0, 1, 1]);
 * fit.coefficients // => [−0.6931…, 1.3862…]  (log(1/2), log(2/1) − log(1/2) = log 4)
 */
export function fitLogistic(X, y, options = {}) {
    checkMatrix("X", X);
    checkFiniteVector("y", y, 1);
    checkSameLength("X", X, "y", y);
    const n = X.length;
    const p = X[0].length;
    const names = columnNamesFor("options.columnNames", options.columnNames, p);
    for (let i = 0; i < n; i++) {
        if (y[i] !== 0 && y[i] !== 1)
            throw new EstimatorInputError(`y[${i}]`, `must be 0 or 1, got ${describeValue(y[i])}`);
    }
    const w = options.weights;
    if (w !== undefined)
        checkWeights("options.weights", w, n);
    const ridge = options.ridge ?? 0;
    checkNumberInRange("options.ridge", ridge, 0, Number.MAX_VALUE);
    const maxIter = options.maxIter ?? 100;
    checkInteger("options.maxIter", maxIter, 1, 100000);
    const tol = options.tol ?? 1e-10;
    checkNumberInRange("options.tol", tol, 0, 1, true);
    const wt = (i) => (w === undefined ? 1 : w[i]);
    // Rank check on the rows that carry weight, naming the collinear column.
    const active = [];
    for (let i = 0; i < n; i++)
        if (wt(i) > 0)
            active.push(i);
    if (active.length < p) {
        throw new EstimatorInputError("X", `has ${active.length} row(s)${w ? " with positive weight" : ""} for ${p} parameters; the model needs at least as many rows as parameters`);
    }
    // Without weights every row is active and √1 = 1: the rows are checked as they are (no copy).
    householderQr(w === undefined ? X : active.map((i) => X[i].map((v) => v * Math.sqrt(wt(i)))), names, "X");
    // Penalised columns.
    const penalised = new Array(p).fill(ridge > 0);
    if (ridge > 0) {
        const free = options.unpenalized ??
            Array.from({ length: p }, (_, j) => j).filter((j) => X.every((row) => row[j] === X[0][j]));
        for (const j of free) {
            checkInteger("options.unpenalized[]", j, 0, p - 1);
            penalised[j] = false;
        }
    }
    const etaOf = (beta) => matVec(X, beta);
    const objective = (eta, beta) => {
        let ll = 0;
        for (const i of active)
            ll += wt(i) * (y[i] * eta[i] - log1pExp(eta[i]));
        let pen = 0;
        for (let j = 0; j < p; j++)
            if (penalised[j])
                pen += square(beta[j]);
        return { ll, pen: 0.5 * ridge * pen };
    };
    /** Newton direction at beta (null when the information is not positive definite). */
    const newtonStep = (beta, eta) => {
        const info = Array.from({ length: p }, () => new Array(p).fill(0));
        const score = new Array(p).fill(0);
        for (const i of active) {
            const row = X[i];
            const pi = plogis(eta[i]);
            const wi = wt(i);
            const r = wi * (y[i] - pi);
            const v = wi * pi * (1 - pi);
            for (let j = 0; j < p; j++) {
                const xj = row[j];
                score[j] = score[j] + r * xj;
                const infoJ = info[j];
                const vxj = v * xj;
                for (let k = 0; k <= j; k++)
                    infoJ[k] = infoJ[k] + vxj * row[k];
            }
        }
        for (let j = 0; j < p; j++) {
            for (let k = 0; k < j; k++)
                info[k][j] = info[j][k];
            if (penalised[j]) {
                info[j][j] = info[j][j] + ridge;
                score[j] = score[j] - ridge * beta[j];
            }
        }
        const l = cholesky(info);
        if (l === null)
            return null;
        return { step: choleskySolve(l, score), info };
    };
    let beta = new Array(p).fill(0);
    let eta = etaOf(beta);
    let obj = objective(eta, beta);
    let deviance = -2 * obj.ll;
    let iterations = 0;
    let converged = false;
    let singular = false;
    while (iterations < maxIter) {
        iterations++;
        const newton = newtonStep(beta, eta);
        if (newton === null) {
            singular = true;
            break;
        }
        let scale = 1;
        let candidate = beta.map((b, j) => b + newton.step[j]);
        let candEta = etaOf(candidate);
        let candObj = objective(candEta, candidate);
        for (let halvings = 0; halvings < 50 && !(candObj.ll - candObj.pen >= obj.ll - obj.pen - 1e-12 * Math.abs(obj.ll - obj.pen)); halvings++) {
            scale /= 2;
            candidate = beta.map((b, j) => b + scale * newton.step[j]);
            candEta = etaOf(candidate);
            candObj = objective(candEta, candidate);
        }
        const newDeviance = -2 * candObj.ll;
        const penDevOld = deviance + 2 * obj.pen;
        const penDevNew = newDeviance + 2 * candObj.pen;
        beta = candidate;
        eta = candEta;
        obj = candObj;
        deviance = newDeviance;
        if (Math.abs(penDevNew - penDevOld) / (Math.abs(penDevNew) + 0.1) < tol) {
            converged = true;
            break;
        }
    }
    const fitted = eta.map(plogis);
    // Separation probe.
    let separatedObservations = 0;
    const extreme = active.some((i) => fitted[i] < EXTREME || fitted[i] > 1 - EXTREME);
    if (extreme || singular) {
        let probeBeta = beta.slice();
        let probeEta = eta.slice();
        for (let k = 0; k < 5; k++) {
            const newton = newtonStep(probeBeta, probeEta);
            if (newton === null)
                break;
            probeBeta = probeBeta.map((b, j) => b + newton.step[j]);
            probeEta = etaOf(probeBeta);
        }
        for (const i of active) {
            const moved = Math.abs(probeEta[i] - eta[i]) > 1;
            const pi = fitted[i];
            const atBound = pi < EXTREME || pi > 1 - EXTREME;
            if ((moved && atBound) || (singular && atBound))
                separatedObservations++;
        }
    }
    const separation = separatedObservations === 0 ? "none" : separatedObservations === active.length ? "complete" : "quasi";
    // Standard errors from the inverse information at β̂.
    let covariance = null;
    const final = newtonStep(beta, eta);
    if (final !== null) {
        const l = cholesky(final.info);
        if (l !== null)
            covariance = choleskyInverse(l);
    }
    const standardErrors = covariance === null ? null : covariance.map((row, j) => Math.sqrt(row[j]));
    return {
        coefficients: beta,
        standardErrors,
        covariance,
        fitted,
        linearPredictor: eta,
        logLikelihood: obj.ll,
        deviance,
        iterations,
        converged,
        separation,
        separatedObservations,
        ridge,
        columnNames: names,
        n,
    };
}
/**
 * Predicted probabilities 1/(1 + exp(−xᵀβ̂)) of a logistic fit for new rows.
 *
 * @param fit a result of {@link fitLogistic}
 * @param X rows with the same columns as the fit
 * @example
 * predictLogistic(fit, [[1, 1]]) // => [0.6666…] for the fitLogistic example
 */
export function predictLogistic(fit, X) {
    checkMatrix("X", X);
    const p = fit.coefficients.length;
    if (X[0].length !== p)
        throw new EstimatorInputError("X", `must have ${p} columns like the fit, got ${X[0].length}`);
    return matVec(X, fit.coefficients).map(plogis);
}
