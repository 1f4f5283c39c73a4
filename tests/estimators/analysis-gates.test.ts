import { describe, expect, it } from "vitest";
import { balanceGate, bootstrapGate, convergenceGate, estimationGate, extremeWeightsGate, overlapGate, scoresAtBoundsGate, separationGate } from "../../estimators/src/index.ts";

describe("balanceGate", () => {
  it("passes when every |SMD| after weighting is below the threshold, and names the worst column", () => {
    const g = balanceGate("TRT-vs-PBO", [0.02, -0.09, 0.05], ["age", "bmi", "region=US"], 0.1);
    expect(g).toMatchObject({ id: "balance", comparison: "TRT-vs-PBO", passed: true, value: 0.09, threshold: 0.1 });
    expect(g.message).toContain("bmi");
  });
  it("fails at the threshold itself (strictly below is required) and on a negative SMD", () => {
    expect(balanceGate("c", [0.1], ["age"], 0.1).passed).toBe(false);
    const g = balanceGate("c", [0.02, -0.15], ["age", "bmi"], 0.1);
    expect(g.passed).toBe(false);
    expect(g.value).toBe(0.15);
    expect(g.message).toMatch(/not below 0\.1.*bmi/);
  });
  it("fails with a null value when an SMD could not be computed", () => {
    const g = balanceGate("c", [0.01, null], ["age", "bmi"], 0.1);
    expect(g.passed).toBe(false);
    expect(g.value).toBeNull();
    expect(g.message).toContain("bmi");
  });
});

describe("separationGate", () => {
  it("passes without separation and fails with it, counting the separated subjects", () => {
    expect(separationGate("c", "none", 0).passed).toBe(true);
    const g = separationGate("c", "quasi", 7);
    expect(g).toMatchObject({ passed: false, value: 7, threshold: 0 });
    expect(g.message).toContain("quasi separation (7 subject(s)");
  });
});

describe("scoresAtBoundsGate", () => {
  it("measures the closest distance of a score to 0 or 1", () => {
    const g = scoresAtBoundsGate("c", [0.2, 0.5, 0.97], 0.001);
    expect(g.passed).toBe(true);
    expect(g.value).toBeCloseTo(0.03, 15);
  });
  it("fails when a score is within the threshold of 0 or 1, counting them", () => {
    const g = scoresAtBoundsGate("c", [0.2, 0.9995, 0.0001], 0.001);
    expect(g.passed).toBe(false);
    expect(g.value).toBeCloseTo(0.0001, 15);
    expect(g.message).toContain("2 propensity score(s)");
  });
});

describe("extremeWeightsGate", () => {
  it("compares the largest weight with its arm's mean weight", () => {
    const g = extremeWeightsGate("c", [1, 1, 1, 13, 2, 2], [1, 1, 1, 1, 0, 0], 10);
    expect(g.value).toBe(13 / 4);
    expect(g.passed).toBe(true);
  });
  it("fails when one subject weighs more than the limit times its arm's mean", () => {
    const w = [...new Array(19).fill(1), 40, 1, 1];
    const t = [...new Array(20).fill(1), 0, 0];
    const g = extremeWeightsGate("c", w, t, 10);
    expect(g.value).toBeCloseTo(40 / (59 / 20), 12);
    expect(g.passed).toBe(false);
    expect(g.message).toContain("treated subject");
  });
});

describe("overlapGate", () => {
  it("counts the subjects outside the common support of the two arms' scores", () => {
    const g = overlapGate("c", [0.1, 0.5, 0.3, 0.9], [0, 0, 1, 1], 0.05);
    expect(g.value).toBe(0.5);
    expect(g.passed).toBe(false);
  });
  it("passes when the ranges coincide", () => {
    expect(overlapGate("c", [0.2, 0.8, 0.2, 0.8], [0, 0, 1, 1], 0.05)).toMatchObject({ passed: true, value: 0 });
  });
  it("reports an empty common support", () => {
    const g = overlapGate("c", [0.1, 0.2, 0.7, 0.9], [0, 0, 1, 1], 0.05);
    expect(g.value).toBe(1);
    expect(g.message).toContain("do not meet");
  });
});

describe("convergenceGate and estimationGate", () => {
  it("fails naming the model that did not converge", () => {
    expect(convergenceGate("c", [{ model: "propensity", converged: true, iterations: 5 }]).passed).toBe(true);
    const g = convergenceGate("c", [
      { model: "propensity", converged: true, iterations: 5 },
      { model: "propensity (after trimming)", converged: false, iterations: 100 },
    ]);
    expect(g).toMatchObject({ passed: false, value: 1 });
    expect(g.message).toContain("propensity (after trimming) model did not converge in 100 iterations");
  });
  it("records an estimation error", () => {
    expect(estimationGate("c", null).passed).toBe(true);
    expect(estimationGate("c", "boom")).toMatchObject({ passed: false, value: 1, message: "c: the analysis could not be computed: boom" });
  });
});

describe("bootstrapGate", () => {
  it("passes when the bootstrap ran or was not run, fails when it could not be computed", () => {
    expect(bootstrapGate("c", { ran: true, failures: 1, requested: 200 })).toMatchObject({ passed: true, value: 1 });
    expect(bootstrapGate("c", { ran: false, reason: "B = 0" })).toMatchObject({ passed: true, value: null, message: "c: bootstrap not run (B = 0)" });
    const g = bootstrapGate("c", { ran: true, error: "replicate 3 failed" });
    expect(g).toMatchObject({ passed: false, value: null });
    expect(g.message).toContain("replicate 3 failed");
  });
});
