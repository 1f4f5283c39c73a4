/**
 * The pure parts of the components that page cells moved into (issue 17): each computes what the
 * page computed inline before, so these pin the numbers the pages show.
 */
import type { BalanceRow, ComparisonResult, StudySurvival, SubgroupEffectRow } from "@trial/estimators";
import { describe, expect, it } from "vitest";
import { biasContourRows } from "../../pages/components/bias-contour-chart.ts";
import { cateRows, segmentLabel } from "../../pages/components/cate-chart.ts";
import { portfolioRows } from "../../pages/components/enrolment-summary.ts";
import { coxRows, coxTableOptions, rmstTableOptions, truthTableOptions } from "../../pages/components/survival-tables.ts";
import { lovePoints } from "../../pages/components/love-plot.ts";
import { storedPrimary } from "../../pages/components/primary-check.ts";
import { plainRows } from "../../pages/components/quick-chart.ts";
import { rmstRows } from "../../pages/components/survival-page.ts";

describe("page components", () => {
  it("lovePoints: |SMD| before and after weighting per covariate", () => {
    const balance = [{ column: "age", smdBefore: -0.25, smdAfter: 0.01 }] as unknown as BalanceRow[];
    expect(lovePoints(balance)).toEqual([
      { column: "age", when: "before weighting", smd: 0.25 },
      { column: "age", when: "after weighting", smd: 0.01 },
    ]);
  });

  it("cateRows: each estimated segment beside its true CATE", () => {
    const estimated = [{ level: segmentLabel("Europe", 1), n: 122, effect: { estimate: 0.157, ci: [-0.202, 0.515] } }] as unknown as SubgroupEffectRow[];
    expect(cateRows(estimated, [{ region: "Europe", prior_therapy: 1, effect: 0.14 }])).toEqual([
      { segment: "Europe / prior therapy 1", n: 122, estimate: 0.157, lower: -0.202, upper: 0.515, true_cate: 0.14 },
    ]);
  });

  it("biasContourRows: both curves on the grid from RR_EU 1.01, each point with bias factor equal to the risk ratio", () => {
    const rows = biasContourRows({ point: 1.85, riskRatio: 1.27, limit: 1.56, limitRiskRatio: 1.149 } as never);
    const first = rows.find((r) => r.curve === "explains away the estimate");
    // The grid is d3.range(1.01, 12, 0.02); a contour starts at the first RR_EU above the risk ratio.
    expect(first?.rrTreatmentConfounder).toBe(1.01 + 15 * 0.02);
    for (const r of rows.slice(0, 50)) {
      const target = r.curve === "explains away the estimate" ? 1.27 : 1.149;
      const b = (r.rrTreatmentConfounder * r.rrConfounderOutcome) / (r.rrTreatmentConfounder + r.rrConfounderOutcome - 1);
      expect(b).toBeCloseTo(target, 9);
    }
    expect(new Set(rows.map((r) => r.curve))).toEqual(new Set(["explains away the estimate", "moves the CI limit to 1"]));
  });

  it("storedPrimary: the build's AIPW estimate, or why there is none", () => {
    expect(storedPrimary(undefined)).toEqual({ estimate: null, error: "no stored analysis for this comparison" });
    expect(storedPrimary({ status: "failed", error: "separation", estimates: null } as unknown as ComparisonResult)).toEqual({ estimate: null, error: "separation" });
    expect(storedPrimary({ status: "ok", estimates: { aipw: { difference: { estimate: -0.53 } } } } as unknown as ComparisonResult)).toEqual({ estimate: -0.53, error: null });
  });

  it("plainRows: BIGINT counts as numbers where exact, larger ones kept as BigInt", () => {
    expect(plainRows([{ n: 12n, big: 2n ** 60n, s: "x" }])).toEqual([{ n: 12, big: 2n ** 60n, s: "x" }]);
  });

  it("rmstRows: Kaplan–Meier areas with the delta-method interval, or IPW with the build's bootstrap at its τ and the page's at another", () => {
    const c = {
      treated: "T",
      rmst: { treated: 58.4977, control: 131.7446, difference: -73.2469, differenceCi: [-93.0132, -53.4806] },
      adjusted: {
        status: "ok",
        rmstTreated: 58.69,
        rmstControl: 131.43,
        rmstDifference: -72.74,
        survivalDifference: -0.499,
        bootstrapError: null,
        bootstrap: { rmstDifference: { percentile: [-90.1, -55.2] }, survivalDifference: { percentile: [-0.61, -0.38] } },
      },
    } as unknown as StudySurvival["comparisons"][number];
    const label = (code: string) => `Active (${code})`;
    expect(rmstRows([c], { weighting: "none", builtTau: true, label })[0]).toEqual({
      comparison: "Active (T) vs control",
      treated: 58.4977,
      control: 131.7446,
      difference: -73.2469,
      ci: "-93.01 to -53.48",
      sdiff: null,
      sci: "—",
    });
    expect(rmstRows([c], { weighting: "ipw", builtTau: true, label })[0]).toMatchObject({ difference: -72.74, ci: "-90.10 to -55.20", sdiff: -0.499, sci: "-0.610 to -0.380" });
    // At another τ: the page's own bootstrap (survival-tau-bootstrap.ts), while it runs, once done, or failed.
    expect(rmstRows([c], { weighting: "ipw", builtTau: false, label })[0]).toMatchObject({ ci: "—", sci: "—" });
    expect(rmstRows([c], { weighting: "ipw", builtTau: false, label, pageBootstrap: { status: "running" } })[0]).toMatchObject({ ci: "computing in this browser…", sci: "—" });
    const done = {
      rmstDifference: { se: 9, percentile: [-80, -60] as [number, number] },
      survivalDifference: { se: 0.05, percentile: [-0.5, -0.3] as [number, number] },
      failures: 0,
    };
    expect(rmstRows([c], { weighting: "ipw", builtTau: false, label, pageBootstrap: { status: "done", byArm: { T: done }, seconds: 2 } })[0]).toMatchObject({
      ci: "-80.00 to -60.00",
      sci: "-0.500 to -0.300",
    });
    expect(
      rmstRows([c], { weighting: "ipw", builtTau: false, label, pageBootstrap: { status: "done", byArm: { T: { error: "too many failed refits" } }, seconds: 2 } })[0],
    ).toMatchObject({
      ci: "too many failed refits",
    });
  });

  it("the survival tables' formats print their decimals whatever else Inputs.table passes them (value, row index, rows)", () => {
    const call = (format: Record<string, (...args: unknown[]) => string>, column: string, x: number) => format[column]!(x, 3, []);
    const rmst = rmstTableOptions("ipw").format as unknown as Record<string, (...args: unknown[]) => string>;
    expect(["treated", "control", "difference"].map((c) => call(rmst, c, 20.123456))).toEqual(["20.12", "20.12", "20.12"]);
    expect(call(rmst, "sdiff", 0.011234)).toBe("0.011");
    const cox = coxTableOptions.format as unknown as Record<string, (...args: unknown[]) => string>;
    expect([call(cox, "hr", 0.76), call(cox, "wald", 0.00021), call(cox, "zph", 0.00001)]).toEqual(["0.760", "0.0002", "< 0.0001"]);
    const truthFormat = truthTableOptions(false).format as unknown as Record<string, (...args: unknown[]) => string>;
    expect([call(truthFormat, "estimate", -0.3306), truthFormat.covers!(true, 0, [])]).toEqual(["-0.331", "yes"]);
  });

  it("coxRows: the hazard ratio with its Wald test, the log-rank and PH-check p-values, or why not estimable", () => {
    const ok = { treated: "T", control: "C", status: "ok", cox: { hazardRatio: 0.61, lower: 0.45, upper: 0.83, p: 0.0016 }, logRank: { p: 0.0012 }, zph: { p: 0.4 } };
    const failed = { treated: "T2", control: "C", status: "failed", reason: "no events in the treated arm", cox: null, logRank: null, zph: null };
    const rows = coxRows({ comparisons: [ok, failed] } as unknown as StudySurvival, (code) => `arm ${code}`);
    expect(rows[0]).toEqual({ comparison: "arm T vs arm C", status: "", hr: 0.61, lower: 0.45, upper: 0.83, wald: 0.0016, logrank: 0.0012, zph: 0.4 });
    expect(rows[1]).toMatchObject({ status: "not estimable: no events in the treated arm", hr: null, wald: null });
  });
});

