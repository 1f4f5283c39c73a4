import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ReaderError } from "../../../data-loaders/readers/errors.ts";
import { parseXpt, readXpt, readXptDataset, selectMember } from "../../../data-loaders/readers/xpt.ts";
import { cdiscDataDir } from "./cdisc-data.ts";
import { fixturesDir } from "./fixtures/make-fixtures.ts";

const fixture = (name: string): string => path.join(fixturesDir, name);

/** The ReaderError a call throws (fails the test when it throws something else or nothing). */
function readerError(fn: () => unknown): ReaderError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReaderError);
    return error as ReaderError;
  }
  throw new Error("expected a ReaderError, nothing was thrown");
}

describe("readXpt on a small valid file", () => {
  const tiny = readXptDataset(fixture("xpt-tiny.xpt"));

  it("reads member metadata", () => {
    expect(tiny.name).toBe("TINY");
    expect(tiny.label).toBe("Tiny fixture");
    expect(tiny.source).toEqual({ file: fixture("xpt-tiny.xpt"), format: "xpt", member: "TINY" });
    expect(tiny.variables).toEqual([
      { name: "USUBJID", label: "Subject", type: "char", length: 8, format: "", informat: "", position: 0 },
      { name: "AVAL", label: "Analysis Value", type: "num", length: 8, format: "8.2", informat: "", position: 8 },
      { name: "ADT", label: "Analysis Date", type: "num", length: 8, format: "DATE9", informat: "", position: 16 },
      { name: "SHORT", label: "3-byte number", type: "num", length: 3, format: "", informat: "", position: 24 },
    ]);
    expect(tiny.xpt).toMatchObject({ sasVersion: "9.4", operatingSystem: "X64_10PR", created: "01JAN24:00:00:00", namestrLength: 140 });
  });

  it("reads values: trailing blanks trimmed, leading kept; missing as null; short numerics", () => {
    expect(tiny.rowCount).toBe(3); // 3 × 27 bytes padded to 160: the blank padding is not a row
    expect(tiny.rows).toEqual([
      { USUBJID: "S1", AVAL: 1.5, ADT: 19725, SHORT: 2 },
      { USUBJID: "S2", AVAL: null, ADT: null, SHORT: null },
      { USUBJID: " S3", AVAL: -0.1, ADT: -1, SHORT: 0 },
    ]);
  });

  it("keeps which special missing value each null was", () => {
    expect(tiny.specialMissing).toEqual([
      { rowIndex: 1, column: "AVAL", code: "_" },
      { rowIndex: 1, column: "SHORT", code: "B" },
    ]);
  });
});

describe("files with several members", () => {
  it("returns every member in file order", () => {
    const xpt = readXpt(fixture("xpt-two-members.xpt"));
    expect(xpt.members.map((m) => [m.name, m.rowCount])).toEqual([
      ["TINY", 3],
      ["LONG", 10],
    ]);
    expect(xpt.members[1]?.rows[9]).toEqual({ USUBJID: "L10", AVAL: 11.25, ADT: 20009, SHORT: 9 });
    expect(selectMember(xpt, "long").name).toBe("LONG");
  });

  it("refuses to guess which member readXptDataset should return", () => {
    const e = readerError(() => readXptDataset(fixture("xpt-two-members.xpt")));
    expect(e.message).toBe(`${fixture("xpt-two-members.xpt")}: value "TINY, LONG": the file holds 2 members; name the one to read`);
    expect(readXptDataset(fixture("xpt-two-members.xpt"), { member: "TINY" }).rowCount).toBe(3);
    expect(readerError(() => readXptDataset(fixture("xpt-two-members.xpt"), { member: "AE" })).rule).toBe("no member of that name; the file holds TINY, LONG");
  });

  it("reads real members concatenated into one library exactly as read alone", () => {
    const dir = cdiscDataDir();
    const dm = readFileSync(path.join(dir, "sdtm/dm.xpt"));
    const ta = readFileSync(path.join(dir, "sdtm/ta.xpt"));
    const both = parseXpt(Buffer.concat([dm, ta.subarray(240)]), "dm+ta.xpt");
    const alone = [parseXpt(dm, "dm.xpt").members[0], parseXpt(ta, "ta.xpt").members[0]];
    expect(both.members.map((m) => m.name)).toEqual(["DM", "TA"]);
    both.members.forEach((m, i) => {
      expect(m.rows).toEqual(alone[i]?.rows);
      expect(m.variables).toEqual(alone[i]?.variables);
    });
  });
});

