/**
 * CDISCPILOT01 Table 14-3.01 (ADAS-Cog(11) change from baseline, LOCF, efficacy population) from
 * the sponsor's ADADAS (PARAMCD ACTOT, ANL01FL = "Y", EFFFL = "Y") at weeks 8, 16 and 24: the
 * week-24 block against the published table (every printed cell: n, mean (SD), median (range),
 * dose-response p, differences of LS means (SE), 95% CI and p), the LS means and the other weeks
 * against the estimators' own ANCOVA (the model-level numbers are checked against R in
 * tests/estimators/cdisc-table-14-3-01.test.ts); weeks 8 and 16 against the published Tables 14-3.03
 * and 14-3.05. CIBIC+ (ADQSCIBC) at weeks 24, 8 and 16 against Tables 14-3.02, 14-3.04 and 14-3.06,
 * and its categorical analysis against Table 14-3.13 and R (tests/reference/csr/cdisc-table-14-3-13.R).
 */
import { describe, expect, it } from "vitest";
import { categoricalResponseTable, CIBIC_CATEGORIES } from "../../../src/analysis/trial-tables/categorical-response-table.ts";
import { efficacyTable } from "../../../src/analysis/trial-tables/efficacy-table.ts";
import { PILOT_EFFICACY } from "./pilot-specs.ts";
import { armOf, readPilotAdam, study } from "./pilot-adam.ts";
import { printedRows, publishedRows, visitBlock as block } from "./published.ts";
import r from "../../reference/csr/cdisc-table-14-3-01.json" with { type: "json" };
import r1313 from "../../reference/csr/cdisc-table-14-3-13.json" with { type: "json" };

const adam = readPilotAdam("CDISC Table 14-3.01 test", ["adadas"]);

describe.skipIf(adam === null)("CDISCPILOT01 Table 14-3.01 from ADADAS reproduces the published table", () => {
  const rows = (adam?.adadas ?? [])
    .filter((x) => x.PARAMCD === "ACTOT" && x.ANL01FL === "Y" && x.EFFFL === "Y" && [8, 16, 24].includes(x.AVISITN as number))
    .map((x) => ({ subject_id: x.USUBJID, arm: armOf(x, "TRTP"), site_group: x.SITEGR1, visit: x.AVISITN, base: x.BASE, aval: x.AVAL, chg: x.CHG }));

  it("week 24 prints every cell as published", () => {
    const table = efficacyTable(rows, study, { ...PILOT_EFFICACY, lsMeanRows: false });
    expect(table.columns.slice(1)).toEqual(["Placebo (N=79)", "Xanomeline low dose (N=81)", "Xanomeline high dose (N=74)"]);
    expect(block(printedRows(table), "Week 24")).toEqual(publishedRows("14-3.01").slice(1));
  });

  it("reports weeks 8, 16 and 24, with LS means (SE) as R's emmeans at week 24", () => {
    const table = efficacyTable(rows, study, PILOT_EFFICACY);
    const headings = printedRows(table)
      .filter((x) => /^Week \d+:$/.test(x[0]!))
      .map((x) => x[0]);
    expect(headings).toEqual(["Week 8:", "Week 16:", "Week 24:"]);
    const ls = table.rows.filter((x) => x.cells[0]!.text.startsWith("LS Mean"));
    expect(ls).toHaveLength(3);
    const e = (r as any).lsmeans.find((x: any) => x.weights === "proportional");
    ls[2]!.cells.slice(1).forEach((c, i) => expect(c.value!).toBeCloseTo(e.means.estimate[i], 9));
  });

  it.each([
    ["Week 8", "14-3.03"],
    ["Week 16", "14-3.05"],
  ] as const)("%s prints every cell as published (Table %s)", (visit, id) => {
    const table = efficacyTable(rows, study, { ...PILOT_EFFICACY, lsMeanRows: false });
    expect(block(printedRows(table), visit)).toEqual(publishedRows(id).slice(1));
  });
});

