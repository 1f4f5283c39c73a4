import { describe, expect, it } from "vitest";
import { buildDesignMatrix } from "../../estimators/src/index.ts";
import { modelCovariates, trialData } from "./reference.ts";

describe("buildDesignMatrix", () => {
  it("codes the documented example with a reference level", () => {
    const m = buildDesignMatrix(
      [
        { age: 50, region: "EU" },
        { age: 60, region: "US" },
      ],
      ["age", "region"],
    );
    expect(m.columnNames).toEqual(["age", "region=US"]);
    expect(m.X).toEqual([
      [50, 0],
      [60, 1],
    ]);
    expect(m.terms[1]).toEqual({ name: "region", type: "categorical", columns: ["region=US"], reference: "EU" });
  });
  it("reproduces R's model.matrix column order on the fixture", () => {
    const m = buildDesignMatrix(trialData().rows, modelCovariates, { intercept: true });
    expect(m.columnNames).toEqual(["(Intercept)", "age", "female", "bmi", "severity", "diabetes", "region=Asia", "region=Europe"]);
    expect(m.X[0]).toEqual([1, 56.9, 0, 30.41, 14.79, 0, 0, 0]);
    expect(m.X[2]).toEqual([1, 65.9, 0, 32.49, 18.25, 0, 0, 1]);
  });
  it("codes binary strings with a named positive value and honours given levels", () => {
    const rows = [
      { s: "Y", g: "b" },
      { s: "N", g: "a" },
      { s: "Y", g: "c" },
    ];
    const m = buildDesignMatrix(rows, [
      { name: "s", type: "binary", positive: "Y" },
      { name: "g", levels: ["c", "a", "b"] },
    ]);
    expect(m.columnNames).toEqual(["s", "g=a", "g=b"]);
    expect(m.X).toEqual([
      [1, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });
  it("refuses missing values and unknown levels, naming row and column", () => {
    expect(() => buildDesignMatrix([{ a: 1 }, { a: null }], ["a"])).toThrow(/rows\[1\]\.a: is missing \(null\)/);
    expect(() => buildDesignMatrix([{ a: 1 }, { a: NaN }], ["a"])).toThrow(/rows\[1\]\.a: is missing \(NaN\)/);
    expect(() => buildDesignMatrix([{ g: "x" }, { g: "z" }], [{ name: "g", levels: ["x", "y"] }])).toThrow(/rows\[1\]\.g: "z" is not one of the levels/);
    expect(() => buildDesignMatrix([{ s: "a" }, { s: "b" }], [{ name: "s", type: "binary" }])).toThrow(/say which one is 1/);
    expect(() => buildDesignMatrix([], ["a"])).toThrow(/rows: must not be empty/);
  });
});
