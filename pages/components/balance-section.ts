/**
 * One comparison on the balance page (`section.comparison[data-comparison=<id>]`): its balance gate,
 * the love plot, the balance table, the effective sample sizes after weighting and the CSV. Every
 * number comes from the analysis result; this only lays it out.
 */
import type { ComparisonResult } from "@trial/estimators";
import { balanceTableView } from "./analysis-tables.js";
import { downloadCsvButton } from "./download.js";
import { formatFixed, formatInt } from "./format.js";
import { lovePlot } from "./love-plot.js";
import type { PlotModule } from "./plot-module.js";

function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The effective sample sizes after weighting, and how each SMD is computed. */
export function essNote(c: ComparisonResult): string | null {
  const p = c.propensity;
  if (!p) return null;
  return (
    `Effective sample size after weighting: ${formatFixed(p.ess.treated, 1)} of ${formatInt(c.counts.analysed.treated)} (${c.treated.label}), ` +
    `${formatFixed(p.ess.control, 1)} of ${formatInt(c.counts.analysed.control)} (${c.control.label}). ` +
    "Continuous covariates: SMD with the pooled unweighted SD; binary covariates and categorical levels: difference in proportions over √((p₁(1−p₁) + p₀(1−p₀))/2)."
  );
}

/**
 * @param options.threshold the balance gate's largest |SMD| (analysis.json's `parameters.gates.maxAbsSmd`)
 * @param options.filePrefix the CSV's name prefix, e.g. `CDISCPILOT01_2015-03`
 */
export function balanceSection(Plot: PlotModule, c: ComparisonResult, options: { width: number; threshold: number; filePrefix: string }): HTMLElement {
  const section = el("section", { class: "comparison", "data-comparison": c.id }, el("h2", {}, `${c.treated.label} (${c.treated.code}) vs ${c.control.label} (${c.control.code})`));
  if (c.status === "failed") section.append(el("p", { class: "gates gates-fail" }, `This comparison could not be estimated: ${c.error}`));
  const gate = c.gates.find((g) => g.id === "balance");
  if (gate) section.append(el("p", { class: gate.passed ? "muted" : "gates gates-fail", "data-gate": "balance" }, gate.message));
  section.append(el("h3", {}, "Love plot"), lovePlot(Plot, c.balance, options), el("h3", {}, "Balance table"), balanceTableView(c, options.threshold));
  const ess = essNote(c);
  if (ess) section.append(el("p", { class: "muted" }, ess));
  section.append(downloadCsvButton(c.balance as unknown as Array<Record<string, unknown>>, `${options.filePrefix}_${c.id}_balance.csv`));
  return section;
}
