/**
 * Tables of the primary analysis (propensity, balance and analysis pages): formatting only, every
 * number comes from `analyseStudyMonth` (the browser's run or analysis.json). Cells carry
 * `data-field` attributes so that tests can find a number without parsing the layout.
 */
import { exp } from "@trial/estimators";
import type { AnalysisResult, BalanceRow, CoefficientRow, ComparisonResult, EffectMeasure } from "@trial/estimators";
import { formatFixed, formatInt } from "./format.js";

/** An effect, SE or interval bound: 4 decimals. */
export const formatEffect = (x: number | null | undefined): string => formatFixed(x, 4);
export const formatInterval = (ci: readonly [number, number] | null | undefined): string => (ci ? `${formatEffect(ci[0])} to ${formatEffect(ci[1])}` : "–");

export interface Column<R> {
  label: string;
  /** `data-field` of the cells. */
  field: string;
  value: (row: R) => string;
  flag?: (row: R) => boolean;
}

/** A plain HTML table with `data-field` cells and an optional `data-row` key per row. */
export function renderTable<R>(
  rows: readonly R[],
  columns: ReadonlyArray<Column<R>>,
  options: { id?: string; rowKey?: (row: R) => string; primary?: (row: R) => boolean } = {},
): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  const table = document.createElement("table");
  table.className = "analysis-table";
  if (options.id) table.id = options.id;
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.textContent = c.label;
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    if (options.rowKey) tr.dataset.row = options.rowKey(r);
    if (options.primary?.(r)) tr.className = "primary";
    for (const c of columns) {
      const td = tr.insertCell();
      td.dataset.field = c.field;
      td.textContent = c.value(r);
      if (c.flag?.(r)) td.className = "flag";
    }
  }
  wrap.append(table);
  return wrap;
}

/** The estimand's attributes as a definition list. */
export function estimandView(c: ComparisonResult): HTMLElement {
  const dl = document.createElement("dl");
  dl.className = "estimand";
  dl.dataset.comparison = c.id;
  const items: Array<[string, string]> = [
    ["Population", c.estimand.population],
    ["Treatment", c.estimand.treatment],
    ["Outcome", c.estimand.outcome],
    ["Summary measure", c.estimand.summaryMeasure],
    ["Missing outcomes and intercurrent events", c.estimand.intercurrentEvents],
  ];
  for (const [term, text] of items) {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = text;
    dl.append(dt, dd);
  }
  return dl;
}

export interface CountRow {
  group: string;
  treated: number;
  control: number;
  total: number;
}

/** Subjects in the two arms, excluded (no outcome; a missing covariate), trimmed and analysed. */
export function countRows(c: ComparisonResult): CountRow[] {
  const k = c.counts;
  return [
    { group: "In the two arms at the cut", ...k.inArms },
    { group: "Without the outcome (excluded)", ...k.missingOutcome },
    { group: "With a missing covariate (excluded)", ...k.missingCovariates },
    { group: "Trimmed (propensity outside the bounds)", ...k.trimmed },
    { group: "Analysed", ...k.analysed },
  ];
}

export function countsTable(c: ComparisonResult): HTMLElement {
  return renderTable(
    countRows(c),
    [
      { label: "Subjects", field: "group", value: (r) => r.group },
      { label: `${c.treated.label} (${c.treated.code})`, field: "treated", value: (r) => formatInt(r.treated) },
      { label: `${c.control.label} (${c.control.code})`, field: "control", value: (r) => formatInt(r.control) },
      { label: "Total", field: "total", value: (r) => formatInt(r.total) },
    ],
    { id: `counts-${c.id}`, rowKey: (r) => r.group },
  );
}

export interface EstimateRow {
  key: string;
  method: string;
  interval: string;
  estimate: number;
  se: number | null;
  ci: [number, number] | null;
  riskRatio: EffectMeasure | null;
  oddsRatio: EffectMeasure | null;
}

/**
 * One row per estimate and interval: AIPW with its influence-function interval, AIPW with the
 * bootstrap percentile and BCa intervals (when computed), regression adjustment, IPW (HT, Hájek).
 */
