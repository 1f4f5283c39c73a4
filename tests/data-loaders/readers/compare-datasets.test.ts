import { describe, expect, it } from "vitest";
import { compareDatasets } from "../../../data-loaders/readers/compare-datasets.ts";
import type { Dataset, DatasetVariable, Row } from "../../../data-loaders/readers/types.ts";

function dataset(variables: Array<Partial<DatasetVariable> & Pick<DatasetVariable, "name" | "type">>, rows: Row[], format: Dataset["source"]["format"] = "xpt"): Dataset {
  return {
    source: { file: `x.${format}`, format },
    name: "X",
    label: "",
    variables: variables.map((v) => ({ label: "", length: null, format: "", informat: "", position: null, ...v })),
    rows,
    rowCount: rows.length,
    specialMissing: [],
    deviations: [],
  };
}

describe("compareDatasets", () => {
  const left = dataset(
    [
      { name: "USUBJID", type: "char" },
      { name: "SEQ", type: "num" },
      { name: "AVAL", type: "num", label: "Value", length: 8 },
    ],
    [
      { USUBJID: "A", SEQ: 1, AVAL: 1.5 },
      { USUBJID: "A", SEQ: 2, AVAL: null },
      { USUBJID: "B", SEQ: 1, AVAL: 0 },
    ],
  );

  it("finds nothing between a dataset and itself", () => {
    const c = compareDatasets(left, left);
    expect(c.recordsIdentical).toBe(true);
    expect(c.valueDifferenceCount).toBe(0);
    expect(c.metadataDifferences).toEqual([]);
  });

  it("names column, row and both values of each differing cell", () => {
    const right = dataset(left.variables, [
      { USUBJID: "A", SEQ: 1, AVAL: 1.5000000000000002 },
      { USUBJID: "A", SEQ: 2, AVAL: 0 },
      { USUBJID: "B", SEQ: 1, AVAL: -0 },
    ]);
    const c = compareDatasets(left, right);
    expect(c.recordsIdentical).toBe(false);
    expect(c.valueDifferences).toEqual([
      { column: "AVAL", row: 1, left: 1.5, right: 1.5000000000000002 },
      { column: "AVAL", row: 2, left: null, right: 0 },
    ]);
  });

  it("matches rows by key when asked, and reports keys on one side only or twice", () => {
    const right = dataset(left.variables, [
      { USUBJID: "B", SEQ: 1, AVAL: 0 },
      { USUBJID: "A", SEQ: 1, AVAL: 1.5 },
      { USUBJID: "C", SEQ: 1, AVAL: 3 },
      { USUBJID: "C", SEQ: 1, AVAL: 4 },
    ]);
    const positional = compareDatasets(left, right);
    expect(positional.valueDifferenceCount).toBeGreaterThan(0);
    const keyed = compareDatasets(left, right, { keys: ["USUBJID", "SEQ"] });
    expect(keyed.valueDifferenceCount).toBe(0);
    expect(keyed.keyDifferences).toEqual([
      { key: { USUBJID: "C", SEQ: 1 }, problem: "duplicate-in-right" },
      { key: { USUBJID: "A", SEQ: 2 }, problem: "only-in-left" },
      { key: { USUBJID: "C", SEQ: 1 }, problem: "only-in-right" },
    ]);
    expect(keyed.rowCount).toEqual({ left: 3, right: 4 });
    expect(keyed.recordsIdentical).toBe(false);
  });

  it("reports columns on one side only, order, types and metadata", () => {
    const right = dataset(
      [
        { name: "SEQ", type: "num" },
        { name: "USUBJID", type: "char" },
        { name: "AVAL", type: "char", label: "Analysis value" },
        { name: "EXTRA", type: "char" },
      ],
      left.rows.map((r) => ({ ...r, AVAL: String(r.AVAL), EXTRA: "" })),
      "dataset-json",
    );
    const c = compareDatasets(left, right);
    expect(c.columnsOnlyInRight).toEqual(["EXTRA"]);
    expect(c.columnsOnlyInLeft).toEqual([]);
    expect(c.columnOrderDiffers).toBe(false); // only meaningful when the column sets are equal
    expect(c.typeDifferences).toEqual([{ column: "AVAL", left: "num", right: "char" }]);
    expect(c.recordsIdentical).toBe(false);
    const reordered = compareDatasets(left, dataset([left.variables[1]!, left.variables[0]!, left.variables[2]!], left.rows));
    expect(reordered.columnOrderDiffers).toBe(true);
    expect(reordered.recordsIdentical).toBe(true);
  });

  it("compares SAS numeric dates with ISO text by converting the SAS value", () => {
    const xpt = dataset([{ name: "ADT", type: "num", format: "DATE9" }], [{ ADT: 19725 }, { ADT: null }, { ADT: 0 }]);
    const json = dataset([{ name: "ADT", type: "char", sourceType: "date" }], [{ ADT: "2014-01-02" }, { ADT: null }, { ADT: "1960-01-02" }], "dataset-json");
    const c = compareDatasets(xpt, json);
    expect(c.typeDifferences).toEqual([]);
    expect(c.valueDifferences).toEqual([{ column: "ADT", row: 3, left: 0, right: "1960-01-02" }]);
    expect(compareDatasets(xpt, json, { temporalAsIso: false }).typeDifferences).toEqual([{ column: "ADT", left: "num", right: "date" }]);
  });

  it("keeps the count exact when it stops listing differences", () => {
    const many = dataset(
      [{ name: "V", type: "num" }],
      Array.from({ length: 50 }, (_, i) => ({ V: i })),
    );
    const other = dataset(
      [{ name: "V", type: "num" }],
      Array.from({ length: 50 }, (_, i) => ({ V: -i - 1 })),
    );
    const c = compareDatasets(many, other, { maxValueDifferences: 5 });
    expect(c.valueDifferenceCount).toBe(50);
    expect(c.valueDifferences).toHaveLength(5);
  });
});
