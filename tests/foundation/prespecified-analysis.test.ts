/**
 * The pre-specified primary analysis (src/foundation/prespecified-analysis.ts):
 * - CDISCPILOT01, on the project's own snapshot subjects (the loader's `deriveCdiscTables` from
 *   SDTM and the two ADaM datasets it reads): the registry entry's plan gives the published CSR
 *   Table 14-3.01 (n per arm, dose-response p, each difference of LS means with SE, 95% CI and
 *   p, to the digits printed) and R's full-precision numbers (tests/reference/csr/
 *   cdisc-table-14-3-01.R → .json, observed-margin weights) to 1e-6;
 * - the rules around it: population rule, left-out subjects counted, the unadjusted difference,
 *   the favoured arm from the plan's direction, and a study without a plan.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { deriveCdiscTables } from "../../data-loaders/cdisc/derive-tables.ts";
import { readCdiscDomains } from "../../data-loaders/cdisc/read-domains.ts";
import { cdiscDataDir, cdiscPilotStudy } from "../../src/foundation/cdisc-pilot.ts";
import { ruleHolds, studyPrespecifiedAnalysis, type PrespecifiedResult } from "../../src/foundation/prespecified-analysis.ts";
import type { PrespecifiedAnalysisPlan, StudyConfig } from "../../src/foundation/study-config.ts";
import { studies } from "../../src/foundation/registry.ts";
import { publishedRows } from "../analysis/trial-tables/published.ts";
import { cdiscAdamFiles } from "../estimators/cdisc-adam.ts";
import { expectClose } from "../estimators/reference.ts";
import expectedJson from "../reference/csr/cdisc-table-14-3-01.json" with { type: "json" };

const r = expectedJson as any;
const { absent } = cdiscAdamFiles("pre-specified analysis test", ["adsl.xpt", "adadas.xpt"]);
const p3 = (p: number): string => (p < 0.001 ? "<.001" : p.toFixed(3));
const f1 = (x: number): string => x.toFixed(1);

describe.skipIf(absent)("CDISCPILOT01: the pre-specified analysis is CSR Table 14-3.01", () => {
  let result: PrespecifiedResult;
  beforeAll(() => {
    const source = { ...cdiscPilotStudy.source, dir: cdiscDataDir() };
    const tables = deriveCdiscTables({ ...cdiscPilotStudy, source }, readCdiscDomains(source)).tables;
    result = studyPrespecifiedAnalysis(cdiscPilotStudy, tables.subjects as Array<Record<string, unknown>>)!;
  }, 60_000);

  const published = publishedRows("14-3.01");
  const row = (label: string, from = 0): string[] => published.slice(from).find((x) => x[0] === label)!;

  it("analyses the efficacy population with the LOCF outcome: n per arm as published, the carried-forward values counted", () => {
    expect(result.nByArm.map((a) => a.n)).toEqual([79, 81, 74]);
    expect(published[0]).toEqual(["", "Placebo (N=79)", "Xanomeline Low Dose (N=81)", "Xanomeline High Dose (N=74)"]);
    expect(result.formula).toBe("adas_chg ~ arm + site_group + baseline_adas");
    expect(result.excludedByArm.map((e) => e.outsidePopulation)).toEqual([7, 3, 10]);
    expect(result.excludedByArm.every((e) => e.missingOutcome === 0 && e.missingCovariate === 0)).toBe(true);
    expect(result.imputation.rule).toBe("locf");
    expect(result.imputation.imputedByArm!.reduce((s, a) => s + a.n, 0)).toBeGreaterThan(0);
  });

  it("prints the published p-values, differences of LS means (SE) and 95% CIs", () => {
    const [lo, hi, hiLo] = result.contrasts as [PrespecifiedResult["contrasts"][0], PrespecifiedResult["contrasts"][0], PrespecifiedResult["contrasts"][0]];
    expect(["", p3(lo.adjusted.p!), p3(hi.adjusted.p!)]).toEqual(row("p-value(Xan - Placebo) [1][3]").slice(1));
    const diffRow = published.findIndex((x) => x[0] === "p-value(Xan - Placebo) [1][3]");
    expect(row("Diff of LS Means (SE)", diffRow).slice(2)).toEqual([lo, hi].map((c) => `${f1(c.adjusted.estimate)} (${c.adjusted.se.toFixed(2)})`));
    expect(row("95% CI", diffRow).slice(2)).toEqual([lo, hi].map((c) => `(${f1(c.adjusted.lower)};${f1(c.adjusted.upper)})`));
    const hiLoRow = published.findIndex((x) => x[0] === "p-value(Xan High - Xan Low) [1][3]");
    expect(published[hiLoRow]![3]).toBe(p3(hiLo.adjusted.p!));
    expect(published[hiLoRow + 1]![3]).toBe(`${f1(hiLo.adjusted.estimate)} (${hiLo.adjusted.se.toFixed(2)})`);
    expect(published[hiLoRow + 2]![3]).toBe(`(${f1(hiLo.adjusted.lower)};${f1(hiLo.adjusted.upper)})`);
    expect(row("p-value(Dose Response) [1][2]")[3]).toBe(p3(result.doseResponse!.p!));
  });

  it("equals R (lm + emmeans, observed-margin weights) on the sponsor's ADaM to 1e-6", () => {
    const e = r.lsmeans.find((x: any) => x.weights === "proportional");
    expectClose(
      result.armEstimates.map((m) => m.estimate),
      e.means.estimate,
    );
    expectClose(
      result.armEstimates.map((m) => m.se),
      e.means.se,
    );
    for (const key of ["estimate", "se", "p", "lower", "upper"] as const)
      expectClose(
        result.contrasts.map((c) => c.adjusted[key]!),
        e.differences[key],
      );
    expectClose(result.doseResponse!.estimate, r.dose.estimate);
    expectClose(result.doseResponse!.p!, r.dose.p);
    const treatment = r.type3.find((t: any) => t.term === "TRT01P") ?? r.type3[0];
    expectClose(result.armTest!.p, treatment.p);
  });

  it("reports the unadjusted difference (difference of arm means, no p-value) beside each adjusted one, and the direction that favours treatment", () => {
    for (const c of result.contrasts) {
      const mean = (code: string) => result.armRawMeans.find((m) => m.arm === code)!.mean;
      expectClose(c.unadjusted.estimate, mean(c.treated) - mean(c.reference));
      expect(c.unadjusted.p).toBeNull();
      expect(c.unadjusted.lower).toBeLessThan(c.unadjusted.estimate);
    }
    // ADAS-Cog: lower is better; every dose's LS mean change is below placebo's.
    expect(result.contrasts.map((c) => c.favours)).toEqual(["treated", "treated", "treated"]);
    expect(result.contrasts[1]!.favoursText).toBe("favours Xanomeline high dose (lower is better)");
  });
});

describe("studyPrespecifiedAnalysis rules", () => {
  const arms = [
    { code: "P", label: "Placebo", role: "control" as const },
    { code: "T", label: "Active", role: "treated" as const },
  ];
  const plan: PrespecifiedAnalysisPlan = {
    title: "ANCOVA",
    reference: "test",
    outcome: { column: "y", label: "y", better: "higher" },
    visit: "Week 4",
    population: { label: "flagged", rule: { column: "pop", equals: 1 } },
    imputation: { rule: "none", description: "observed cases" },
    factors: [],
    covariates: ["x"],
    method: { kind: "ancova", covariance: "HC3", lsMeanWeights: "proportional" },
  };
  const subjects = [
    ...[1, 2, 3, 4, 5, 6].map((i) => ({ subject_id: `p${i}`, arm: "P", pop: 1, y: i % 3, x: i })),
    ...[1, 2, 3, 4, 5, 6].map((i) => ({ subject_id: `t${i}`, arm: "T", pop: 1, y: 2 + (i % 4), x: i })),
    { subject_id: "t7", arm: "T", pop: 0, y: 100, x: 1 },
    { subject_id: "t8", arm: "T", pop: 1, y: null, x: 1 },
    { subject_id: "p7", arm: "P", pop: 1, y: 1, x: null },
  ];

  it("selects the population, counts who is left out, contrasts treated − control and names the favoured arm", () => {
    const res = studyPrespecifiedAnalysis({ id: "T", arms, prespecified: plan }, subjects)!;
    expect(res.n).toBe(12);
    expect(res.excludedByArm).toEqual([
      { arm: "P", outsidePopulation: 0, missingOutcome: 0, missingCovariate: 1 },
      { arm: "T", outsidePopulation: 1, missingOutcome: 1, missingCovariate: 0 },
    ]);
    expect(res.contrasts.map((c) => [c.treated, c.reference])).toEqual([["T", "P"]]);
    expect(res.contrasts[0]!.adjusted.estimate).toBeGreaterThan(0);
    expect(res.contrasts[0]!.favours).toBe("treated");
    expect(res.se).toBe("HC3");
    const lower = studyPrespecifiedAnalysis({ id: "T", arms, prespecified: { ...plan, outcome: { ...plan.outcome, better: "lower" } } }, subjects)!;
    expect(lower.contrasts[0]!.favoursText).toBe("favours Placebo (lower is better)");
  });

  it("is null for a study without a plan; an unknown arm is an error naming the row", () => {
    expect(studyPrespecifiedAnalysis({ id: "T", arms }, subjects)).toBeNull();
    expect(() => studyPrespecifiedAnalysis({ id: "T", arms, prespecified: plan }, [{ subject_id: "z", arm: "X", y: 1, x: 1 }])).toThrow(/row 0 \(z\) has arm "X"/);
  });

  it("rules: equals (1 for true), in, between, lt, gt; a missing value satisfies no numeric rule", () => {
    expect(ruleHolds({ column: "a", equals: true }, { a: 1 })).toBe(true);
    expect(ruleHolds({ column: "a", in: ["x", "y"] }, { a: "y" })).toBe(true);
    expect(ruleHolds({ column: "a", between: [1, 2] }, { a: 2 })).toBe(true);
    expect(ruleHolds({ column: "a", lt: 1 }, { a: null })).toBe(false);
    expect(ruleHolds({ column: "a", gt: 1 }, { a: 3 })).toBe(true);
  });
});

describe("the registry declares a pre-specified analysis for every randomized study (and only those)", () => {
  it.each(studies.map((s) => [s.id, s] as [string, StudyConfig]))("%s", (_id, s) => {
    if (s.source.assignment !== "randomized" || s.source.kind === "byo") return;
    const plan = s.prespecified!;
    expect(plan).toBeDefined();
    expect(plan.method.kind).toBe(s.source.outcome === "binary" ? "standardization" : "ancova");
    expect(plan.outcome.column).toBe(s.primaryOutcome);
  });
  it("no confounded study has one", () => {
    expect(studies.filter((s) => s.source.assignment === "confounded" && s.prespecified !== undefined)).toEqual([]);
  });
});