describe("character encodings (XPT v5 does not record one)", () => {
  it("stops on a byte above 0x7F unless told the encoding", () => {
    const e = readerError(() => readXpt(fixture("xpt-non-ascii.xpt")));
    expect({ row: e.row, column: e.column, value: Buffer.from(e.value as Uint8Array).toString("hex") }).toEqual({ row: 2, column: "USUBJID", value: "436166e9" });
    expect(e.rule).toContain('pass the one it was written in ({ encoding: "windows-1252" | "utf-8" | "latin1" })');
  });

  it("decodes Windows-1252 (SAS wlatin1) when told so", () => {
    const m = readXptDataset(fixture("xpt-non-ascii.xpt"), { encoding: "windows-1252" });
    expect(m.rows.map((r) => r.USUBJID)).toEqual(["S1", "Café", "it\u2019s"]);
  });

  it("stops on bytes that are not UTF-8 when told the file is UTF-8", () => {
    const e = readerError(() => readXpt(fixture("xpt-non-ascii.xpt"), { encoding: "utf-8" }));
    expect([e.row, e.column, e.rule]).toEqual([2, "USUBJID", "character value is not valid utf-8"]);
  });

  it("reads the CDISC pilot TS domain (Windows-1252 apostrophes) only with its encoding", () => {
    const file = path.join(cdiscDataDir(), "sdtm/ts.xpt");
    const e = readerError(() => readXpt(file));
    expect([e.row, e.column]).toEqual([9, "TSVAL"]);
    const ts = readXptDataset(file, { encoding: "windows-1252" });
    expect(ts.rows[8]?.TSVAL).toBe("Patients with Probable Mild to Moderate Alzheimer\u2019s Disease");
  });

  it("decodes UTF-8 written by R haven", () => {
    const file = path.join(fixturesDir, "../../../reference/readers/fixtures/haven-special.xpt");
    const m = readXptDataset(file, { encoding: "utf-8" });
    expect(m.rows.map((r) => r.C)).toEqual(["plain", " leading", "", "café", "trailing", "x", "UPPER lower", "12", "\u2019quoted\u2019"]);
  });
});

describe("malformed XPT files stop with an error naming file, position, row/column, value and rule", () => {
  const cases: Array<[string, Partial<Pick<ReaderError, "position" | "row" | "column">>, string]> = [
    ["xpt-length-not-multiple-of-80.xpt", { position: 1360 }, "file length must be a multiple of 80 bytes"],
    ["xpt-bad-library-header.xpt", { position: 0 }, "first record must be the XPT v5 library header"],
    ["xpt-libv8.xpt", { position: 0 }, "SAS transport version 8/9 (LIBV8) files are not supported"],
    ["xpt-no-member.xpt", { position: 240 }, "an XPT file holds at least one member"],
    ["xpt-bad-member-header.xpt", { position: 240 }, "expected a MEMBER header record"],
    ["xpt-bad-namestr-length.xpt", { position: 240 }, 'namestr length of 140 or 136, not "150"'],
    ["xpt-bad-dscrptr-header.xpt", { position: 320 }, "expected the DSCRPTR header record"],
    ["xpt-bad-variable-type.xpt", { position: 780, column: "AVAL" }, "namestr 2: variable type must be 1 (numeric) or 2 (character)"],
    ["xpt-bad-variable-position.xpt", { position: 920, column: "ADT" }, "position in the observation must be 16"],
    ["xpt-duplicate-variable.xpt", { position: 780, column: "USUBJID" }, "variable names must be unique within a member"],
    ["xpt-bad-numeric-length.xpt", { position: 1060, column: "SHORT" }, "numeric length must be 2 to 8 bytes"],
    ["xpt-namestrs-truncated.xpt", { position: 640 }, "the file ends inside its 4 namestr records or before its OBS header"],
    ["xpt-missing-obs-header.xpt", { position: 1200 }, "expected the OBS header record after the namestrs"],
    ["xpt-truncated-observations.xpt", { position: 1496, row: 9 }, "member LONG ends inside observation 9: 24 of its 27 bytes are present"],
    ["xpt-truncated-second-member.xpt", { position: 1840 }, "member LONG: the file ends inside its 4 namestr records"],
  ];
  for (const [name, where, rule] of cases) {
    it(name, () => {
      const e = readerError(() => readXpt(fixture(name)));
      expect(e.file).toBe(fixture(name));
      expect({ position: e.position, row: e.row, column: e.column }).toEqual({ position: undefined, row: undefined, column: undefined, ...where });
      expect(e.rule).toContain(rule);
      expect(e.message.startsWith(`${fixture(name)}: position ${where.position}`)).toBe(true);
      expect(e.value).not.toBeUndefined();
    });
  }

  it("a real file cut at a record boundary inside an observation", () => {
    const lb = readFileSync(path.join(cdiscDataDir(), "sdtm/lb.xpt"));
    const cut = lb.subarray(0, lb.length - 80 * 1000);
    const e = readerError(() => parseXpt(cut, "lb-cut.xpt"));
    expect(e.rule).toMatch(/^member LB ends inside observation \d+: \d+ of its \d+ bytes are present/);
    expect(e.row).toBeGreaterThan(50_000);
  });

  it("a file that is too short or missing", () => {
    expect(readerError(() => parseXpt(Buffer.from("not an xpt file"), "x.xpt")).rule).toBe("file is 15 bytes; an XPT v5 file starts with three 80-byte library header records");
    expect(readerError(() => readXpt(fixture("no-such-file.xpt"))).rule).toMatch(/^file cannot be read \(ENOENT/);
  });
});

describe("a large real file", () => {
  // Its reading speed is measured by `npm run bench` (tests/bench/xpt-read.bench.ts), not asserted here.
  it("reads lb.xpt (13 MB) completely: 59,580 rows", () => {
    const lb = readXptDataset(path.join(cdiscDataDir(), "sdtm/lb.xpt"));
    expect(lb.rowCount).toBe(59_580);
  });
});
