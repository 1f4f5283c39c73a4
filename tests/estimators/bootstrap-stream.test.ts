import { describe, expect, it } from "vitest";
import { bootstrapTreatmentEffect, createBootstrapStream } from "../../estimators/src/index.ts";
import { causalFixture } from "./reference.ts";

describe("createBootstrapStream", () => {
  const f = causalFixture();
  it.each([
    ["continuous", "aipw", f.y],
    ["binary", "ipw-hajek", f.ybin],
  ] as const)("%s %s: chunked replicates give exactly bootstrapTreatmentEffect's intervals", (outcomeType, method, y) => {
    const input = { covariates: f.X, treatment: f.treat, outcome: y, covariateNames: f.names };
    const options = { method, outcomeType } as const;
    const s = createBootstrapStream(input, options, { seed: 77, replicates: 60 });
    const progress: number[] = [];
    while (s.done < s.total) progress.push(s.step(7));
    expect(progress).toEqual([7, 14, 21, 28, 35, 42, 49, 56, 60]);
    const whole = bootstrapTreatmentEffect(input, options, { seed: 77, replicates: 60, acceleration: "influence" });
    const r = s.result();
    expect(r.difference).toEqual(whole.difference);
    expect(r.riskRatio).toEqual(whole.riskRatio);
    expect(r.estimate.difference).toEqual(whole.estimate.difference);
  });
  it("refuses a result before every replicate is done, and influence acceleration without an influence function", () => {
    const input = { covariates: f.X, treatment: f.treat, outcome: f.y, covariateNames: f.names };
    const s = createBootstrapStream(input, { method: "aipw", outcomeType: "continuous" }, { seed: 1, replicates: 10 });
    s.step(3);
    expect(() => s.result()).toThrow(/only 3 of 10 replicates are done/);
    expect(() => createBootstrapStream(input, { method: "g-computation", outcomeType: "continuous" }, { seed: 1, replicates: 10 })).toThrow(/use "none"/);
  });
});
