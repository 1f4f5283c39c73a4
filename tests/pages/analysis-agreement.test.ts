import { describe, expect, it } from "vitest";
import { analyseStudyMonth, createPrng, type AnalysisInput } from "../../estimators/src/index.ts";
import { checkAgreement } from "../../pages/components/analysis-agreement.ts";
import { compareResults } from "../../pages/components/agreement.ts";

function input(): AnalysisInput {
  const rng = createPrng(5);
  const rows = Array.from({ length: 300 }, (_, i) => {
    const x = rng.normal();
    const treated = rng.uniform() < 1 / (1 + Math.exp(-0.5 * x));
    return { subject_id: `S${String(i).padStart(3, "0")}`, arm: treated ? "TRT" : "PBO", x, y: x + (treated ? 1 : 0) + rng.normal() };
  });
  return {
    spec: {
      study: "T",
      month: "2026-01",
      arms: [
        { code: "PBO", label: "Placebo", role: "control" },
        { code: "TRT", label: "Active", role: "treated" },
      ],
      covariates: ["x"],
      outcome: { column: "y", type: "continuous" },
    },
    rows,
    parameters: { bootstrap: { replicates: 20, seed: 3 } },
  };
}

describe("the build/browser agreement check", () => {
  const stored = JSON.parse(JSON.stringify(analyseStudyMonth(input()).result));

  it("is identical for the same analysis, in full and for the point estimates (bootstrap taken from the stored result)", () => {
    expect(checkAgreement(stored, analyseStudyMonth(input()).result, "full")).toMatchObject({ status: "identical", differences: [] });
    const point = checkAgreement(stored, analyseStudyMonth(input(), { bootstrap: "skip" }).result, "point estimates");
    expect(point.status).toBe("identical");
    expect(point.numbers).toBeGreaterThan(50);
  });

  it("reports a difference in the last digits as rounding noise, with its path, and a larger one as different", () => {
    const changed = structuredClone(stored);
    changed.comparisons[0].estimates.aipw.difference.estimate *= 1 + 4e-16;
    const a = checkAgreement(changed, analyseStudyMonth(input()).result, "full");
    expect(a.status).toBe("noise");
    expect(a.differences[0]!.path).toBe("comparisons[0].estimates.aipw.difference.estimate");
    changed.comparisons[0].estimates.aipw.difference.estimate *= 1 + 1e-9;
    expect(checkAgreement(changed, analyseStudyMonth(input()).result, "full").status).toBe("different");
  });

  it("sees a missing bootstrap in full scope", () => {
    expect(checkAgreement(stored, analyseStudyMonth(input(), { bootstrap: "skip" }).result, "full").status).toBe("different");
  });

  it("compares numbers by their bits and structure fully", () => {
    expect(compareResults({ a: [1, 2], b: "x" }, { a: [1, 2], b: "x" })).toMatchObject({ status: "identical", differences: [] });
    expect(compareResults({ a: [1, 2] }, { a: [1] })).toMatchObject({ status: "different", differences: [{ path: "a.length", stored: 2, recomputed: 1 }] });
    expect(compareResults({ a: 0 }, { a: -0 }).differenceCount).toBe(1);
    expect(compareResults({ a: null }, { a: 0 })).toMatchObject({ status: "different", differences: [{ path: "a", stored: null, recomputed: 0 }] });
  });
});
