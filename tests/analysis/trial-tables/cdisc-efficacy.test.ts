/**
 * CDISCPILOT01 Table 14-3.01 (ADAS-Cog(11) change from baseline, LOCF, efficacy population) from
 * the sponsor's ADADAS (PARAMCD ACTOT, ANL01FL = "Y", EFFFL = "Y") at weeks 8, 16 and 24: the
 * week-24 block against the published table (every printed cell: n, mean (SD), median (range),
 * dose-response p, differences of LS means (SE), 95% CI and p), the LS means and the other weeks
 * against the estimators' own ANCOVA (the model-level numbers are checked against R in
 * tests/estimators/cdisc-table-14-3-01.test.ts).
 */
import { describe, expect, it } from "vitest";
import { efficacyTable } from "../../../src/analysis/trial-tables/efficacy-table.ts";
import { PILOT_EFFICACY } from "./pilot-specs.ts";
import { armOf, readPilotAdam, study } from "./pilot-adam.ts";
import { printedRows, publishedRows } from "./published.ts";
import r from "../../reference/csr/cdisc-table-14-3-01.json" with { type: "json" };

const adam = readPilotAdam("CDISC Table 14-3.01 test", ["adadas"]);

/** The rows of one visit's block, without its heading. */
function block(rows: string[][], visit: string): string[][] {
  const start = rows.findIndex((x) => x[0] === `${visit}:`);
  const end = rows.findIndex((x, i) => i > start && /^Week \d+:$/.test(x[0]!));
  return rows.slice(start + 1, end < 0 ? undefined : end);
}

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
});
