/**
 * A trial table as an RTF 1.x document: a small writer, written here rather than taken from npm
 * because the registry's RTF packages (`rtf` 0.0.4 and its forks `node-rtf` 0.0.5 and `jsrtf`)
 * are unmaintained pre-1.0 libraries for styled text whose table support is minimal, and
 * `@office-open/rtf` is a young general document model; a CSR table needs only rows of plain
 * cells, which RTF expresses directly:
 *
 * - `{\rtf1\ansi\ansicpg1252\deff0 …}` with one font, Courier New (`\fmodern`), so that columns
 *   padded with spaces line up as in the CSR's monospace listings; landscape US letter, 1" margins.
 * - The table number, title and population as centred paragraphs; the footnotes after the table.
 * - Each table row is `\trowd` + one `\cellx<right edge in twips>` per cell + `\pard\intbl <text>\cell`
 *   per cell + `\row` (RTF 1.9.1 spec, "Table Definitions"); the header row repeats on every page
 *   (`\trhdr`) and has a bottom border; blank separator rows are empty rows.
 * - Text is escaped: `\`, `{`, `}` with a backslash, characters above 0x7F as `\uN?` (N the signed
 *   16-bit code unit), line breaks as `\line`.
 *
 * Column widths follow the longest text of each column at the font's fixed advance (0.6 em),
 * scaled down to the page width when they do not fit.
 */
import type { TrialTable } from "./trial-table.ts";

export interface RtfOptions {
  /** Font size in points (default 9). */
  fontSize?: number;
  /** Lines printed above the title (e.g. "Protocol: CDISCPILOT01"). */
  header?: string[];
}

/** RTF text escaping (per UTF-16 code unit, so astral characters become a surrogate pair of \u escapes). */
export function rtfEscape(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const ch = text[i]!;
    if (ch === "\\" || ch === "{" || ch === "}") out += `\\${ch}`;
    else if (ch === "\n") out += "\\line ";
    else if (ch === "\r") continue;
    else if (unit > 0x7f) out += `\\u${unit > 0x7fff ? unit - 0x10000 : unit}?`;
    else out += ch;
  }
  return out;
}

const PAGE_WIDTH = 15840;
const MARGIN = 1440;

export function tableToRtf(table: TrialTable, options: RtfOptions = {}): string {
  const size = options.fontSize ?? 9;
  const charTwips = Math.ceil(0.6 * size * 20);
  const pad = 120;
  const all = [table.columns, ...table.rows.map((r) => r.cells.map((c) => c.text))];
  let widths = table.columns.map((_, j) => Math.max(...all.map((cells) => (cells[j] ?? "").length), 1) * charTwips + 2 * pad);
  const available = PAGE_WIDTH - 2 * MARGIN;
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > available) widths = widths.map((w) => Math.floor((w * available) / total));
  const edges: number[] = [];
  widths.reduce((at, w) => {
    edges.push(at + w);
    return at + w;
  }, 0);

  const row = (cells: string[], header: boolean): string => {
    const defs = edges.map((e) => `${header ? "\\clbrdrb\\brdrs\\brdrw10" : ""}\\clvertalb\\cellx${e}`).join("");
    const body = cells.map((c, j) => `\\pard\\intbl\\${j === 0 ? "ql" : "qc"}${header ? "\\b" : ""} ${rtfEscape(c)}${header ? "\\b0" : ""}\\cell`).join("\n");
    return `{\\trowd\\trgaph${pad}\\trleft0${header ? "\\trhdr" : ""}${defs}\n${body}\n\\row}`;
  };
  const para = (text: string, align: "qc" | "ql"): string => `{\\pard\\${align} ${rtfEscape(text)}\\par}`;
  return [
    `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fmodern\\fcharset0 Courier New;}}`,
    `\\paperw${PAGE_WIDTH}\\paperh12240\\landscape\\margl${MARGIN}\\margr${MARGIN}\\margt${MARGIN}\\margb${MARGIN}\\f0\\fs${size * 2}`,
    ...(options.header ?? []).map((h) => para(h, "ql")),
    para(`Table ${table.id}`, "qc"),
    para(table.title, "qc"),
    para(`Population: ${table.population}`, "qc"),
    row(table.columns, true),
    ...table.rows.map((r) =>
      row(
        r.cells.map((c) => c.text),
        false,
      ),
    ),
    `{\\pard\\par}`,
    ...table.footnotes.map((f) => para(f, "ql")),
    "}",
  ].join("\n");
}
