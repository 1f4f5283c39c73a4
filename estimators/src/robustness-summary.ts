/**
 * The robustness summary: every sensitivity result beside the primary one, in the style of a
 * regulatory report's sensitivity-analysis table. Each row says whether its conclusion agrees with
 * the primary analysis: the same direction of effect and the same verdict on the null (interval
 * excludes 0, or not).
 */
import { checkNumberInRange, describeValue, EstimatorInputError } from "./validate.js";

export interface RobustnessEntry {
  /** Group of analyses, e.g. "Trimming", "Estimator", "Missing data", "Refutation". */
  category: string;
  /** The analysis, e.g. "Crump rule (α = 0.084)". */
  analysis: string;
  /** Effect estimate on the primary analysis' scale; null for rows that are not effect estimates (E-values, refuters). */
  estimate: number | null;
  ci: [number, number] | null;
  n: number | null;
  /** For rows without an estimate: the verdict and its wording (e.g. an E-value, a refuter's pass). */
  verdict?: { consistent: boolean; text: string };
}

export interface RobustnessRow extends RobustnessEntry {
  /** Interval excludes 0 (null without an interval). */
  significant: boolean | null;
  /** Agrees with the primary analysis (same sign and same verdict on the null). */
  consistent: boolean;
  /** Why, in words. */
  conclusion: string;
}

export interface RobustnessSummary {
  primary: RobustnessRow;
  rows: RobustnessRow[];
  /** Rows whose conclusion differs from the primary one. */
  inconsistent: number;
  /** One-sentence overall statement. */
  statement: string;
}

const excludesZero = (ci: [number, number] | null): boolean | null => (ci === null ? null : ci[0] > 0 || ci[1] < 0);

/**
 * Builds the robustness table.
 *
 * @param primary the primary analysis (must have an estimate and an interval)
 * @param entries the sensitivity analyses
 * @example
 * robustnessSummary({category: "Primary", analysis: "AIPW", estimate: 1, ci: [0.5, 1.5], n: 100}, []).statement
 * // => "All 0 sensitivity analyses agree with the primary conclusion."
 */
export function robustnessSummary(primary: RobustnessEntry, entries: readonly RobustnessEntry[]): RobustnessSummary {
  if (primary.estimate === null || primary.ci === null)
    throw new EstimatorInputError("primary", `needs an estimate and an interval, got ${describeValue(primary.estimate)} and ${describeValue(primary.ci)}`);
  checkNumberInRange("primary.estimate", primary.estimate, -Number.MAX_VALUE, Number.MAX_VALUE);
  const pSig = excludesZero(primary.ci) as boolean;
  const pSign = Math.sign(primary.estimate);
  const row = (e: RobustnessEntry): RobustnessRow => {
    if (e.verdict !== undefined) return { ...e, significant: excludesZero(e.ci), consistent: e.verdict.consistent, conclusion: e.verdict.text };
    if (e.estimate === null) throw new EstimatorInputError(`entry "${e.analysis}"`, "has neither an estimate nor a verdict");
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
  const primaryRow: RobustnessRow = { ...primary, significant: pSig, consistent: true, conclusion: pSig ? "interval excludes 0" : "interval includes 0" };
  const statement =
    inconsistent === 0
      ? `All ${rows.length} sensitivity analyses agree with the primary conclusion.`
      : `${inconsistent} of ${rows.length} sensitivity analyses do not agree with the primary conclusion: ${rows
          .filter((r) => !r.consistent)
          .map((r) => `${r.category}: ${r.analysis} (${r.conclusion})`)
          .join("; ")}.`;
  return { primary: primaryRow, rows, inconsistent, statement };
}
