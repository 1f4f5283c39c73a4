import { describe, expect, it } from "vitest";
import { tableOne, type TableOneBinary, type TableOneCategorical, type TableOneContinuous } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";

const covariates = ["age", "female", "region", "egfr"];

describe("tableOne", () => {
  it("computes the documented example by hand", () => {
    const t = tableOne(
      [
        { arm: "P", age: 50, sex: "F" },
        { arm: "P", age: 60, sex: "M" },
        { arm: "T", age: 55, sex: "F" },
        { arm: "T", age: 75, sex: "F" },
      ],
      { arm: "arm", control: "P", treated: "T", covariates: ["age", "sex"] },
    );
    const age = t.covariates[0] as TableOneContinuous;
    expect(age.type).toBe("continuous");
    expect(age.typeInferred).toBe(true);
    expect(age.control.mean).toBe(55);
    expect(age.treated.mean).toBe(65);
    expect(age.smd).toBeCloseTo(10 / Math.sqrt(125), 15);
    expect(age.varianceRatio).toBeCloseTo(4, 14);
    const sex = t.covariates[1] as TableOneCategorical;
    expect(sex.type).toBe("categorical");
    expect(sex.levels.map((l) => [l.level, l.control.count, l.treated.count])).toEqual([
      ["F", 1, 2],
      ["M", 1, 0],
    ]);
  });

  it("matches R on the 400-subject fixture: counts, mean (SD), quartiles, missing, SMDs", () => {
    const d = trialData();
    const r = expected("table-one");
    const t = tableOne(d.rows, { arm: "arm", control: "PBO", treated: "TRT", covariates });
    expect(t.treated).toEqual({ code: "TRT", n: r.n.treated, weightedN: r.n.treated });
    expect(t.control).toEqual({ code: "PBO", n: r.n.control, weightedN: r.n.control });
    expect(t.excludedRows).toEqual({ missingArm: 0, otherArm: 0 });
    expect(t.smdConvention).toEqual({ denominator: "pooled", sdFrom: "unweighted" });

    const [age, female, region, egfr] = t.covariates as [TableOneContinuous, TableOneBinary, TableOneCategorical, TableOneContinuous];
    for (const [got, ref] of [
      [age, r.age],
      [egfr, r.egfr],
    ] as const) {
      expect(got.type).toBe("continuous");
      for (const arm of ["treated", "control"] as const) {
        expect(got[arm].n).toBe(ref[arm].n);
        expect(got[arm].missing).toBe(ref[arm].missing);
        for (const k of ["mean", "sd", "median", "q1", "q3", "min", "max"] as const) expectClose(got[arm][k], ref[arm][k]);
      }
      expectClose(got.smd, ref.smd);
    }
    expectClose(egfr.varianceRatio, r.egfr.variance_ratio);
    expect(egfr.treated.missing + egfr.control.missing).toBe(20);

    expect(female.type).toBe("binary");
    expect(female.positive).toBe(1);
    expect(female.treated.count).toBe(r.female.treated);
    expect(female.control.count).toBe(r.female.control);
    expectClose(female.treated.proportion, r.female.p_treated);
    expectClose(female.control.proportion, r.female.p_control);
    expectClose(female.smd, r.female.smd);

    expect(region.type).toBe("categorical");
    expect(region.levels.map((l) => l.level)).toEqual(r.region.levels);
    expect(region.levels.map((l) => l.treated.count)).toEqual(r.region.treated);
    expect(region.levels.map((l) => l.control.count)).toEqual(r.region.control);
    expectClose(region.smd, r.region.smd);
  });

  it("matches R after weighting (weights as a column name or an array)", () => {
    const d = trialData();
    const r = expected("table-one").weighted;
    for (const weights of ["w", d.w] as const) {
      const t = tableOne(d.rows, { arm: "arm", control: "PBO", treated: "TRT", covariates, weights });
      expect(t.weighted).toBe(true);
      const [age, female, region] = t.covariates as [TableOneContinuous, TableOneBinary, TableOneCategorical];
      expectClose(age.treated.mean, r.age_mean_treated);
      expectClose(age.treated.sd, r.age_sd_treated);
      expect(age.treated.median).toBeNull();
      expectClose(age.smd, r.age_smd);
      expectClose(female.control.proportion, r.female_p_control);
      expectClose(female.smd, r.female_smd);
      expectClose(region.smd, r.region_smd);
    }
  });

  it("accepts explicit types, booleans, bigints and a named positive value", () => {
    const rows = [
      { arm: 0, smoker: "Y", flag: true, n: 3n, site: 1 },
      { arm: 0, smoker: "N", flag: false, n: 5n, site: 2 },
      { arm: 1, smoker: "Y", flag: true, n: 4n, site: 1 },
      { arm: 1, smoker: "Y", flag: true, n: 6n, site: 2 },
    ];
    const t = tableOne(rows, {
      arm: "arm",
      control: 0,
      treated: 1,
      covariates: [{ name: "smoker", type: "binary", positive: "Y" }, "flag", "n", { name: "site", type: "categorical" }],
    });
    const [smoker, flag, n, site] = t.covariates as [TableOneBinary, TableOneBinary, TableOneContinuous, TableOneCategorical];
    expect(smoker.treated.proportion).toBe(1);
    expect(smoker.control.proportion).toBe(0.5);
    expect(flag.type).toBe("binary");
    expect(flag.positive).toBe(true);
    expect(n.treated.mean).toBe(5);
    expect(site.levels.map((l) => l.level)).toEqual([1, 2]);
  });

  it("reports rows of other arms or without an arm instead of dropping them silently", () => {
    const rows = [
      { arm: "A", x: 1 },
      { arm: "A", x: 2 },
      { arm: "B", x: 3 },
      { arm: "B", x: 5 },
      { arm: "C", x: 9 },
      { arm: null, x: 9 },
    ];
    const t = tableOne(rows, { arm: "arm", control: "A", treated: "B", covariates: ["x"] });
    expect(t.excludedRows).toEqual({ missingArm: 1, otherArm: 1 });
    expect((t.covariates[0] as TableOneContinuous).treated.mean).toBe(4);
  });

  it("returns null (with a note), never NaN, for statistics that cannot be computed", () => {
    const rows = [
      { arm: "A", x: 1, z: null },
      { arm: "A", x: 2, z: null },
      { arm: "B", x: 3, z: 1.5 },
      { arm: "B", x: null, z: 2.5 },
    ];
    const t = tableOne(rows, { arm: "arm", control: "A", treated: "B", covariates: ["x", { name: "z", type: "continuous" }] });
    const [x, z] = t.covariates as [TableOneContinuous, TableOneContinuous];
    expect(x.treated.n).toBe(1);
    expect(x.treated.missing).toBe(1);
    expect(x.treated.sd).toBeNull();
    expect(x.smd).toBeNull();
    expect(x.note).toMatch(/one non-missing value in the treated arm/);
    expect(z.control.mean).toBeNull();
    expect(z.smd).toBeNull();
    expect(z.note).toMatch(/no non-missing value in the control arm/);
    expect(JSON.stringify(t)).not.toMatch(/NaN/);
  });

  it("stops on bad input with a message naming row, column and value", () => {
    const base = { arm: "arm", control: "A", treated: "B" };
    const rows = [
      { arm: "A", x: 1, s: "u" },
      { arm: "B", x: 2, s: "v" },
    ];
    expect(() => tableOne(rows, { ...base, covariates: ["nope"] })).toThrow(/column "nope" is not in the rows/);
    expect(() => tableOne(rows, { ...base, treated: "Z", covariates: ["x"] })).toThrow(/no row has arm = "Z" \(the treated arm is empty\)/);
    expect(() => tableOne([...rows, { arm: "A", x: "3", s: "u" }], { ...base, covariates: ["x"] })).toThrow(/rows\[2\]\.x: mixes number and string values/);
    expect(() => tableOne([...rows, { arm: "A", x: 3, s: "w" }], { ...base, covariates: [{ name: "s", type: "binary" }] })).toThrow(
      /rows\[2\]\.s: a binary covariate takes at most two values/,
    );
    expect(() => tableOne(rows, { ...base, covariates: [{ name: "s", type: "binary" }] })).toThrow(/say which one is counted with \{positive: …\}/);
    expect(() => tableOne(rows, { ...base, covariates: [{ name: "s", type: "continuous" }] })).toThrow(/rows\[0\]\.s: a continuous covariate must be a finite number, got "u"/);
    expect(() =>
      tableOne(
        [
          { arm: "A", x: null },
          { arm: "B", x: null },
        ],
        { ...base, covariates: ["x"] },
      ),
    ).toThrow(/missing in every row/);
    expect(() => tableOne([...rows, { arm: "A", x: new Date(0), s: "u" }], { ...base, covariates: [{ name: "x", type: "continuous" }] })).toThrow(/rows\[2\]\.x.*Date/);
    expect(() => tableOne(rows, { ...base, covariates: ["x"], weights: [1, -1] })).toThrow(/options.weights\[1\]: must be non-negative/);
    expect(() => tableOne(rows, { ...base, covariates: [{ name: "x", type: "ordinal" as never }] })).toThrow(/options.covariates\[0\].type: must be one of/);
    expect(() => tableOne(rows, { ...base, control: "B", covariates: ["x"] })).toThrow(/must differ from options.control/);
    expect(() => tableOne(rows, { ...base, covariates: ["s"] }).covariates[0]).not.toThrow();
  });
});
