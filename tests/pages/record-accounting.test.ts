/** The cohort page's record-accounting rows (pages/components/record-accounting.ts). */
import { describe, expect, it } from "vitest";
import { accountingRows, type ExclusionLogFile } from "../../pages/components/record-accounting.ts";

const log = {
  files: [
    { file: "subjects.csv", read: 4, kept: 2, keptIn: "subjects", excluded: 2, reasons: { "criterion I1: Adult": 1, "criterion E1: Pregnant": 1 } },
    { file: "sdtm/vs.xpt", read: 9, kept: null, keptIn: null, excluded: null, reasons: {} },
  ],
  excluded: [
    { file: "subjects.csv", row: 2, subject: "P2", rule: "criterion I1", reason: "Adult" },
    { file: "subjects.csv", row: 4, subject: "P4", rule: "criterion E1", reason: "Pregnant" },
  ],
} as unknown as ExclusionLogFile;

describe("accountingRows", () => {
  it("one row per file, reasons by count then name, files feeding columns marked", () => {
    expect(accountingRows(log)).toEqual([
      {
        file: "subjects.csv",
        read: 4,
        kept: 2,
        keptIn: "subjects",
        excluded: 2,
        reasons: [
          { rule: "criterion E1", reason: "Pregnant", n: 1 },
          { rule: "criterion I1", reason: "Adult", n: 1 },
        ],
      },
      { file: "sdtm/vs.xpt", read: 9, kept: null, keptIn: "feeds column values only", excluded: null, reasons: [] },
    ]);
  });
  it("refuses a log whose counts do not add up, naming the file", () => {
    expect(() => accountingRows({ ...log, files: [{ ...log.files[0]!, read: 5 }] })).toThrow("exclusions.json: subjects.csv: read 5 ≠ kept 2 + excluded 2");
    expect(() => accountingRows({ ...log, excluded: log.excluded.slice(1) })).toThrow("subjects.csv: 2 excluded but 1 records listed");
  });
});
