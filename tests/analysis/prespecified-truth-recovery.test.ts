/**
 * The pre-specified analysis of every randomized synthetic study (ANCOVA with HC3 standard errors,
 * or standardization for a binary outcome; src/foundation/registry.ts) at the final data cut
 * recovers the true effect of truth.json (the same truth the causal estimators are checked
 * against in truth-recovery.test.ts): within 3.5 standard errors, and its 95% CI covers it. The
 * unadjusted difference is reported beside it, with a wider or similar interval.
 */
import { describe, expect, it } from "vitest";
import { cutDateIso } from "../../data-loaders/synthetic/dates.ts";
import { truthAtCut } from "../../data-loaders/synthetic/truth.ts";
import { studyPrespecifiedAnalysis } from "../../src/foundation/prespecified-analysis.ts";
import { studies } from "../../src/foundation/registry.ts";
import { cutOf, finalMonth, trialOf } from "../data-loaders/trials.ts";

const randomized = studies.filter((s) => s.source.kind === "synthetic" && s.source.assignment === "randomized").map((s) => s.id);

describe("the pre-specified analysis recovers truth.json on every randomized synthetic study", () => {
  it.each(randomized)("%s, final data cut", (study) => {
    const config = studies.find((s) => s.id === study)!;
    const month = finalMonth(study);
    const subjects = cutOf(study, month).subjects;
    const observed = new Set(subjects.filter((s) => s[config.primaryOutcome] !== null).map((s) => s.subject_id as string));
    const truth = truthAtCut(trialOf(study), month, cutDateIso(month), new Set(subjects.map((s) => s.subject_id as string)), observed);
    const result = studyPrespecifiedAnalysis(config, subjects)!;
    expect(result.method).toBe(config.source.outcome === "binary" ? "standardization" : "ancova");
    expect(result.n).toBe(observed.size);
    const c = result.contrasts[0]!;
    expect(Math.abs(c.adjusted.estimate - truth.ate), `${c.adjusted.estimate} vs ${truth.ate} (SE ${c.adjusted.se})`).toBeLessThan(3.5 * c.adjusted.se);
    expect(c.adjusted.lower).toBeLessThanOrEqual(truth.ate);
    expect(c.adjusted.upper).toBeGreaterThanOrEqual(truth.ate);
    expect(c.unadjusted.upper - c.unadjusted.lower).toBeGreaterThan(0.9 * (c.adjusted.upper - c.adjusted.lower));
    expect(c.favours).toBe(c.adjusted.estimate > 0 ? "treated" : "reference");
  });
});