describe("portfolioRows", () => {
  const studies = [
    {
      id: "B",
      title: "Study B",
      assignment: "randomized",
      primaryOutcome: "y",
      outcome: "continuous",
      arms: [
        { code: "P", label: "Placebo" },
        { code: "A", label: "Active" },
      ],
    },
    {
      id: "A",
      title: "Study A",
      assignment: "observational",
      primaryOutcome: "r",
      outcome: "binary",
      arms: [
        { code: "C", label: "Control" },
        { code: "T", label: "Treated" },
      ],
    },
  ];
  const cut = (study: string, month: string, counts: Record<string, number>) => ({
    study,
    month,
    enrolled: 1200,
    arm_counts: JSON.stringify(counts),
    discontinued: 3,
    outcome_available: 7,
  });

  it("keeps each study's latest cut, in study order, with its arms' counts and design", () => {
    const rows = portfolioRows([cut("B", "2025-01", { P: 1, A: 2 }), cut("B", "2025-02", { P: 1000, A: 200 }), cut("A", "2025-01", { T: 5 })], studies);
    expect(rows.map((r) => [r.study, r.latest_cut, r.arms, r.design, r.outcome])).toEqual([
      ["A", "2025-01", "Control 0 · Treated 5", "observational", "r (binary)"],
      ["B", "2025-02", "Placebo 1,000 · Active 200", "randomized", "y (continuous)"],
    ]);
  });

  it("names a study that studies.json does not list", () => {
    expect(() => portfolioRows([cut("Z", "2025-01", {})], studies)).toThrow(/portfolio.json lists study Z, which studies.json does not/);
  });
});