const cibic = readPilotAdam("CDISC Table 14-3.02 test", ["adqscibc"]);

describe.skipIf(cibic === null)("CDISCPILOT01 Table 14-3.02 (CIBIC+) from ADQSCIBC reproduces the published table", () => {
  const rows = (cibic?.adqscibc ?? [])
    .filter((x) => x.PARAMCD === "CIBICVAL" && x.ANL01FL === "Y" && x.EFFFL === "Y" && x.ITTFL === "Y" && x.AVISITN === 24)
    .map((x) => ({ subject_id: x.USUBJID, arm: armOf(x, "TRTP"), site_group: x.SITEGR1, visit: x.AVISITN, aval: x.AVAL }));

  it("week 24 prints every cell as published (no baseline: AVAL on treatment + site group)", () => {
    const table = efficacyTable(rows, study, { ...PILOT_EFFICACY, baselineColumn: null, lsMeanRows: false, id: "14-3.02" });
    expect(table.columns.slice(1)).toEqual(["Placebo (N=79)", "Xanomeline low dose (N=81)", "Xanomeline high dose (N=74)"]);
    expect(block(printedRows(table), "Week 24")).toEqual(publishedRows("14-3.02").slice(1));
    expect(table.footnotes[0]).not.toContain("baseline");
  });

  it.each([
    [8, "Week 8", "14-3.04"],
    [16, "Week 16", "14-3.06"],
  ] as const)("week %i prints every cell as published (Table %s)", (week, visit, id) => {
    const weekRows = (cibic?.adqscibc ?? [])
      .filter((x) => x.PARAMCD === "CIBICVAL" && x.ANL01FL === "Y" && x.EFFFL === "Y" && x.ITTFL === "Y" && x.AVISITN === week)
      .map((x) => ({ subject_id: x.USUBJID, arm: armOf(x, "TRTP"), site_group: x.SITEGR1, visit: x.AVISITN, aval: x.AVAL }));
    const table = efficacyTable(weekRows, study, { ...PILOT_EFFICACY, baselineColumn: null, lsMeanRows: false, id });
    expect(block(printedRows(table), visit)).toEqual(publishedRows(id).slice(1));
  });
});

describe.skipIf(cibic === null)("CDISCPILOT01 Table 14-3.13 (CIBIC+ categorical analysis) from ADQSCIBC reproduces the published table", () => {
  const rows = (cibic?.adqscibc ?? [])
    .filter((x) => x.PARAMCD === "CIBICVAL" && x.ANL01FL === "Y" && x.EFFFL === "Y" && x.ITTFL === "Y" && [8, 16, 24].includes(x.AVISITN as number))
    .map((x) => ({ subject_id: x.USUBJID, arm: armOf(x, "TRTP"), site_group: x.SITEGR1, visit: x.AVISITN, aval: x.AVAL }));
  const table = categoricalResponseTable(rows, study, { categories: CIBIC_CATEGORIES });

  it("prints every cell as published: n, n (%) per score, the CMH p-value of each visit", () => {
    expect(printedRows(table)).toEqual(publishedRows("14-3.13").slice(1));
  });

  it("the counts and the CMH row-mean-scores p-values are R's (written-out matrices, and coin::cmh_test)", () => {
    const pRows = table.rows.filter((x) => x.cells[1]!.text === "n");
    expect(pRows).toHaveLength(3);
    r1313.visits.forEach((v, k) => {
      expect(pRows[k]!.cells.slice(2, 5).map((c) => c.value)).toEqual(v.n_by_arm);
      expect(pRows[k]!.cells[5]!.value!).toBeCloseTo(v.rowmeans.p, 12);
      const start = table.rows.indexOf(pRows[k]!);
      const counts = [0, 1, 2].map((arm) => table.rows.slice(start + 1, start + 8).map((x) => x.cells[2 + arm]!.value));
      expect(counts).toEqual(v.counts);
    });
  });
});
