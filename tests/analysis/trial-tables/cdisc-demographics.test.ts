/**
 * CDISCPILOT01 Table 14-2.01 (demographic and baseline characteristics, ITT) from the sponsor's
 * ADSL against the published table (tests/reference/csr/cdisc-published-tables.json): every
 * printed cell, the n's, percentages and the ANOVA / chi-square p-values to the 4 decimals
 * printed. "Race (Origin)" is the CSR's: Hispanic from ETHNIC first, then RACE (White →
 * Caucasian, Black → African Descent, others → Other).
 */
import { describe, expect, it } from "vitest";
import { demographicsTable, type DemographicVariable } from "../../../src/analysis/trial-tables/demographics-table.ts";
import { armOf, readPilotAdam, study } from "./pilot-adam.ts";
import { printedRows, publishedRows } from "./published.ts";

const adam = readPilotAdam("CDISC Table 14-2.01 test", ["adsl"]);

function raceOrigin(row: Record<string, unknown>): string {
  if (row.ETHNIC === "HISPANIC OR LATINO") return "Hispanic";
  if (row.RACE === "WHITE") return "Caucasian";
  if (row.RACE === "BLACK OR AFRICAN AMERICAN") return "African Descent";
  return "Other";
}

export const PILOT_DEMOGRAPHICS: DemographicVariable[] = [
  { kind: "continuous", column: "AGE", label: "Age (y)" },
  { kind: "categorical", column: "AGEGR1", label: "", levels: [{ value: "<65", label: "<65 yrs" }, { value: "65-80", label: "65-80 yrs" }, { value: ">80", label: ">80 yrs" }] },
  { kind: "categorical", column: "SEX", label: "Sex", showN: true, levels: [{ value: "M", label: "Male" }, { value: "F", label: "Female" }] },
  { kind: "categorical", column: "RACE_ORIGIN", label: "Race (Origin)", showN: true, levels: ["Caucasian", "African Descent", "Hispanic", "Other"].map((v) => ({ value: v, label: v })) },
  { kind: "continuous", column: "MMSETOT", label: "MMSE" },
  { kind: "continuous", column: "DURDIS", label: "Duration of disease" },
  { kind: "categorical", column: "DURDSGR1", label: "", levels: [{ value: "<12", label: "<12 months" }, { value: ">=12", label: ">=12 months" }] },
  { kind: "continuous", column: "EDUCLVL", label: "Years of education" },
  { kind: "continuous", column: "WEIGHTBL", label: "Baseline weight(kg)" },
  { kind: "continuous", column: "HEIGHTBL", label: "Baseline height(cm)" },
  { kind: "continuous", column: "BMIBL", label: "Baseline BMI" },
  { kind: "categorical", column: "BMIBLGR1", label: "", levels: ["<25", "25-<30", ">=30"].map((v) => ({ value: v, label: v })) },
];

describe.skipIf(adam === null)("CDISCPILOT01 Table 14-2.01 from ADSL reproduces the published table", () => {
  const subjects = (adam?.adsl ?? []).filter((r) => r.ITTFL === "Y").map((r) => ({ ...r, arm: armOf(r, "TRT01P"), RACE_ORIGIN: raceOrigin(r) }));
  const table = demographicsTable(subjects, study, PILOT_DEMOGRAPHICS);

  it("has the arms' N in the header", () => {
    expect(table.columns.slice(2)).toEqual(["Placebo (N=86)", "Xanomeline low dose (N=84)", "Xanomeline high dose (N=84)", "Total (N=254)", "p-value [1]"]);
  });

  it("prints every cell as published (n, mean, SD, median, min, max, n (%), p-values)", () => {
    const published = publishedRows("14-2.01").slice(1);
    expect(printedRows(table)).toEqual(published);
  });

  it("keeps the unrounded numbers behind the printed ones", () => {
    const age = table.rows[0]!.cells;
    expect(age[2]!.value).toBe(86);
    expect(age[6]!.value).toBeCloseTo(0.5934, 4);
    expect(table.rows[1]!.cells[2]!.value).toBeCloseTo(75.209, 3);
  });
});
