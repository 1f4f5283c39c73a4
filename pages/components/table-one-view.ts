/**
 * Turns the estimator library's `tableOne` result into the rows of a printed "Table 1"
 * (characteristic, one column per arm, SMD) and renders them. Formatting only: every statistic is
 * computed by `@trial/estimators`.
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

interface ArmLabel {
  code: string;
  label: string;
}

export function tableOneRows(result: TableOneResult): TableOneRow[] {
  const rows: TableOneRow[] = [
    { characteristic: "Subjects, n", level: "", control: String(result.control.n), treated: String(result.treated.n), smd: null },
  ];
  for (const c of result.covariates) {
    const missing = (m: number) => (m > 0 ? ` [missing ${m}]` : "");
    if (c.type === "continuous") {
      rows.push({
        characteristic: `${c.name}, mean (SD)`,
        level: "",
        control: formatMeanSd(c.control.mean ?? Number.NaN, c.control.sd ?? Number.NaN) + missing(c.control.missing),
        treated: formatMeanSd(c.treated.mean ?? Number.NaN, c.treated.sd ?? Number.NaN) + missing(c.treated.missing),
        smd: c.smd,
      });
    } else if (c.type === "binary") {
      rows.push({
        characteristic: `${c.name} = ${String(c.positive)}, n (%)`,
        level: "",
        control: formatCountPercent(c.control.count, c.control.n) + missing(c.control.missing),
        treated: formatCountPercent(c.treated.count, c.treated.n) + missing(c.treated.missing),
        smd: c.smd,
      });
    } else {
      rows.push({ characteristic: `${c.name}, n (%)`, level: "", control: missing(c.control.missing).trim(), treated: missing(c.treated.missing).trim(), smd: c.smd });
      for (const level of c.levels) {
        rows.push({
          characteristic: c.name,
          level: String(level.level),
          control: formatCountPercent(level.control.count, c.control.n),
          treated: formatCountPercent(level.treated.count, c.treated.n),
          smd: level.smd,
        });
      }
    }
  }
  return rows;
}

export function renderTableOne(rows: TableOneRow[], arms: { control: ArmLabel; treated: ArmLabel }, threshold = 0.1): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  const table = document.createElement("table");
  table.className = "table-one";
  table.id = "table-one";
  const head = table.createTHead().insertRow();
  for (const text of ["Characteristic", `${arms.control.label} (${arms.control.code})`, `${arms.treated.label} (${arms.treated.code})`, "SMD"]) {
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
    tr.insertCell().textContent = r.control;
    tr.insertCell().textContent = r.treated;
    const smd = tr.insertCell();
    smd.textContent = r.smd === null ? "" : formatFixed(r.smd, 3);
    smd.className = "smd";
    if (r.smd !== null && Math.abs(r.smd) >= threshold) smd.classList.add("smd-flag");
  }
  wrap.append(table);
  return wrap;
}
