/**
 * The SDTM consistency rules on small in-memory domains: each rule on a clean set (no violation)
 * and on one broken row (its file, row, subject, variable, value, rule id and derived column).
 */
import { describe, expect, it } from "vitest";
import type { CdiscDomain, CdiscDomains } from "../../../data-loaders/cdisc/read-domains.ts";
import {
  checkSdtmRules,
  formatSourceViolation,
  formatSourceViolations,
  isIso8601DateTime,
  SourceRuleError,
  assertSdtmRules,
  startAfterEnd,
} from "../../../data-loaders/cdisc/sdtm-rules.ts";
import type { Dataset, Row } from "../../../data-loaders/readers/types.ts";

const DIR = "/data/pilot";

function dataset(name: string, rows: Row[]): Dataset {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    source: { file: `${DIR}/sdtm/${name}.xpt`, format: "xpt" },
    name: name.toUpperCase(),
    label: "",
    variables: columns.map((c) => ({
      name: c,
      label: "",
      type: rows.some((r) => typeof r[c] === "number") ? "num" : "char",
      length: null,
      format: "",
      informat: "",
      position: null,
    })),
    rows,
    rowCount: rows.length,
    specialMissing: [],
    deviations: [],
  };
}

const dm = (): Row[] => [
  { USUBJID: "01-701-1015", ARMCD: "Pbo", ARM: "Placebo", ACTARMCD: "Pbo", ACTARM: "Placebo", RFSTDTC: "2014-01-02", RFENDTC: "2014-07-02" },
  { USUBJID: "01-701-1023", ARMCD: "Xan_Hi", ARM: "Xanomeline High Dose", ACTARMCD: "Xan_Hi", ACTARM: "Xanomeline High Dose", RFSTDTC: "2012-08-05", RFENDTC: "2012-09-01" },
  { USUBJID: "01-701-1047", ARMCD: "Scrnfail", ARM: "Screen Failure", ACTARMCD: "Scrnfail", ACTARM: "Screen Failure", RFSTDTC: "", RFENDTC: "" },
];

function domains(over: Partial<Record<CdiscDomain, Row[]>> = {}): CdiscDomains {
  const rows: Record<string, Row[]> = {
    dm: dm(),
    ae: [
      { USUBJID: "01-701-1015", AESEQ: 1, AESTDTC: "2014-01-03", AEENDTC: "2014-01-09" },
      { USUBJID: "01-701-1023", AESEQ: 1, AESTDTC: "2012-08", AEENDTC: "2012-08-20" },
    ],
    ds: [{ USUBJID: "01-701-1015", DSSTDTC: "2014-07-02", VISITNUM: 12, VISIT: "WEEK 26" }],
    ex: [{ USUBJID: "01-701-1015", EXSTDTC: "2014-01-02", EXENDTC: "2014-07-02", VISITNUM: 3, VISIT: "BASELINE" }],
    sv: [
      { USUBJID: "01-701-1015", VISITNUM: 1, VISIT: "SCREENING 1", SVSTDTC: "2013-12-26", SVENDTC: "2013-12-26" },
      { USUBJID: "01-701-1015", VISITNUM: 3, VISIT: "BASELINE", SVSTDTC: "2014-01-02", SVENDTC: "2014-01-02" },
      { USUBJID: "01-701-1047", VISITNUM: 1, VISIT: "SCREENING 1", SVSTDTC: "2013-02-12", SVENDTC: "2013-02-12" },
    ],
    vs: [
      { USUBJID: "01-701-1015", VSTESTCD: "PULSE", VSTEST: "Pulse Rate", VSSTRESU: "BEATS/MIN", VISITNUM: 1, VISIT: "SCREENING 1", VSDTC: "2013-12-26" },
      { USUBJID: "01-701-1015", VSTESTCD: "PULSE", VSTEST: "Pulse Rate", VSSTRESU: "BEATS/MIN", VISITNUM: 3, VISIT: "BASELINE", VSDTC: "2014-01-02" },
    ],
    lb: [{ USUBJID: "01-701-1015", LBTESTCD: "ALT", LBTEST: "Alanine Aminotransferase", LBSTRESU: "U/L", VISITNUM: 1, VISIT: "SCREENING 1", LBDTC: "2013-12-26T10:15" }],
    mh: [{ USUBJID: "01-701-1015", MHSTDTC: "2010", VISITNUM: 1, VISIT: "SCREENING 1" }],
    ...over,
  };
  const datasets = Object.fromEntries(Object.entries(rows).map(([k, r]) => [k, dataset(k, r)])) as Record<CdiscDomain, Dataset>;
  return { datasets, files: Object.values(datasets).map((d) => d.source.file) };
}

