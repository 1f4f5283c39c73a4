/**
 * Collects the sensitivity results of a study-month into the entries of the robustness summary
 * (see `robustnessSummary` in @trial/estimators): one place that decides how each analysis is
 * worded in the regulatory-style table.
 */
import type { DeltaTippingPointResult, EstimatorComparisonRow, EValue, RefutationResult, RobustnessEntry, SubgroupEffectRow, TrimmingGridRow } from "@trial/estimators";
import { formatFixed } from "./format.js";

export interface SensitivityResults {
  trimming: readonly TrimmingGridRow[];
  estimators: readonly EstimatorComparisonRow[];
  subgroups: ReadonlyArray<{ label: string; pValue: number | null }>;
  eValue: { value: EValue; scale: string } | null;
  tipping: DeltaTippingPointResult | null;
  /** Each refuter's result, or why it could not be computed. */
  refuters: ReadonlyArray<RefutationResult | { label: string; error: string }>;
}

/** A row of the robustness table that states a verdict without an estimate (an interaction test, an E-value). */
const statement = (category: string, analysis: string, text: string): RobustnessEntry => ({
  category,
  analysis,
  estimate: null,
  ci: null,
  n: null,
  verdict: { consistent: true, text },
});

/** The rows of the robustness table, in report order. */
export function robustnessEntries(r: SensitivityResults): RobustnessEntry[] {
  const entries: RobustnessEntry[] = [];
  for (const row of r.trimming) {
    if (row.label === "none") continue;
    entries.push(
      row.effect === null
        ? { category: "Trimming", analysis: row.label, estimate: null, ci: null, n: null, verdict: { consistent: false, text: `not estimable: ${row.error}` } }
        : {
            category: "Trimming",
            analysis: row.label === "Crump" ? `Crump rule (α = ${formatFixed(row.threshold, 3)})` : `Symmetric, ${row.label}`,
            estimate: row.effect.estimate,
            ci: row.effect.ci,
            n: row.effect.nAnalysed,
          },
    );
  }
  for (const row of r.estimators) {
    entries.push(
      row.effect === null
        ? { category: "Estimator", analysis: row.label, estimate: null, ci: null, n: null, verdict: { consistent: false, text: `not estimable: ${row.error}` } }
        : { category: "Estimator", analysis: row.label, estimate: row.effect.estimate, ci: row.effect.ci, n: row.effect.nAnalysed },
    );
  }
  for (const s of r.subgroups) {
    if (s.pValue === null) continue;
    // Exploratory (not pre-specified): the verdict is worded without its p-value (ICH E9; as FDA
    // asked of the R Submission Pilot 2 app, p-values only for pre-specified analyses).
    entries.push(
      statement(
        "Subgroups",
        `Interaction test, ${s.label}`,
        s.pValue < 0.05
          ? "exploratory: the effects differ between subgroups (Cochran's Q at the 5% level); report the effect by subgroup"
          : "exploratory: no evidence that the effects differ between subgroups",
      ),
    );
  }
  if (r.eValue !== null) {
    const e = r.eValue.value;
    // An E-value of 1 for the limit means the interval already reaches no effect: nothing for a
    // confounder to explain away, and no change to a conclusion of "no significant effect".
    entries.push(
      statement(
        "Unmeasured confounding",
        `E-value (${r.eValue.scale})`,
        e.limit === 1
          ? `point ${formatFixed(e.point, 2)}, CI limit 1: the interval already includes no effect`
          : `point ${formatFixed(e.point, 2)}, CI limit ${e.limit === null ? "–" : formatFixed(e.limit, 2)}: only a confounder associated with treatment and outcome by a risk ratio of ${formatFixed(e.limit ?? e.point, 2)} each could move the interval to the null`,
      ),
    );
  }
  if (r.tipping !== null) {
    const t = r.tipping;
    entries.push({ category: "Missing data", analysis: `MI under MAR (${t.imputations} imputations)`, estimate: t.mar.estimate, ci: t.mar.ci, n: t.n });
    entries.push({
      category: "Missing data",
      analysis: "Delta-adjusted tipping point (treated dropouts)",
      estimate: null,
      ci: null,
      n: t.n,
      verdict: {
        consistent: t.tippingPoint === null,
        text:
          t.tippingPoint === null
            ? `conclusion holds for every shift within ±${formatFixed(t.range, 2)}`
            : `conclusion changes at δ = ${formatFixed(t.tippingPoint, 3)} (${t.nMissingTreated} treated, ${t.nMissingControl} control dropouts imputed)`,
      },
    });
  }
  for (const f of r.refuters) {
    if ("error" in f) {
      entries.push({ category: "Refutation", analysis: f.label, estimate: null, ci: null, n: null, verdict: { consistent: false, text: `not computable: ${f.error}` } });
      continue;
    }
    entries.push({
      category: "Refutation",
      analysis: f.label,
      estimate: null,
      ci: null,
      n: null,
      verdict: {
        consistent: f.passed,
        text: `${f.passed ? "passed" : "FAILED"}: expected ${f.expectedText}, observed ${formatFixed(f.observed, 3)} (SD ${formatFixed(f.observedSd, 3)}, p = ${formatFixed(f.pValue, 2)})${f.failures.length > 0 ? `; ${f.failures.length} simulation(s) not analysable` : ""}`,
      },
    });
  }
  return entries;
}

/** Subgroup rows as forest-plot rows. */
export function subgroupForestRows(variable: string, rows: readonly SubgroupEffectRow[]) {
  return rows.map((r) => ({
    label: `${variable}: ${r.level}`,
    estimate: r.effect?.estimate ?? null,
    lo: r.effect?.ci?.[0] ?? null,
    hi: r.effect?.ci?.[1] ?? null,
    note: `n = ${r.n}`,
  }));
}
