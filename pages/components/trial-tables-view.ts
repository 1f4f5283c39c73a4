/**
 * The Trial tables page's pieces: one CSR-style table as the CSR lays it out (number, title,
 * population, column headers with N per arm, rows, footnotes) with its CSV and RTF downloads, the
 * list of tables that do not apply, and the agreement of the build's `trial-tables.json` with the
 * tables recomputed in this browser (the site's one rule, agreement.ts).
 */
import { agreementBadge, agreementErrorBadge, compareResults, type Agreement, type Engines } from "./agreement.js";

export interface TableCell {
  value: number | null;
  text: string;
  parts?: Readonly<Record<string, number>>;
}
export interface TrialTable {
  id: string;
  title: string;
  population: string;
  columns: string[];
  rows: Array<{ cells: TableCell[]; blank?: boolean }>;
  footnotes: string[];
}
export interface TrialTablesDocument {
  study: string;
  month: string;
  note: string;
  tables: TrialTable[];
  omitted: Array<{ id: string; title: string; reason: string }>;
  /** Present in the locked view (src/analysis/locked-views.ts): the threshold and how many cells it hides. */
  locked?: { threshold: number; suppressed: number };
}

/** The URLs of a table's built CSV and RTF files. */
export interface TableDownloads {
  csv: string;
  rtf: string;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};

function downloadLink(href: string, filename: string, label: string): HTMLAnchorElement {
  const a = el("a", label, "download-table");
  a.href = href;
  a.download = filename;
  return a;
}

/**
 * One table as the CSR prints it (`section.trial-table[data-table=<id>]`). A table of the locked
 * view (`locked/trial-tables.json`: cells of fewer than 5 subjects suppressed by the build, no
 * downloads) is marked `.suppressed`; the page draws the full table once the reader unlocks it.
 *
 * @param prefix file-name prefix of the downloads, e.g. `CDISCPILOT01_2026-01`
 */
export function trialTableView(table: TrialTable, downloads: TableDownloads | null, prefix: string, options: { locked?: boolean } = {}): HTMLElement {
  const section = renderTrialTable(table, options.locked ? null : downloads, prefix);
  if (options.locked) section.classList.add("suppressed");
  return section;
}

function renderTrialTable(table: TrialTable, downloads: TableDownloads | null, prefix: string): HTMLElement {
  const section = el("section", undefined, "trial-table");
  section.dataset.table = table.id;
  section.append(el("h2", `Table ${table.id}`), el("p", table.title, "csr-title"), el("p", `Population: ${table.population}`, "muted csr-population"));
  const scroller = el("div", undefined, "csr-scroll");
  const t = el("table", undefined, "csr");
  const thead = el("thead");
  const head = el("tr");
  for (const c of table.columns) head.append(el("th", c));
  thead.append(head);
  const tbody = el("tbody");
  // Leading columns that hold no number in any row are labels (14-3.13's "Assessment"): left-aligned.
  let labelColumns = 1;
  while (labelColumns < table.columns.length - 1 && table.rows.every((r) => r.cells[labelColumns]?.value === null)) labelColumns++;
  for (const row of table.rows) {
    const tr = el("tr", undefined, row.blank ? "blank" : undefined);
    row.cells.forEach((c, j) => {
      const td = el("td", c.text, j === 0 ? "label" : j < labelColumns ? "stat" : c.value === null ? undefined : "num");
      tr.append(td);
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  scroller.append(t);
  section.append(scroller);
  const notes = el("ol", undefined, "csr-footnotes");
  for (const f of table.footnotes) notes.append(el("li", f));
  section.append(notes);
  if (downloads) {
    const p = el("p", undefined, "csr-downloads");
    p.append(downloadLink(downloads.csv, `${prefix}_${table.id}.csv`, "Download CSV"), " ", downloadLink(downloads.rtf, `${prefix}_${table.id}.rtf`, "Download RTF"));
    section.append(p);
  }
  return section;
}

/** The tables that do not apply to this study-month, each with its reason (`#tables-omitted`). */
export function omittedTablesView(doc: TrialTablesDocument): HTMLElement {
  const box = el("div");
  box.id = "tables-omitted";
  if (doc.omitted.length === 0) return box;
  box.append(el("h2", "Tables not produced"));
  const ul = el("ul");
  for (const o of doc.omitted) {
    const li = el("li");
    li.dataset.table = o.id;
    li.append(el("strong", `Table ${o.id} (${o.title}): `), o.reason);
    ul.append(li);
  }
  box.append(ul);
  return box;
}

/** The build's document against the browser's, every number and string (through JSON, as the build wrote it). */
export function checkTablesAgreement(stored: TrialTablesDocument, recomputed: TrialTablesDocument): Agreement {
  return compareResults(stored, JSON.parse(JSON.stringify(recomputed)));
}

const WHAT = "every number and printed cell of the trial tables";

/** The visible check (`#tables-agreement`). */
export function tablesAgreementBadge(agreement: Agreement, engines: Engines): HTMLElement {
  return agreementBadge(agreement, { id: "tables-agreement", what: WHAT, engines });
}

/** The check when the browser's recomputation threw: it cannot pass. */
export function tablesAgreementErrorBadge(error: unknown): HTMLElement {
  return agreementErrorBadge(error, { id: "tables-agreement", what: "the trial tables" });
}

/** The N of each arm in a table header such as "Placebo (N=86)", in column order. */
export function armNs(table: TrialTable): number[] {
  return table.columns
    .map((c) => /\(N=(\d+)\)/.exec(c))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
}