const only = (d: CdiscDomains) => checkSdtmRules(d, DIR);

describe("SDTM source-row rules", () => {
  it("find nothing in consistent domains (partial dates, screen failures and screening visits included)", () => {
    expect(only(domains())).toEqual([]);
  });

  it("SD0002: a blank USUBJID", () => {
    const rows = dm();
    rows[1] = { ...rows[1], USUBJID: "" } as Row;
    const v = only(domains({ dm: rows })).filter((x) => x.rule.id === "SD0002");
    expect(v).toEqual([
      { file: "sdtm/dm.xpt", row: 2, variable: "USUBJID", value: "", rule: expect.objectContaining({ id: "SD0002" }), detail: "USUBJID is blank", derived: "subjects.subject_id" },
    ]);
  });

  it("SD0083: a duplicated DM row", () => {
    const v = only(domains({ dm: [...dm(), dm()[0] as Row] }));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ file: "sdtm/dm.xpt", row: 4, subject: "01-701-1015", variable: "USUBJID", rule: { id: "SD0083" }, detail: "also in row 1" });
  });

  it("SD0064: an AE subject absent from DM, each row reported", () => {
    const v = only(
      domains({
        ae: [
          { USUBJID: "01-701-9999", AESEQ: 1, AESTDTC: "2014-01-03", AEENDTC: "" },
          { USUBJID: "01-701-9999", AESEQ: 2, AESTDTC: "2014-01-04", AEENDTC: "" },
        ],
      }),
    );
    expect(v.map((x) => [x.file, x.row, x.subject, x.rule.id, x.derived])).toEqual([
      ["sdtm/ae.xpt", 1, "01-701-9999", "SD0064", "adverse_events.subject_id"],
      ["sdtm/ae.xpt", 2, "01-701-9999", "SD0064", "adverse_events.subject_id"],
    ]);
  });

  it("SD1033 / SD1133: ARM and ARMCD, ACTARM and ACTARMCD one-to-one in both directions", () => {
    const rows = dm();
    rows.push({ ...rows[0], USUBJID: "01-701-1100", ARM: "Xanomeline Low Dose" } as Row);
    rows.push({ ...rows[0], USUBJID: "01-701-1101", ACTARMCD: "Xan_Lo" } as Row);
    const v = only(domains({ dm: rows }));
    expect(v.map((x) => [x.row, x.variable, x.value, x.rule.id])).toEqual([
      [4, "ARM", "Xanomeline Low Dose", "SD1033"],
      [5, "ACTARMCD", "Xan_Lo", "SD1133"],
    ]);
  });

  it("SD1002: RFENDTC before RFSTDTC", () => {
    const rows = dm();
    rows[0] = { ...rows[0], RFENDTC: "2013-12-01" } as Row;
    const [v] = only(domains({ dm: rows }));
    expect(formatSourceViolation(v!)).toBe(
      'sdtm/dm.xpt row 1, USUBJID 01-701-1015, variable RFENDTC, value "2013-12-01": RFENDTC before RFSTDTC "2014-01-02" (rule SD1002: RFSTDTC must be on or before RFENDTC) → derived subjects.end_date',
    );
  });

  it("SD0013: AEENDTC before AESTDTC (compared at the precision both have)", () => {
    const v = only(
      domains({
        ae: [
          { USUBJID: "01-701-1015", AESEQ: 1, AESTDTC: "2014-01-03", AEENDTC: "2014-01-01" },
          { USUBJID: "01-701-1015", AESEQ: 2, AESTDTC: "2014-01", AEENDTC: "2014-01-01" },
        ],
      }),
    );
    expect(v.map((x) => [x.row, x.variable, x.rule.id])).toEqual([[1, "AEENDTC", "SD0013"]]);
    expect(startAfterEnd("2014-02", "2014-01-31")).toBe(true);
    expect(startAfterEnd("2014", "2014-01-31")).toBe(false);
  });

  it("SD0051: one VISITNUM with two VISIT names, and one VISIT name with two numbers, screening rows included", () => {
    const sv = domains().datasets.sv.rows.map((r) => ({ ...r }));
    sv[2] = { ...sv[2], VISIT: "SCREENING" } as Row;
    sv.push({ USUBJID: "01-701-1047", VISITNUM: 2, VISIT: "BASELINE", SVSTDTC: "2013-02-20", SVENDTC: "" });
    const v = only(domains({ sv }));
    expect(v.map((x) => [x.file, x.row, x.variable, x.value, x.rule.id])).toEqual([
      ["sdtm/sv.xpt", 3, "VISIT", "SCREENING", "SD0051"],
      ["sdtm/sv.xpt", 4, "VISITNUM", 2, "SD0051"],
    ]);
  });

  it("SD0040 and the unit rule: --TEST per --TESTCD, one --STRESU per --TESTCD", () => {
    const vs = domains().datasets.vs.rows.map((r) => ({ ...r }));
    vs[1] = { ...vs[1], VSTEST: "Heart Rate", VSSTRESU: "BPM" } as Row;
    const v = only(domains({ vs }));
    expect(v.map((x) => [x.row, x.variable, x.rule.id])).toEqual([
      [2, "VSTEST", "SD0040"],
      [2, "VSSTRESU", "project-stresu-per-testcd"],
    ]);
  });

  it("SD0003: ISO 8601 dates", () => {
    expect(["2014", "2014-01", "2014-01-31", "2014-01-31T10", "2014-01-31T10:15", "2014-01-31T10:15:30.5"].every(isIso8601DateTime)).toBe(true);
    expect(["14-01-31", "2014-13", "2014-02-30", "2014/01/31", "31JAN2014", "2014-01-31T25:00"].some(isIso8601DateTime)).toBe(false);
    const rows = dm();
    rows[0] = { ...rows[0], RFSTDTC: "02JAN2014" } as Row;
    const v = only(domains({ dm: rows }));
    expect(v.map((x) => [x.row, x.variable, x.value, x.rule.id, x.derived])).toEqual([[1, "RFSTDTC", "02JAN2014", "SD0003", "subjects.enrol_date"]]);
  });

  it("collects every violation into one error, grouped by rule and capped per rule with the total", () => {
    const ae = Array.from({ length: 15 }, (_, i) => ({ USUBJID: "X-1", AESEQ: i + 1, AESTDTC: "2014-01-03", AEENDTC: "" }));
    const rows = dm();
    rows[0] = { ...rows[0], RFENDTC: "2013-12-01" } as Row;
    const d = domains({ ae, dm: rows });
    expect(() => assertSdtmRules(d, DIR)).toThrow(SourceRuleError);
    const lines = formatSourceViolations(only(d), 10);
    expect(lines[0]).toBe("rule SD0064 (every USUBJID must be present in the Demographics (DM) domain): 15 violations");
    expect(lines).toContain("  … and 5 more of rule SD0064");
    expect(lines.some((l) => l.startsWith("rule SD1002"))).toBe(true);
    try {
      assertSdtmRules(d, DIR);
    } catch (e) {
      expect((e as Error).message.split("\n")[0]).toBe("16 source-row violations of 2 SDTM rules; nothing was written:");
    }
  });
});
