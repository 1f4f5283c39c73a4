/**
 * The cohort page's record accounting, from the snapshot's `exclusions.json`
 * (data-loaders/snapshot/exclusion-log.ts): one row per source file read, read = kept + excluded,
 * the table its kept records feed and the reasons of the excluded ones; and the record-level log
 * (file, row, subject, rule) as a download, the JSON file itself and a CSV of the excluded records.
 *
 * The arithmetic is checked again here (`accountingRows` throws on a file whose counts do not add
 * up), so a page never shows a table that contradicts itself.
 */
import { downloadCsvButton } from "./download.js";

/** What `exclusions.json` holds (the fields the page reads). */
export interface ExclusionLogFile {
  study: string;
  month: string;
  snapshot_sha256: string;
  source_kind: string;
  files: Array<{ file: string; read: number; kept: number | null; keptIn: string | null; excluded: number | null; reasons: Record<string, number> }>;
  excluded: Array<{ file: string; row: number; subject: string; rule: string; reason: string }>;
}

export interface AccountingRow {
  file: string;
  read: number;
  kept: number | null;
  keptIn: string;
  excluded: number | null;
  /** Excluded records per rule (id and words), largest first, counted from the listed records. */
  reasons: Array<{ rule: string; reason: string; n: number }>;
}

/**
 * One row per source file, reasons largest first.
 *
 * @throws Error naming the file when read ≠ kept + excluded, or the listed records disagree with the count
 * @example
 * accountingRows({ files: [{ file: "subjects.csv", read: 3, kept: 2, keptIn: "subjects", excluded: 1, reasons: { "criterion I1: Adult": 1 } }], excluded: [{ file: "subjects.csv", row: 2, subject: "P2", rule: "criterion I1", reason: "Adult" }] } as ExclusionLogFile)[0].reasons
 * // => [{ rule: "criterion I1", reason: "Adult", n: 1 }]
 */
export function accountingRows(log: Pick<ExclusionLogFile, "files" | "excluded">): AccountingRow[] {
  const listed = new Map<string, number>();
  for (const e of log.excluded) listed.set(e.file, (listed.get(e.file) ?? 0) + 1);
  return log.files.map((f) => {
    if (f.kept !== null && f.excluded !== null) {
      if (f.read !== f.kept + f.excluded) throw new Error(`exclusions.json: ${f.file}: read ${f.read} ≠ kept ${f.kept} + excluded ${f.excluded}`);
      if ((listed.get(f.file) ?? 0) !== f.excluded) throw new Error(`exclusions.json: ${f.file}: ${f.excluded} excluded but ${listed.get(f.file) ?? 0} records listed`);
    }
    const byRule = new Map<string, { rule: string; reason: string; n: number }>();
    for (const e of log.excluded) {
      if (e.file !== f.file) continue;
      const key = `${e.rule}\u0000${e.reason}`;
      const entry = byRule.get(key) ?? { rule: e.rule, reason: e.reason, n: 0 };
      entry.n += 1;
      byRule.set(key, entry);
    }
    const reasons = [...byRule.values()].sort((a, b) => b.n - a.n || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.reason < b.reason ? -1 : 1));
    return { file: f.file, read: f.read, kept: f.kept, keptIn: f.keptIn ?? "feeds column values only", excluded: f.excluded, reasons };
  });
}

const cell = (tag: "td" | "th", text: string, numeric = false): HTMLElement => {
  const el = document.createElement(tag);
  el.textContent = text;
  if (numeric) el.style.textAlign = "right";
  return el;
};

const count = (n: number | null) => (n === null ? "–" : n.toLocaleString("en-US"));

/**
 * The per-file table and the downloads.
 *
 * @param log the parsed `exclusions.json`
 * @param options `href`: the URL of `exclusions.json` (FileAttachment(…).href); `filename`: the CSV's name
 */
export function recordAccounting(log: ExclusionLogFile, options: { href: string; filename: string }): HTMLElement {
  const rows = accountingRows(log);
  const root = document.createElement("div");
  root.className = "record-accounting";
  const table = document.createElement("table");
  table.id = "record-accounting";
  table.style.fontSize = "0.85em";
  table.style.maxWidth = "100%";
  table.style.width = "100%";
  const head = document.createElement("tr");
  for (const [h, numeric] of [
    ["Source file", false],
    ["Read", true],
    ["Kept", true],
    ["Kept in", false],
    ["Excluded", true],
    ["Excluded because", false],
  ] as const)
    head.append(cell("th", h, numeric));
  table.append(head);
  for (const r of rows) {
    const tr = document.createElement("tr");
    tr.dataset.file = r.file;
    const why = document.createElement("td");
    for (const { rule, reason, n } of r.reasons) {
      const line = document.createElement("div");
      const id = document.createElement("code");
      id.textContent = rule;
      line.append(`${n.toLocaleString("en-US")} `, id, ` ${reason}`);
      why.append(line);
    }
    tr.append(cell("td", r.file), cell("td", count(r.read), true), cell("td", count(r.kept), true), cell("td", r.keptIn), cell("td", count(r.excluded), true), why);
    table.append(tr);
  }
  const excluded = log.excluded.length;
  const note = document.createElement("p");
  note.textContent = `${excluded.toLocaleString("en-US")} source records are not in the snapshot; each is listed with its file, row, subject and rule. The log belongs to the snapshot whose snapshot.json has SHA-256 ${log.snapshot_sha256.slice(0, 12)}…`;
  const json = document.createElement("a");
  json.href = options.href;
  json.download = "exclusions.json";
  json.id = "exclusion-log-json";
  json.textContent = "Download the record-level log (exclusions.json)";
  const csv = downloadCsvButton(log.excluded, options.filename, {
    columns: ["file", "row", "subject", "rule", "reason"],
    label: `Download excluded records as CSV (${excluded.toLocaleString("en-US")} rows)`,
  });
  const downloads = document.createElement("p");
  downloads.append(json, " ", csv);
  const box = document.createElement("div");
  box.className = "table-scroll";
  box.append(table);
  root.append(box, note, downloads);
  return root;
}
