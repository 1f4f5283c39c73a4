import { describe, expect, it } from "vitest";
import { EligibilityError, describeRule, evaluateRule } from "../../../data-loaders/eligibility/evaluate-rule.ts";

describe("evaluateRule", () => {
  it("evaluates each kind of rule (between is inclusive)", () => {
    expect(evaluateRule({ column: "age", between: [18, 85] }, { age: 18 }, "S1")).toBe(true);
    expect(evaluateRule({ column: "age", between: [18, 85] }, { age: 85 }, "S1")).toBe(true);
    expect(evaluateRule({ column: "age", between: [18, 85] }, { age: 86 }, "S1")).toBe(false);
    expect(evaluateRule({ column: "egfr", lt: 30 }, { egfr: 29.9 }, "S1")).toBe(true);
    expect(evaluateRule({ column: "egfr", lt: 30 }, { egfr: 30 }, "S1")).toBe(false);
    expect(evaluateRule({ column: "baseline_severity", gt: 9.999 }, { baseline_severity: 10 }, "S1")).toBe(true);
    expect(evaluateRule({ column: "consent_withdrawn", equals: true }, { consent_withdrawn: true }, "S1")).toBe(true);
    expect(evaluateRule({ column: "region", in: ["Europe", "Asia-Pacific"] }, { region: "Europe" }, "S1")).toBe(true);
    expect(evaluateRule({ column: "region", in: ["Europe"] }, { region: "North America" }, "S1")).toBe(false);
  });

  it("halts on a missing or mistyped value, naming subject, column and value", () => {
    expect(() => evaluateRule({ column: "age", between: [18, 85] }, {}, "EU01-00001")).toThrow(EligibilityError);
    expect(() => evaluateRule({ column: "age", between: [18, 85] }, { age: null }, "EU01-00001")).toThrow(/subject EU01-00001, column age, value null: a value is required/);
    expect(() => evaluateRule({ column: "age", lt: 18 }, { age: "17" }, "EU01-00002")).toThrow(
      /subject EU01-00002, column age, value "17": criterion "age < 18" needs a finite number/,
    );
    expect(() => evaluateRule({ column: "consent_withdrawn", equals: true }, { consent_withdrawn: 1 }, "S")).toThrow(/compares with a boolean/);
  });

  it("describes rules in words", () => {
    expect(describeRule({ column: "age", between: [18, 85] })).toBe("age between 18 and 85");
    expect(describeRule({ column: "region", in: ["Europe"] })).toBe('region in ["Europe"]');
  });
});
