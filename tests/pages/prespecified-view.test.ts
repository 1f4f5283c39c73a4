import { describe, expect, it } from "vitest";
import { formatP, prespecifiedPlanText } from "../../pages/components/prespecified-view.ts";
import type { PrespecifiedResult } from "../../src/foundation/prespecified-analysis.ts";

describe("prespecified-view", () => {
  it("prints p as the CSR does: three decimals, <0.001 below, a dash where none is reported", () => {
    expect(formatP(0.23264)).toBe("0.233");
    expect(formatP(0.0004)).toBe("<0.001");
    expect(formatP(null)).toBe("–");
  });
  it("states the plan in one paragraph: outcome, visit, population, imputation, model, SE, direction, source", () => {
    const r = {
      outcome: { column: "adas_chg", label: "ADAS-Cog(11) change", better: "lower" },
      visit: "Week 24",
      population: "Efficacy population",
      imputation: {
        rule: "locf",
        description: "last observation carried forward",
        imputedByArm: [
          { arm: "Pbo", n: 14 },
          { arm: "Xan_Hi", n: 33 },
        ],
      },
      method: "ancova",
      se: "classical",
      formula: "adas_chg ~ arm + site_group + baseline_adas",
      reference: "CSR Table 14-3.01",
    } as unknown as PrespecifiedResult;
    expect(prespecifiedPlanText(r)).toBe(
      "ADAS-Cog(11) change at Week 24; Efficacy population; missing values: last observation carried forward (47 values carried forward). Model: ANCOVA adas_chg ~ arm + site_group + baseline_adas, classical standard errors, LS means with observed-margin weights. Lower values are better. Source: CSR Table 14-3.01.",
    );
  });
});
