/**
 * One comparison of the primary analysis as the analysis page shows it
 * (`section.comparison[data-comparison=<id>]`): the estimand, the subject counts, the covariates
 * (and pooled levels), then the AIPW headline cards, the estimates table and chart, the CSV, any
 * bootstrap failure, and the per-arm outcome models. Every number comes from the analysis result
 * (the browser's run or analysis.json); this only lays it out.
 */
import type { AnalysisResult, ComparisonResult } from "@trial/estimators";
import { coefficientsTable, countsTable, estimandView, estimateRows, estimatesTable, formatEffect, formatInterval } from "./analysis-tables.js";
import { downloadCsvButton } from "./download.js";
import { estimatesChart } from "./estimates-chart.js";
import { formatInt } from "./format.js";
import type { PlotModule } from "./plot-module.js";

function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The covariates of the two models, and the levels pooled for having too few subjects in an arm. */
export function designNote(c: ComparisonResult): string {
  const pooled = c.pooledLevels.map((p) => ` Levels of ${p.covariate} with fewer than ${p.poolBelow} subjects in an arm pooled into “${p.into}”: ${p.levels.join(", ")}.`);
  return `Model covariates (propensity and outcome models): ${c.designColumns.join(", ") || "none"}.${pooled.join("")}`;
}

/** The bootstrap card's text: the percentile interval, "failed", or "computing…" while the workers run. */
export function bootstrapText(c: ComparisonResult): string {
  if (c.bootstrap) return `${formatEffect(c.bootstrap.difference.percentile[0])} to ${formatEffect(c.bootstrap.difference.percentile[1])}`;
  return c.bootstrapError ? "failed" : "computing…";
}

function headlineCards(c: ComparisonResult, outcomeType: AnalysisResult["outcome"]["type"]): HTMLElement {
  const a = c.estimates!.aipw;
  const card = (title: string, field: string, text: string, small: boolean) =>
    el("div", { class: "card" }, el("h2", {}, title), el("span", { class: "big", "data-field": field, ...(small ? { style: "font-size:1.2rem" } : {}) }, text));
  return el(
    "div",
    { class: "grid grid-cols-3" },
    card(`AIPW ${outcomeType === "binary" ? "risk" : "mean"} difference`, "headline-estimate", formatEffect(a.difference.estimate), false),
    card("95% CI, influence function", "headline-ci", formatInterval(a.difference.ci), true),
    card("95% CI, bootstrap (percentile)", "headline-bootstrap", bootstrapText(c), true),
  );
}

/** The estimates as the CSV offers them. */
const csvRows = (c: ComparisonResult) =>
  estimateRows(c).map((r) => ({
    method: r.method,
    interval: r.interval,
    estimate: r.estimate,
    se: r.se,
    ciLower: r.ci?.[0],
    ciUpper: r.ci?.[1],
    riskRatio: r.riskRatio?.estimate,
    oddsRatio: r.oddsRatio?.estimate,
  }));

/**
 * @param options.filePrefix the CSV's name prefix, e.g. `CDISCPILOT01_2015-03`
 */
export function comparisonSection(Plot: PlotModule, c: ComparisonResult, result: AnalysisResult, options: { width: number; filePrefix: string }): HTMLElement {
  const type = result.outcome.type;
  const section = el("section", { class: "comparison", "data-comparison": c.id }, el("h2", {}, `${c.treated.label} (${c.treated.code}) vs ${c.control.label} (${c.control.code})`));
  section.append(el("h3", {}, "Estimand"), estimandView(c), el("h3", {}, "Subjects"), countsTable(c));
  const statuses = Object.entries(c.missingOutcomeByStatus);
  if (statuses.length) section.append(el("p", { class: "muted" }, `Without the outcome, by status at the cut: ${statuses.map(([s, n]) => `${s} ${formatInt(n)}`).join(", ")}.`));
  section.append(el("p", { class: "muted", "data-field": "design-columns" }, designNote(c)));
  if (c.status === "failed" || c.estimates === null) {
    section.append(el("p", { class: "gates gates-fail" }, `This comparison could not be estimated: ${c.error}`));
    return section;
  }
  const xLabel = `${type === "binary" ? "Risk" : "Mean"} difference, ${c.treated.code} − ${c.control.code}`;
  section.append(headlineCards(c, type), el("h3", {}, "Estimates"), estimatesTable(c, type, result.parameters.level));
  section.append(estimatesChart(Plot, estimateRows(c), { width: options.width, xLabel }), downloadCsvButton(csvRows(c), `${options.filePrefix}_${c.id}_estimates.csv`));
  if (c.bootstrapError) section.append(el("p", { class: "gates gates-fail" }, `The bootstrap interval could not be computed: ${c.bootstrapError}`));
  if (c.bootstrap && c.bootstrap.failures > 0)
    section.append(el("p", { class: "gates gates-fail" }, `${c.bootstrap.failures} bootstrap replicate(s) failed: ${c.bootstrap.failureMessages.join("; ")}`));
  if (c.outcomeModels) {
    const m = c.outcomeModels;
    const details = el("details", {}, el("summary", {}, "Outcome models (one per arm, for regression adjustment and AIPW)"));
    details.append(
      el("h4", {}, c.treated.label),
      coefficientsTable(m.treated, `outcome-treated-${c.id}`),
      el("h4", {}, c.control.label),
      coefficientsTable(m.control, `outcome-control-${c.id}`),
    );
    section.append(details);
  }
  return section;
}
