/**
 * Turns the estimator library's `tableOne` results into the rows of a printed "Table 1"
 * (characteristic, one column per arm, SMD of each treated arm vs control) and renders them.
 * Formatting only: every statistic is computed by `@trial/estimators`. A study with several
 * treated arms passes one `tableOne` result per treated arm (each against the same control).
 */
import type { TableOneResult } from "@trial/estimators";
import { formatCountPercent, formatFixed, formatMeanSd } from "./format.js";

export interface TableOneRow {
  characteristic: string;
  level: string;
  control: string;
  treated: string;
  smd: number | null;
}

/** A Table 1 row over any number of arms: `values[0]` is control, then each treated arm; one SMD per treated arm. */
export interface TableOneArmsRow {
  characteristic: string;
  level: string;
  values: string[];
  smds: Array<number | null>;
}

interface ArmLabel {
  code: string;
  label: string;
}

type Covariate = TableOneResult["covariates"][number];
type Side = "control" | "treated";

const missing = (m: number) => (m > 0 ? ` [missing ${m}]` : "");

/** The formatted cell of one covariate (heading row) for one side of a comparison. */
function headingCell(c: Covariate, side: Side): string {
  if (c.type === "continuous") return formatMeanSd(c[side].mean ?? Number.NaN, c[side].sd ?? Number.NaN) + missing(c[side].missing);
  if (c.type === "binary") return formatCountPercent(c[side].count, c[side].n) + missing(c[side].missing);
  return missing(c[side].missing).trim();
}

function headingLabel(c: Covariate): string {
  if (c.type === "continuous") return `${c.name}, mean (SD)`;
  if (c.type === "binary") return `${c.name} = ${String(c.positive)}, n (%)`;
  return `${c.name}, n (%)`;
}

/**
 * Rows of a Table 1 over control and one or more treated arms.
 * @param results one `tableOne` result per treated arm, in arm order, all against the same control
 */
export function tableOneArmsRows(results: readonly TableOneResult[]): TableOneArmsRow[] {
  const first = results[0];
  if (!first) return [];
  const pick = <T>(side: (r: TableOneResult) => T) => results.map(side);
  const rows: TableOneArmsRow[] = [
    { characteristic: "Subjects, n", level: "", values: [String(first.control.n), ...pick((r) => String(r.treated.n))], smds: results.map(() => null) },
  ];
  first.covariates.forEach((c, k) => {
    const each = results.map((r) => r.covariates[k] as Covariate);
    rows.push({ characteristic: headingLabel(c), level: "", values: [headingCell(c, "control"), ...each.map((x) => headingCell(x, "treated"))], smds: each.map((x) => x.smd) });
    if (c.type !== "categorical") return;
    // Levels are matched by value: a level seen in any comparison gets a row (count 0 where absent).
    const categorical = each.filter((x): x is Covariate & { type: "categorical" } => x.type === "categorical");
    const levelValues = [...new Set(categorical.flatMap((x) => x.levels.map((l) => l.level)))];
    for (const value of levelValues) {
      const levels = each.map((x) => (x.type === "categorical" ? x.levels.find((l) => l.level === value) : undefined));
      const withControl = levels.find((l) => l !== undefined);
      rows.push({
        characteristic: c.name,
        level: String(value),
        values: [
          withControl ? formatCountPercent(withControl.control.count, c.control.n) : "",
          ...levels.map((l, i) => formatCountPercent(l?.treated.count ?? 0, (each[i] as Covariate & { type: "categorical" }).treated.n)),
        ],
        smds: levels.map((l) => l?.smd ?? null),
      });
    }
  });
  return rows;
}

/** Rows of a two-arm Table 1 (control, treated, SMD), e.g. for the CSV download. */
export function tableOneRows(result: TableOneResult): TableOneRow[] {
  return tableOneArmsRows([result]).map((r) => ({
    characteristic: r.characteristic,
    level: r.level,
    control: r.values[0] ?? "",
    treated: r.values[1] ?? "",
    smd: r.smds[0] ?? null,
  }));
}

/** Flat records of a multi-arm Table 1 for CSV: one column per arm and one SMD column per treated arm. */
export function tableOneArmsRecords(rows: readonly TableOneArmsRow[], arms: readonly ArmLabel[]): Array<Record<string, string | number | null>> {
  const [control, ...treated] = arms;
  return rows.map((r) => ({
    characteristic: r.characteristic,
    level: r.level,
    ...Object.fromEntries(arms.map((a, i) => [a.code, r.values[i] ?? ""])),
    ...Object.fromEntries(treated.map((a, i) => [`smd_${a.code}_vs_${control?.code ?? "control"}`, r.smds[i] ?? null])),
  }));
}

/** Renders a Table 1 over `arms` (control first); one SMD column per treated arm. */
export function renderTableOneArms(rows: readonly TableOneArmsRow[], arms: readonly ArmLabel[], threshold = 0.1): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  const table = document.createElement("table");
  table.className = "table-one";
  table.id = "table-one";
  const head = table.createTHead().insertRow();
  const [control, ...treated] = arms;
  const smdHeadings = treated.length === 1 ? ["SMD"] : treated.map((a) => `SMD ${a.code} vs ${control?.code ?? ""}`);
  for (const text of ["Characteristic", ...arms.map((a) => `${a.label} (${a.code})`), ...smdHeadings]) {
    const th = document.createElement("th");
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    tr.dataset.characteristic = r.level ? `${r.characteristic}=${r.level}` : r.characteristic;
    const first = tr.insertCell();
    first.textContent = r.level || r.characteristic;
    if (r.level) first.className = "level";
    r.values.forEach((v, i) => {
      const td = tr.insertCell();
      td.textContent = v;
      td.dataset.armColumn = arms[i]?.code ?? "";
    });
    for (const value of r.smds) {
      const smd = tr.insertCell();
      smd.textContent = value === null ? "" : formatFixed(value, 3);
      smd.className = "smd";
      if (value !== null && Math.abs(value) >= threshold) smd.classList.add("smd-flag");
    }
  }
  wrap.append(table);
  return wrap;
}

/** Renders a two-arm Table 1. */
export function renderTableOne(rows: TableOneRow[], arms: { control: ArmLabel; treated: ArmLabel }, threshold = 0.1): HTMLElement {
  const multi = rows.map((r) => ({ characteristic: r.characteristic, level: r.level, values: [r.control, r.treated], smds: [r.smd] }));
  return renderTableOneArms(multi, [arms.control, arms.treated], threshold);
}