export function estimateRows(c: ComparisonResult): EstimateRow[] {
  const e = c.estimates;
  if (e === null) return [];
  const row = (key: string, m: typeof e.aipw, interval: string): EstimateRow => ({
    key,
    method: m.label,
    interval,
    estimate: m.difference.estimate,
    se: m.difference.se,
    ci: m.difference.ci,
    riskRatio: m.riskRatio,
    oddsRatio: m.oddsRatio,
  });
  const rows: EstimateRow[] = [row("aipw", e.aipw, "influence function (Wald)")];
  const b = c.bootstrap;
  if (b !== null) {
    const boot = (key: string, interval: string, ci: [number, number] | null, rr: [number, number] | null | undefined, or: [number, number] | null | undefined): EstimateRow => ({
      ...row(key, e.aipw, interval),
      se: b.difference.se,
      ci,
      riskRatio: e.aipw.riskRatio === null ? null : { estimate: e.aipw.riskRatio.estimate, se: b.riskRatio?.se ?? null, ci: rr ?? null },
      oddsRatio: e.aipw.oddsRatio === null ? null : { estimate: e.aipw.oddsRatio.estimate, se: b.oddsRatio?.se ?? null, ci: or ?? null },
    });
    rows.push(boot("aipw-bootstrap-percentile", `bootstrap percentile (B = ${b.used})`, b.difference.percentile, b.riskRatio?.percentile, b.oddsRatio?.percentile));
    rows.push(boot("aipw-bootstrap-bca", `bootstrap BCa (B = ${b.used})`, b.difference.bca, b.riskRatio?.bca, b.oddsRatio?.bca));
  }
  rows.push(row("g-computation", e.gComputation, "none analytic"), row("ipw-ht", e.ipwHt, "influence function (Wald)"), row("ipw-hajek", e.ipwHajek, "influence function (Wald)"));
  return rows;
}

export function estimatesTable(c: ComparisonResult, outcomeType: AnalysisResult["outcome"]["type"], level: number): HTMLElement {
  const pct = `${Math.round(level * 100)}%`;
  const measure = outcomeType === "binary" ? "Risk difference" : "Mean difference";
  const columns: Array<Column<EstimateRow>> = [
    { label: "Method", field: "method", value: (r) => r.method },
    { label: "Interval", field: "interval", value: (r) => r.interval },
    { label: measure, field: "estimate", value: (r) => formatEffect(r.estimate) },
    { label: "SE", field: "se", value: (r) => formatEffect(r.se) },
    { label: `${pct} CI`, field: "ci", value: (r) => formatInterval(r.ci) },
  ];
  if (outcomeType === "binary") {
    columns.push(
      { label: "Risk ratio", field: "rr", value: (r) => formatEffect(r.riskRatio?.estimate) },
      { label: `RR ${pct} CI`, field: "rr-ci", value: (r) => formatInterval(r.riskRatio?.ci) },
      { label: "Odds ratio", field: "or", value: (r) => formatEffect(r.oddsRatio?.estimate) },
      { label: `OR ${pct} CI`, field: "or-ci", value: (r) => formatInterval(r.oddsRatio?.ci) },
    );
  }
  return renderTable(estimateRows(c), columns, { id: `estimates-${c.id}`, rowKey: (r) => r.key, primary: (r) => r.key === "aipw" });
}

/** Coefficients with SE, z and (for the logistic propensity model) the odds ratio. */
export function coefficientsTable(rows: readonly CoefficientRow[], id: string, options: { oddsRatio?: boolean } = {}): HTMLElement {
  const columns: Array<Column<CoefficientRow>> = [
    { label: "Term", field: "name", value: (r) => r.name },
    { label: "Coefficient", field: "estimate", value: (r) => formatEffect(r.estimate) },
    { label: "SE", field: "se", value: (r) => formatEffect(r.se) },
    { label: "z", field: "z", value: (r) => (r.se ? formatFixed(r.estimate / r.se, 2) : "–") },
  ];
  if (options.oddsRatio) columns.push({ label: "Odds ratio", field: "or", value: (r) => (r.name === "(Intercept)" ? "–" : formatFixed(exp(r.estimate), 3)) });
  return renderTable(rows, columns, { id, rowKey: (r) => r.name });
}

/** The balance table, |SMD| ≥ threshold flagged. */
export function balanceTableView(c: ComparisonResult, threshold: number): HTMLElement {
  const flag = (v: number | null) => v === null || Math.abs(v) >= threshold;
  return renderTable<BalanceRow>(
    c.balance,
    [
      { label: "Covariate", field: "column", value: (r) => r.column },
      { label: "Type", field: "type", value: (r) => r.type },
      { label: "SMD before", field: "smd-before", value: (r) => formatFixed(r.smdBefore, 3), flag: (r) => flag(r.smdBefore) },
      { label: "SMD after weighting", field: "smd-after", value: (r) => formatFixed(r.smdAfter, 3), flag: (r) => flag(r.smdAfter) },
      { label: "Variance ratio before", field: "vr-before", value: (r) => formatFixed(r.varianceRatioBefore, 3) },
      { label: "Variance ratio after", field: "vr-after", value: (r) => formatFixed(r.varianceRatioAfter, 3) },
    ],
    { id: `balance-${c.id}`, rowKey: (r) => r.column },
  );
}
