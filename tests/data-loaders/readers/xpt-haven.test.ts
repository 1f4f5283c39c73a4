/**
 * The XPT reader against R: every CDISC pilot XPT file, read by our reader and by R haven
 * (`tests/reference/readers/haven-reference.R`, digests committed in `expected/`), must agree on
 * member name, dataset label, row count, variable names, labels, types, lengths, positions,
 * formats and informats, missing counts, special missing values, and every value bit for bit
 * (SHA-256 of each column), dates also as ISO 8601 text.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sasFormatKind, toIsoDateView } from "../../../data-loaders/readers/sas-dates.ts";
import { readXpt, type XptMember } from "../../../data-loaders/readers/xpt.ts";
import { formatSpec } from "../../../data-loaders/readers/xpt-header.ts";
import { cdiscDataDir, repoRoot } from "./cdisc-data.ts";
import { charDigest, charDisplay, linesDigest, numericTokens } from "./haven-digest.ts";

interface HavenVariable {
  name: string;
  label: string;
  class: string;
  type: "numeric" | "character";
  formatSas: string;
  naCount: number;
  taggedNa?: Array<{ rowIndex: number; code: string }>;
  sha256: string;
  head: string[];
  isoSha256?: string;
  isoHead?: string[];
}
interface Reference {
  id: string;
  file: string;
  haven: { label: string; rowCount: number; columnCount: number; variables: HavenVariable[] };
  foreign: {
    member: string;
    rowCount: number;
    variables: Array<{ name: string; type: string; length: number; position: number; formatName: string; label: string }>;
  };
  namestrs: Array<{
    ntype: number;
    length: number;
    varnum: number;
    name: string;
    formatName: string;
    formatWidth: number;
    formatDecimals: number;
    informatName: string;
    informatWidth: number;
    informatDecimals: number;
    position: number;
  }>;
}

const expectedDir = path.join(repoRoot, "tests/reference/readers/expected");
const references: Reference[] = readdirSync(expectedDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(expectedDir, f), "utf8")) as Reference);

function fileOf(ref: Reference): string {
  return ref.id.startsWith("fixture-") ? path.join(repoRoot, ref.file) : path.join(cdiscDataDir(), ref.file);
}

describe("the haven references cover every CDISC pilot XPT file", () => {
  it("has one reference per .xpt file in sdtm/ and adam/", () => {
    const dir = cdiscDataDir();
    const files = ["sdtm", "adam"].flatMap((sub) =>
      readdirSync(path.join(dir, sub))
        .filter((f) => f.endsWith(".xpt"))
        .map((f) => `${sub}/${f}`),
    );
    expect(files.length).toBeGreaterThanOrEqual(19);
    expect(
      references
        .filter((r) => !r.id.startsWith("fixture-"))
        .map((r) => r.file)
        .sort(),
    ).toEqual(files.sort());
  });
});

for (const ref of references) {
  describe(`${ref.file} agrees with R haven and foreign`, () => {
    let member: XptMember | undefined;
    const read = (): XptMember => {
      if (!member) {
        const xpt = readXpt(fileOf(ref), { encoding: "latin1" });
        expect(xpt.members.map((m) => m.name)).toEqual([ref.foreign.member]);
        member = xpt.members[0] as XptMember;
      }
      return member;
    };

    it("has the same member name, label, row and column counts", () => {
      const m = read();
      expect(m.name).toBe(ref.foreign.member);
      expect(m.label).toBe(ref.haven.label);
      expect(m.rowCount).toBe(ref.haven.rowCount);
      expect(m.rowCount).toBe(ref.foreign.rowCount);
      expect(m.rows.length).toBe(m.rowCount);
      expect(m.variables.length).toBe(ref.haven.columnCount);
    });

    it("has the same variable metadata", () => {
      const m = read();
      expect(m.variables.map((v) => v.name)).toEqual(ref.haven.variables.map((v) => v.name));
      expect(m.variables.map((v) => v.label)).toEqual(ref.haven.variables.map((v) => v.label));
      expect(m.variables.map((v) => (v.type === "num" ? "numeric" : "character"))).toEqual(ref.haven.variables.map((v) => v.type));
      expect(m.variables.map((v) => v.format)).toEqual(ref.haven.variables.map((v) => v.formatSas));
      // foreign::lookup.xport: lengths, positions, format names, labels
      expect(m.variables.map((v) => v.length)).toEqual(ref.foreign.variables.map((v) => v.length));
      expect(m.variables.map((v) => v.position)).toEqual(ref.foreign.variables.map((v) => v.position));
      expect(m.variables.map((v) => v.label)).toEqual(ref.foreign.variables.map((v) => v.label));
      expect(m.variables.map((v) => v.format.replace(/[0-9.]+$/, ""))).toEqual(ref.foreign.variables.map((v) => v.formatName));
      // the namestr records read byte by byte in R: informats (which neither package exposes)
      expect(m.variables.map((v) => v.informat)).toEqual(ref.namestrs.map((n) => formatSpec(n.informatName, n.informatWidth, n.informatDecimals)));
      expect(m.variables.map((v) => v.format)).toEqual(ref.namestrs.map((n) => formatSpec(n.formatName, n.formatWidth, n.formatDecimals)));
    });

    it("classifies dates, datetimes and times as haven does", () => {
      const m = read();
      const ours = m.variables.map((v) => (v.type === "num" ? sasFormatKind(v.format) : null));
      const havens = ref.haven.variables.map((v) => (v.class === "Date" ? "date" : v.class.startsWith("POSIXct") ? "datetime" : v.class.startsWith("hms") ? "time" : null));
      expect(ours).toEqual(havens);
    });

    it("has the same missing counts and special missing values", () => {
      const m = read();
      for (const v of ref.haven.variables) {
        const nulls = m.rows.reduce((n, row) => n + (row[v.name] === null ? 1 : 0), 0);
        expect({ column: v.name, na: nulls }).toEqual({ column: v.name, na: v.naCount });
        if (v.type === "numeric") {
          const special = m.specialMissing.filter((s) => s.column === v.name).map((s) => ({ rowIndex: s.rowIndex, code: s.code }));
          expect({ column: v.name, special }).toEqual({ column: v.name, special: v.taggedNa ?? [] });
        }
      }
    });

    it("has the same values in every column, bit for bit", () => {
      const m = read();
      for (const v of ref.haven.variables) {
        if (v.type === "numeric") {
          const tokens = numericTokens(m, v.name, v.class);
          expect({ column: v.name, head: tokens.slice(0, 5) }).toEqual({ column: v.name, head: v.head });
          expect({ column: v.name, sha256: linesDigest(tokens) }).toEqual({ column: v.name, sha256: v.sha256 });
        } else {
          const head = m.rows.slice(0, 5).map((row) => charDisplay(row[v.name] as string));
          expect({ column: v.name, head }).toEqual({ column: v.name, head: v.head });
          expect({ column: v.name, sha256: charDigest(m, v.name) }).toEqual({ column: v.name, sha256: v.sha256 });
        }
      }
    });

    it("converts dates, datetimes and times to the ISO text haven prints", () => {
      const m = read();
      const view = toIsoDateView(m);
      for (const v of ref.haven.variables.filter((x) => x.isoSha256 !== undefined)) {
        const tokens = view.rows.map((row) => (row[v.name] === null ? "." : String(row[v.name])));
        expect({ column: v.name, head: tokens.slice(0, 5) }).toEqual({ column: v.name, head: v.isoHead });
        expect({ column: v.name, sha256: linesDigest(tokens) }).toEqual({ column: v.name, sha256: v.isoSha256 });
      }
    });
  });
}
