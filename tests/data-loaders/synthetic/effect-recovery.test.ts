/**
 * The known effect is recoverable from the final data cut with a simple correct estimator, and the
 * naive contrast is biased where the process says it should be:
 * - randomized (linear, heterogeneous, lagged): difference in means of the observed outcomes;
 * - confounded and selection: OLS of the outcome on treatment and the baseline covariates (the
 *   outcome is linear in them, and assignment and dropout depend only on them and the arm), with
 *   HC1 standard errors;
 * each within 3 standard errors of the true ATE.
 */
import { describe, expect, it } from "vitest";
import type { Row } from "../../../data-loaders/snapshot/schema.ts";
import { REGIONS } from "../../../data-loaders/synthetic/parameters.ts";
import { getSyntheticStudy } from "../../../src/foundation/registry.ts";
import { cutOf, finalMonth, trialOf } from "../trials.ts";
import { differenceInMeans, ols } from "./least-squares.ts";

function observed(study: string): { rows: Row[]; y: number[]; t: number[] } {
  const config = getSyntheticStudy(study);
  const rows = cutOf(study, finalMonth(study)).subjects.filter((s) => s[config.primaryOutcome] !== null);
  return { rows, y: rows.map((s) => s[config.primaryOutcome] as number), t: rows.map((s) => s.treated as number) };
}

const design = (s: Row) => [
  1,
  s.treated as number,
  s.age as number,
  s.female as number,
  s.bmi as number,
  s.baseline_severity as number,
  s.diabetes as number,
  s.egfr as number,
  s.prior_therapy as number,
  s.region === "Europe" ? 1 : 0,
  s.region === "Asia-Pacific" ? 1 : 0,
  s.region === "Latin America" ? 1 : 0,
];

describe("effect recovery on the final data cut", () => {
  it.each(["SYN-LIN-C", "SYN-LIN-B", "SYN-HET-C", "SYN-LAG-C"])("%s (randomized): the difference in means is within 3 SE of the true ATE", (study) => {
    const { y, t } = observed(study);
    const { estimate, se } = differenceInMeans(y, t);
    expect(y.length).toBeGreaterThan(300);
    expect(Math.abs(estimate - getSyntheticStudy(study).source.trueEffect)).toBeLessThan(3 * se);
  });

  it.each(["SYN-CONF-C", "SYN-CONF-B", "SYN-SEL-C", "SYN-SEL-B"])(
    "%s: covariate-adjusted OLS is within 3 SE of the true ATE; the naive complete-case difference is biased by more than 0.1 (and 2 SE)",
    (study) => {
      const { rows, y, t } = observed(study);
      const truth = getSyntheticStudy(study).source.trueEffect;
      const fit = ols(rows.map(design), y);
      expect(Math.abs((fit.beta[1] as number) - truth)).toBeLessThan(3 * (fit.se[1] as number));
      const naive = differenceInMeans(y, t);
      expect(truth - naive.estimate).toBeGreaterThan(0.1);
      expect(truth - naive.estimate).toBeGreaterThan(2 * naive.se);
    },
  );

  it("SYN-SEL-C: control completers are a selected (less severe) sample, the treated ones much less so", () => {
    const study = "SYN-SEL-C";
    const all = cutOf(study, finalMonth(study)).subjects.filter((s) => s.disposition !== "ongoing");
    const mean = (v: Row[]) => v.reduce((s, r) => s + (r.baseline_severity as number), 0) / v.length;
    const shift = (arm: number) => {
      const rows = all.filter((s) => s.treated === arm);
      return mean(rows.filter((s) => s.change_from_baseline !== null)) - mean(rows);
    };
    expect(shift(0)).toBeLessThan(-0.5);
    expect(Math.abs(shift(1))).toBeLessThan(Math.abs(shift(0)) / 2);
  });

  it("SYN-HET-C: the difference in means by region is within 3 SE of the true CATE", () => {
    const study = "SYN-HET-C";
    const { rows, y, t } = observed(study);
    const truth = trialOf(study).subjectTruth;
    for (const region of REGIONS) {
      const idx = rows.map((r, i) => (r.region === region ? i : -1)).filter((i) => i >= 0);
      // The true CATE of the region's observed subjects (their mix of prior therapy 0/1).
      const cate = idx.reduce((s, i) => s + truth.get(rows[i]!.subject_id as string)!.cate, 0) / idx.length;
      const { estimate, se } = differenceInMeans(
        idx.map((i) => y[i]!),
        idx.map((i) => t[i]!),
      );
      expect(Math.abs(estimate - cate), region).toBeLessThan(3 * se);
    }
  });

  it("SYN-LAG-C: no effect at week 4, the full effect at the primary visit (per-visit difference in means)", () => {
    const study = "SYN-LAG-C";
    const cut = cutOf(study, finalMonth(study));
    const arm = new Map(cut.subjects.map((s) => [s.subject_id, s.treated as number]));
    const atVisit = (k: number) => {
      const v = cut.visits.filter((r) => r.visit_number === k && r.change_from_baseline !== null);
      return differenceInMeans(
        v.map((r) => r.change_from_baseline as number),
        v.map((r) => arm.get(r.subject_id as string)!),
      );
    };
    const week4 = atVisit(1);
    expect(Math.abs(week4.estimate)).toBeLessThan(3 * week4.se);
    const primary = atVisit(6);
    expect(Math.abs(primary.estimate - 0.3)).toBeLessThan(3 * primary.se);
  });
});
