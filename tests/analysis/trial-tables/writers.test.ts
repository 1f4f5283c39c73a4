/**
 * The CSV (RFC 4180) and RTF writers of trial tables, on a demographics table of synthetic
 * subjects: the CSV's quoting, line ends and unrounded values; the RTF's well-formedness
 * (balanced braces outside escapes, one \row per table row plus the header, \cellx per cell)
 * and its text (control words stripped) holding the printed numbers, title and footnotes.
 */
import { describe, expect, it } from "vitest";
import { csvField, tableToCsv } from "../../../src/analysis/trial-tables/csv-writer.ts";
import { demographicsTable } from "../../../src/analysis/trial-tables/demographics-table.ts";
import { rtfEscape, tableToRtf } from "../../../src/analysis/trial-tables/rtf-writer.ts";
import type { TrialTable } from "../../../src/analysis/trial-tables/trial-table.ts";

const study = {
  arms: [
    { code: "PBO", label: "Placebo", role: "control" as const },
    { code: "TRT", label: "Drug {A}, 10 mg", role: "treated" as const },
  ],
};
const subjects = Array.from({ length: 40 }, (_, i) => ({ arm: i % 2 === 0 ? "PBO" : "TRT", age: 40 + ((i * 7) % 23), sex: i % 3 === 0 ? "F" : "M" }));
const table: TrialTable = demographicsTable(subjects, study, [
  { kind: "continuous", column: "age", label: "Age (y)" },
  {
    kind: "categorical",
    column: "sex",
    label: "Sex",
    showN: true,
    levels: [
      { value: "M", label: "Male" },
      { value: "F", label: 'Female \u2265 "50"' },
    ],
  },
]);

/** Whether the braces of an RTF text balance (escaped \{ \} \\ skipped) and never go below 0. */
function balanced(rtf: string): boolean {
  let depth = 0;
  for (let i = 0; i < rtf.length; i++) {
    const ch = rtf[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The RTF as plain text: groups' braces, control words and escapes removed. */
function plainText(rtf: string): string {
  return (
    rtf
      .replace(/\\u(-?\d+)\?/g, (_, n: string) => String.fromCharCode(Number(n) < 0 ? Number(n) + 0x10000 : Number(n)))
      .replace(/\\([{}\\])/g, (_, c: string) => `\u0000${c.charCodeAt(0)}\u0000`)
      .replace(/\\[a-z]+-?\d* ?/g, " ")
      .replace(/[{}]/g, "")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the code points put aside above
      .replace(/\u0000(\d+)\u0000/g, (_, c: string) => String.fromCharCode(Number(c)))
  );
}

describe("CSV writer", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvField("a")).toBe("a");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
  });

  it("writes a header and one CRLF line per row, text or unrounded values", () => {
    const csv = tableToCsv(table);
    const lines = csv.split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(table.rows.length + 2);
    expect(lines[0]).toBe(',,Placebo (N=20),"Drug {A}, 10 mg (N=20)",Total (N=40),p-value [1]');
    expect(lines[2]).toMatch(/^,Mean,\d+\.\d,\d+\.\d,\d+\.\d,$/);
    expect(csv).toContain('"Female ≥ ""50"""');
    const values = tableToCsv(table, { content: "value" }).split("\r\n");
    expect(values[2]!.split(",")[2]).toBe(String(table.rows[1]!.cells[2]!.value));
  });
});

describe("RTF writer", () => {
  const rtf = tableToRtf(table, { header: ["Protocol: TEST-01"] });

  it("is one balanced RTF 1 group with one \\row per table row and the header", () => {
    expect(rtf.startsWith("{\\rtf1\\ansi")).toBe(true);
    expect(rtf.trimEnd().endsWith("}")).toBe(true);
    expect(balanced(rtf)).toBe(true);
    expect(rtf.match(/\\row\b/g)).toHaveLength(table.rows.length + 1);
    expect(rtf.match(/\\trowd/g)).toHaveLength(table.rows.length + 1);
    expect(rtf.match(/\\cellx\d+/g)).toHaveLength((table.rows.length + 1) * table.columns.length);
    expect(rtf.match(/\\cell\b/g)).toHaveLength((table.rows.length + 1) * table.columns.length);
    expect(rtf).toContain("\\trhdr");
    expect(rtf).toContain("Courier New");
  });

  it("reads as text with the title, the arms, every printed number and the footnotes", () => {
    const text = plainText(rtf);
    expect(text).toContain("Table 14-2.01");
    expect(text).toContain("Summary of Demographic and Baseline Characteristics");
    expect(text).toContain("Drug {A}, 10 mg (N=20)");
    expect(text).toContain('Female ≥ "50"');
    for (const row of table.rows) for (const cell of row.cells) if (cell.text !== "") expect(text).toContain(cell.text);
    expect(text).toContain(table.footnotes[0]!);
  });

  it("escapes braces, backslashes and non-ASCII characters", () => {
    expect(rtfEscape("a{b}\\c")).toBe("a\\{b\\}\\\\c");
    expect(rtfEscape("≥")).toBe("\\u8805?");
    expect(rtfEscape("\u{1F600}")).toBe("\\u-10179?\\u-8704?");
    expect(rtfEscape("a\nb")).toBe("a\\line b");
  });
});
