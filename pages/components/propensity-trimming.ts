/**
 * The propensity page's "effect of trimming": the primary analysis (point estimates and
 * influence-function intervals, no bootstrap) of one comparison re-run in the browser under each
 * common trimming rule, beside the configured one.
 */
import { analyseStudyMonth, type AnalysisInput, type TrimRule } from "@trial/estimators";
import { formatEffect, formatInterval, renderTable } from "./analysis-tables.js";
import { formatFixed, formatInt } from "./format.js";

/** The rules compared: none, symmetric at 0.01, 0.05 and 0.10, and Crump et al.'s optimal rule. */
export const TRIMMING_RULES: ReadonlyArray<{ label: string; rule: TrimRule }> = [
  { label: "none", rule: { rule: "none" } },
  { label: "symmetric 0.01", rule: { rule: "symmetric", threshold: 0.01 } },
  { label: "symmetric 0.05", rule: { rule: "symmetric", threshold: 0.05 } },
  { label: "symmetric 0.10", rule: { rule: "symmetric", threshold: 0.1 } },
  { label: "Crump et al. (2009)", rule: { rule: "crump" } },
];

export interface TrimmingRow {
  rule: string;
  /** The analysis's own rule. */
  configured: boolean;
  alpha: number | null;
  trimmedTreated: number;
  trimmedControl: number;
  analysed: number;
  aipw: number | null;
  ci: [number, number] | null;
  /** The comparison's error under this rule ("" when estimated). */
  status: string;
}

/**
 * The comparison under each rule of `TRIMMING_RULES`.
 *
 * @param configuredTrim the analysis's own rule (analysis.json's `parameters.trim`)
 */
export function trimmingRows(input: AnalysisInput, comparisonId: string, configuredTrim: TrimRule): TrimmingRow[] {
  const configured = JSON.stringify(configuredTrim);
  return TRIMMING_RULES.map(({ label, rule }) => {
    const result = analyseStudyMonth({ ...input, parameters: { ...input.parameters, trim: rule } }, { bootstrap: "skip" }).result;
    const r = result.comparisons.find((c) => c.id === comparisonId);
    if (r === undefined) throw new Error(`trimming: the analysis has no comparison ${comparisonId}`);
    return {
      rule: label,
      configured: JSON.stringify(rule) === configured,
      alpha: r.propensity?.trimThreshold ?? null,
      trimmedTreated: r.counts.trimmed.treated,
      trimmedControl: r.counts.trimmed.control,
      analysed: r.counts.analysed.total,
      aipw: r.estimates?.aipw.difference.estimate ?? null,
      ci: r.estimates?.aipw.difference.ci ?? null,
      status: r.status === "ok" ? "" : (r.error ?? ""),
    };
  });
}

/** The rows as a table (`#trimming-table`), the configured rule marked primary. */
export function trimmingTable(rows: readonly TrimmingRow[], arms: { treated: string; control: string }): HTMLElement {
  return renderTable(
    rows,
    [
      { label: "Trimming rule", field: "rule", value: (r) => r.rule + (r.configured ? " (primary)" : "") },
      { label: "α", field: "alpha", value: (r) => formatFixed(r.alpha, 4) },
      { label: `Trimmed, ${arms.treated}`, field: "trimmed-treated", value: (r) => formatInt(r.trimmedTreated) },
      { label: `Trimmed, ${arms.control}`, field: "trimmed-control", value: (r) => formatInt(r.trimmedControl) },
      { label: "Analysed", field: "analysed", value: (r) => formatInt(r.analysed) },
      { label: "AIPW", field: "aipw", value: (r) => formatEffect(r.aipw) },
      { label: "95% CI (influence function)", field: "ci", value: (r) => r.status || formatInterval(r.ci) },
    ],
    { id: "trimming-table", rowKey: (r) => r.rule, primary: (r) => r.configured },
  );
}

/** The rows as the CSV offers them (the interval as two columns). */
export const trimmingCsvRows = (rows: readonly TrimmingRow[]): Array<Record<string, unknown>> => rows.map((r) => ({ ...r, ci: undefined, ciLower: r.ci?.[0], ciUpper: r.ci?.[1] }));
