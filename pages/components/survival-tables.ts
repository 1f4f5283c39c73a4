/**
 * The time-to-event page's tables as `Inputs.table` options (columns, headers, number formats):
 * the pre-specified comparisons (Cox hazard ratio with its Wald test, the two-arm log-rank test
 * and the proportional-hazards check), the RMST table (unweighted, or IPW with the build's
 * bootstrap percentiles) and the synthetic studies' estimates beside the truth. Rows come from
 * `coxRows` here and `rmstRows` / `truthRows` in survival-page.ts.
 */
import type { StudySurvival } from "@trial/estimators";
import { formatFixed } from "./format.js";

/** A number to `digits` decimals, "—" when absent. */
export const fixedOrDash = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || Number.isNaN(x) ? "—" : formatFixed(x, digits));
/** A p-value to 4 decimals, "< 0.0001" below, "—" when absent. */
export const pValueOrDash = (x: number | null | undefined): string => (x === null || x === undefined ? "—" : x < 0.0001 ? "< 0.0001" : formatFixed(x, 4));

export interface CoxRow {
  comparison: string;
  status: string;
  hr: number | null;
  lower: number | null;
  upper: number | null;
  wald: number | null;
  logrank: number | null;
  zph: number | null;
}

/**
 * One row per comparison (each treated arm against the control). `pValues: false` for an
 * exploratory (stratified) analysis: its hazard ratios and intervals, no p-values.
 */
export function coxRows(stored: Pick<StudySurvival, "comparisons">, label: (code: string) => string, options: { pValues?: boolean } = {}): CoxRow[] {
  const p = (x: number | null | undefined) => ((options.pValues ?? true) ? (x ?? null) : null);
  return stored.comparisons.map((c) => ({
    comparison: `${label(c.treated)} vs ${label(c.control)}`,
    status: c.status === "ok" ? "" : `not estimable: ${c.reason}`,
    hr: c.cox?.hazardRatio ?? null,
    lower: c.cox?.lower ?? null,
    upper: c.cox?.upper ?? null,
    wald: p(c.cox?.p),
    logrank: p(c.logRank?.p),
    zph: p(c.zph?.p),
  }));
}

const hr = (x: number | null) => fixedOrDash(x, 3);

export const coxTableOptions = {
  columns: ["comparison", "hr", "lower", "upper", "wald", "logrank", "zph", "status"],
  header: {
    comparison: "Comparison",
    hr: "Hazard ratio",
    lower: "95% CI lower",
    upper: "95% CI upper",
    wald: "p (Wald, pre-specified)",
    logrank: "p (log-rank, pre-specified)",
    zph: "PH check: cox.zph p (diagnostic)",
    status: "",
  },
  format: { hr, lower: hr, upper: hr, wald: pValueOrDash, logrank: pValueOrDash, zph: pValueOrDash },
  select: false,
  layout: "auto",
};

/** The RMST table: unweighted (delta-method interval) or IPW (bootstrap percentiles, and the survival difference at τ). */
export function rmstTableOptions(weighting: "none" | "ipw") {
  const unweighted = weighting === "none";
  return {
    columns: unweighted ? ["comparison", "treated", "control", "difference", "ci"] : ["comparison", "treated", "control", "difference", "ci", "sdiff", "sci"],
    header: {
      comparison: "Comparison",
      treated: "RMST treated (days)",
      control: "RMST control (days)",
      difference: "Difference (days)",
      ci: unweighted ? "95% CI" : "95% CI (bootstrap percentile)",
      sdiff: "S₁(τ) − S₀(τ)",
      sci: "95% CI (bootstrap percentile)",
    },
    // Unary: Inputs.table calls a format with (value, row index, rows).
    format: {
      treated: (x: number | null) => fixedOrDash(x),
      control: (x: number | null) => fixedOrDash(x),
      difference: (x: number | null) => fixedOrDash(x),
      sdiff: (x: number | null) => fixedOrDash(x, 3),
    },
    select: false,
    layout: "auto",
  };
}

/** The estimates beside the synthetic truth; the comparison column only when there are several. */
export function truthTableOptions(severalComparisons: boolean) {
  const three = (x: number | null) => fixedOrDash(x, 3);
  return {
    // The truth right after the estimate, so it stays in view on narrow screens.
    columns: [...(severalComparisons ? ["comparison"] : []), "quantity", "method", "estimate", "truth", "lower", "upper", "covers"],
    header: {
      comparison: "Comparison",
      quantity: "Quantity",
      method: "Estimator",
      estimate: "Estimate",
      lower: "95% CI lower",
      upper: "95% CI upper",
      truth: "Truth (marginal)",
      covers: "CI covers the truth",
    },
    format: { estimate: three, lower: three, upper: three, truth: three, covers: (x: boolean | null) => (x === null ? "—" : x ? "yes" : "no") },
    select: false,
    layout: "auto",
  };
}
