/**
 * On every synthetic study of the portfolio, the primary analysis (the function the build runs
 * for analysis.json) recovers the true effect written in the snapshot's truth.json: at the final
 * data cut, AIPW, regression adjustment and Hájek IPW lie within 3.5 standard errors (AIPW's
 * influence-function SE) of truth.ate, every gate passes, and the AIPW interval covers the truth.
 * On the confounded studies the naive difference in means does not.
 */
import { describe, expect, it } from "vitest";
import { analyseStudyMonth } from "../../estimators/src/index.ts";
import { analysisInput } from "../../src/foundation/analysis-input.ts";
import { cutDateIso } from "../../data-loaders/synthetic/dates.ts";
import { truthAtCut } from "../../data-loaders/synthetic/truth.ts";
import { studies } from "../../src/foundation/registry.ts";
import { cutOf, finalMonth, trialOf } from "../data-loaders/trials.ts";

const synthetic = studies.filter((s) => s.source.kind === "synthetic").map((s) => s.id);

describe("the primary analysis recovers truth.json on every synthetic study", () => {
  it.each(synthetic)("%s, final data cut", (study) => {
    const config = studies.find((s) => s.id === study)!;
    const month = finalMonth(study);
    const subjects = cutOf(study, month).subjects;
    const observed = new Set(subjects.filter((s) => s[config.primaryOutcome] !== null).map((s) => s.subject_id as string));
    const truth = truthAtCut(trialOf(study), month, cutDateIso(month), new Set(subjects.map((s) => s.subject_id as string)), observed);

    const { result } = analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome }, month, subjects), { bootstrap: "skip" });
    const c = result.comparisons[0]!;
    expect(c.status, c.error ?? "").toBe("ok");
    expect(result.gates.filter((g) => !g.passed).map((g) => g.message)).toEqual([]);
    expect(c.counts.analysed.total).toBe(observed.size);
    const e = c.estimates!;
    const se = e.aipw.difference.se!;
    for (const m of [e.aipw, e.gComputation, e.ipwHajek]) {
      expect(Math.abs(m.difference.estimate - truth.ate), `${m.label}: ${m.difference.estimate} vs ${truth.ate} (SE ${se})`).toBeLessThan(3.5 * se);
    }
    const [lo, hi] = e.aipw.difference.ci!;
    expect(lo).toBeLessThanOrEqual(truth.ate);
    expect(hi).toBeGreaterThanOrEqual(truth.ate);
    if (config.source.assignment === "confounded") {
      const y = (arm: string) => subjects.filter((s) => s.arm === arm && s[config.primaryOutcome] !== null).map((s) => s[config.primaryOutcome] as number);
      const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
      const naive = mean(y("TRT")) - mean(y("PBO"));
      expect(Math.abs(naive - truth.ate), `naive ${naive}`).toBeGreaterThan(3.5 * se);
    }
  });
});
