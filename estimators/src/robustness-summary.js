/**
 * The robustness summary: every sensitivity result beside the primary one, in the style of a
 * regulatory report's sensitivity-analysis table. Each row says whether its conclusion agrees with
 * the primary analysis: the same direction of effect and the same verdict on the null (interval
 * excludes 0, or not).
 */
import { checkNumberInRange, describeValue, EstimatorInputError } from "./validate.js";
const excludesZero = (ci) => (ci === null ? null : ci[0] > 0 || ci[1] < 0);
/**
 * Builds the robustness table.
 *
 * @param primary the primary analysis (must have an estimate and an interval)
 * @param entries the sensitivity analyses
 * @example
 * robustnessSummary({category: "Primary", analysis: "AIPW", estimate: 1, ci: [0.5, 1.5], n: 100}, []).statement
 * // => "All 0 sensitivity analyses agree with the primary conclusion."
 */
export function robustnessSummary(primary, entries) {
    if (primary.estimate === null || primary.ci === null)
        throw new EstimatorInputError("primary", `needs an estimate and an interval, got ${describeValue(primary.estimate)} and ${describeValue(primary.ci)}`);
    checkNumberInRange("primary.estimate", primary.estimate, -Number.MAX_VALUE, Number.MAX_VALUE);
    const pSig = excludesZero(primary.ci);
    const pSign = Math.sign(primary.estimate);
    const row = (e) => {
        if (e.verdict !== undefined)
            return { ...e, significant: excludesZero(e.ci), consistent: e.verdict.consistent, conclusion: e.verdict.text };
        if (e.estimate === null)
            throw new EstimatorInputError(`entry "${e.analysis}"`, "has neither an estimate nor a verdict");
        const sig = excludesZero(e.ci);
        const sameSign = Math.sign(e.estimate) === pSign;
        const consistent = sameSign && (sig === null || sig === pSig);
        const conclusion = !sameSign
            ? "direction reversed"
            : sig === null
                ? "same direction (no interval)"
                : sig === pSig
                    ? sig
                        ? "same direction, interval excludes 0"
                        : "same direction, interval includes 0"
                    : sig
                        ? "becomes significant"
                        : "interval now includes 0";
        return { ...e, significant: sig, consistent, conclusion };
    };
    const rows = entries.map(row);
    const inconsistent = rows.filter((r) => !r.consistent).length;
    const primaryRow = { ...primary, significant: pSig, consistent: true, conclusion: pSig ? "interval excludes 0" : "interval includes 0" };
    const statement = inconsistent === 0
        ? `All ${rows.length} sensitivity analyses agree with the primary conclusion.`
        : `${inconsistent} of ${rows.length} sensitivity analyses do not agree with the primary conclusion: ${rows
            .filter((r) => !r.consistent)
            .map((r) => `${r.category}: ${r.analysis} (${r.conclusion})`)
            .join("; ")}.`;
    return { primary: primaryRow, rows, inconsistent, statement };
}
