/**
 * CDISCPILOT01 Table 14-1.02 (end of study data, ITT) from the sponsor's ADSL against the
 * published table: completion at week 24 (COMP24FL), reasons for early termination (DCREASCD),
 * n (%) per arm and in total, and the Fisher exact p-values (completion; adverse event and lack
 * of efficacy vs any other status) to the 4 decimals printed; and Table 14-1.01 (populations).
 */
import { describe, expect, it } from "vitest";
import { dispositionTable } from "../../../src/analysis/trial-tables/disposition-table.ts";
import { populationTable } from "../../../src/analysis/trial-tables/population-table.ts";
import { armOf, readPilotAdam, study } from "./pilot-adam.ts";
import { PILOT_REASONS } from "./pilot-specs.ts";
import { printedRows, publishedRows } from "./published.ts";

const adam = readPilotAdam("CDISC Table 14-1.02 test", ["adsl"]);

describe.skipIf(adam === null)("CDISCPILOT01 Table 14-1.02 from ADSL reproduces the published table", () => {
  const subjects = (adam?.adsl ?? []).filter((r) => r.ITTFL === "Y").map((r) => ({ ...r, arm: armOf(r, "TRT01P") }));
  const table = dispositionTable(subjects, study, { completedColumn: "COMP24FL", reasonColumn: "DCREASCD", reasons: PILOT_REASONS, visit: "Week 24" });

  it("prints every cell as published", () => {
    expect(printedRows(table)).toEqual(publishedRows("14-1.02").slice(1));
    expect(table.columns.slice(1, 5)).toEqual(["Placebo (N=86)", "Xanomeline low dose (N=84)", "Xanomeline high dose (N=84)", "Total (N=254)"]);
  });

  it("keeps the exact p-values", () => {
    const p = table.rows.filter((r) => r.cells[5]!.value !== null).map((r) => r.cells[5]!.value!);
    expect(p).toHaveLength(3);
    expect(p[2]).toBeCloseTo(0.3281, 4);
  });

  it("names an unknown reason", () => {
    expect(() => dispositionTable(subjects, study, { completedColumn: "COMP24FL", reasonColumn: "DCREASCD", reasons: PILOT_REASONS.slice(1), visit: "Week 24" })).toThrow(
      /DCREASCD has "Adverse Event"/,
    );
  });
});

describe.skipIf(adam === null)("CDISCPILOT01 Table 14-1.01 from ADSL reproduces the published table", () => {
  it("prints every cell as published (ITT, safety, efficacy, completed week 24, completed study)", () => {
    const subjects = (adam?.adsl ?? []).map((r) => ({ ...r, arm: armOf(r, "TRT01P"), COMPLSTUDY: r.DCREASCD === "Completed" ? "Y" : "N" }));
    const table = populationTable(subjects, study, {
      populations: [
        { label: "Intent-To-Treat (ITT)", column: "ITTFL" },
        { label: "Safety", column: "SAFFL" },
        { label: "Efficacy", column: "EFFFL" },
        { label: "Complete Week 24", column: "COMP24FL" },
        { label: "Complete Study", column: "COMPLSTUDY" },
      ],
    });
    expect(printedRows(table)).toEqual(publishedRows("14-1.01").slice(1));
    expect(table.columns.slice(1)).toEqual(["Placebo (N=86)", "Xanomeline low dose (N=84)", "Xanomeline high dose (N=84)", "Total (N=254)"]);
  });
});
