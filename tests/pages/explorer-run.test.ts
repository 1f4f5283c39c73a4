/**
 * The explorer's estimation of one choice (pages/components/explorer-run.ts): the same estimate as
 * calling the estimator on the contrast directly, the subgroup's own column left out of the model,
 * and a choice that cannot be analysed returned with its reason instead of thrown.
 */
import { createPrng, defaultGateThresholds, estimateTreatmentEffect } from "@trial/estimators";
import { describe, expect, it } from "vitest";
import { explorerData } from "../../pages/components/explorer-data.ts";
import { runExplorerChoice } from "../../pages/components/explorer-run.ts";
import { contrastData } from "../../pages/components/sensitivity-input.ts";

const study = {
  id: "TWO-ARM",
  arms: [
    { code: "PBO", label: "Placebo", role: "control" as const },
    { code: "ACT", label: "Active", role: "treated" as const },
  ],
  covariates: ["age", "female"],
  subgroups: ["female"],
  primaryOutcome: "y",
  outcome: "continuous" as const,
};
const prng = createPrng(7);
const rows = Array.from({ length: 120 }, (_, i) => {
  const age = 40 + 30 * prng.uniform();
  const female = prng.uniform() < 0.5 ? 1 : 0;
  const treated = prng.uniform() < 0.5;
  return { subject_id: `S${String(i).padStart(3, "0")}`, arm: treated ? "ACT" : "PBO", age, female, y: 0.05 * age + (treated ? 1 : 0) + prng.normal(), disposition: "completed" };
});
const sd = (v: unknown[]) => {
  const x = v as number[];
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
};
const parameters = { level: 0.95, gates: defaultGateThresholds };
const state = { arm: "ACT", trim: "none", method: "aipw" as const, estimand: "ATE" as const, covariates: ["age", "female"], subgroup: "all", replicates: 0, delta: 0 };

describe("runExplorerChoice", () => {
  const explorer = explorerData(study, rows, sd);

  it("estimates the choice as the estimator does on the same contrast, with the gates", () => {
    const run = runExplorerChoice(explorer, state, "continuous", parameters);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const direct = estimateTreatmentEffect(contrastData(study, rows, "ACT", ["age", "female"]).input, run.options);
    expect(run.result.difference.estimate).toBe(direct.difference.estimate);
    expect(run.comparison).toBe("ACT-vs-PBO");
    expect(run.gates.length).toBeGreaterThan(0);
  });

  it("leaves the subgroup's own column out of the model within a subgroup level", () => {
    const run = runExplorerChoice(explorer, { ...state, subgroup: "female=1" }, "continuous", parameters);
    expect(run.ok).toBe(true);
    if (run.ok) expect(run.data.input.covariateNames).toEqual(["age"]);
  });

  it("returns a choice it cannot analyse with the estimator's reason", () => {
    const run = runExplorerChoice(explorer, { ...state, estimand: "ATT" }, "continuous", parameters);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.error).toMatch(/ATT|AIPW/);
  });
});
