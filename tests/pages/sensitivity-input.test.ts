import { describe, expect, it } from "vitest";
import { contrastData, subgroupDefinitions, subgroupOf, treatedArms } from "../../pages/components/sensitivity-input.ts";
import { robustnessEntries } from "../../pages/components/sensitivity-summary.ts";

const study = {
  id: "THREE-ARM",
  arms: [
    { code: "PBO", label: "Placebo", role: "control" as const },
    { code: "LO", label: "Low dose", role: "treated" as const },
    { code: "HI", label: "High dose", role: "treated" as const },
  ],
  covariates: ["age", "bmi"],
  primaryOutcome: "y",
  outcome: "continuous" as const,
};
const rows = [
  { subject_id: "S3", arm: "HI", age: 70, bmi: 25, y: 1.5, disposition: "completed" },
  { subject_id: "S1", arm: "PBO", age: 60, bmi: 30, y: 1, disposition: "completed" },
  { subject_id: "S2", arm: "LO", age: 50, bmi: null, y: 2, disposition: "completed" },
  { subject_id: "S4", arm: "LO", age: 55, bmi: 27, y: null, disposition: "discontinued" },
  { subject_id: "S5", arm: "PBO", age: 66, bmi: 22, y: null, disposition: "ongoing" },
  { subject_id: "S6", arm: "LO", age: 58, bmi: 24, y: 0.5, disposition: "completed" },
];

describe("contrastData", () => {
  it("contrasts one treated arm with the control, in subject-id order, leaving out (and counting) missing covariates", () => {
    expect(treatedArms(study).map((a) => a.code)).toEqual(["LO", "HI"]);
    const lo = contrastData(study, rows, "LO");
    expect(lo.rows.map((r) => r.subject_id)).toEqual(["S1", "S6"]);
    expect(lo.input.treatment).toEqual([0, 1]);
    expect(lo.missingCovariates).toBe(1);
    expect(lo.missingByDisposition).toEqual({ discontinued: 1, ongoing: 1 });
    // The dropout analysis adds the discontinued subject (outcome null), not the ongoing one.
    expect(lo.dropoutInput.outcome).toEqual([1, null, 0.5]);
    const hi = contrastData(study, rows, "HI", ["age"]);
    expect(hi.rows.map((r) => r.subject_id)).toEqual(["S1", "S3"]);
    expect(hi.input.covariateNames).toEqual(["age"]);
    expect(() => contrastData(study, rows, "XX")).toThrow(/no treated arm with code "XX"/);
  });
});

describe("subgroups", () => {
  it("cuts age at 65, other continuous covariates at the median, and gives missing values their own level", () => {
    const defs = subgroupDefinitions(study, rows);
    expect(defs.map((d) => [d.column, d.breaks])).toEqual([
      ["age", [65]],
      ["bmi", [25]],
    ]);
    expect(subgroupOf(defs[1]!, rows)).toEqual(["≥ 25", "≥ 25", "(missing)", "≥ 25", "< 25", "< 25"]);
    expect(subgroupDefinitions({ ...study, subgroups: ["arm"] }, rows)[0]!.source).toBe("study configuration");
  });
});

describe("robustnessEntries", () => {
  it("words a refuter that could not be computed and a failed trimming setting as disagreements, an E-value at 1 plainly", () => {
    const entries = robustnessEntries({
      trimming: [{ label: "α = 0.4", rule: { rule: "symmetric", threshold: 0.4 }, threshold: null, nKept: null, nTrimmed: null, effect: null, error: "empties an arm" }],
      estimators: [],
      subgroups: [{ label: "Sex", pValue: 0.01 }],
      eValue: { value: { riskRatio: 1.1, point: 1.43, limit: 1, limitRiskRatio: 0.9 }, scale: "risk ratio" },
      tipping: null,
      refuters: [{ label: "Placebo treatment (permuted)", error: "separation" }],
    });
    expect(entries.map((e) => [e.category, e.verdict?.consistent, e.verdict?.text])).toEqual([
      ["Trimming", false, "not estimable: empties an arm"],
      ["Subgroups", true, "exploratory: the effects differ between subgroups (Cochran's Q at the 5% level); report the effect by subgroup"],
      ["Unmeasured confounding", true, "point 1.43, CI limit 1: the interval already includes no effect"],
      ["Refutation", false, "not computable: separation"],
    ]);
  });
});
