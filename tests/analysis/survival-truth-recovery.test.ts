/**
 * Truth recovery of the time-to-event analysis on the synthetic time to clinical worsening: one
 * large trial of the confounded process (SYN-CONF-B's generator with 8,000 screened, about
 * 6,700 enrolled, cut at the study's last data cut: censoring by dropout, at the primary visit and
 * at the cut). The adjusted (IPW) RMST and survival differences at τ and the IPW-weighted Cox
 * hazard ratio lie near the true marginal values of truth.json; the unadjusted Cox hazard ratio
 * does not (sicker subjects are treated more often and have higher hazards).
 */
import { analyseStudySurvival } from "@trial/estimators";
import { describe, expect, it } from "vitest";
import { timeToEventTruth } from "../../data-loaders/synthetic/time-to-event-truth.ts";
import { simulateSurvivalTrial } from "../../src/analysis/survival-coverage-simulation.ts";
import { getStudy } from "../../src/foundation/registry.ts";
import { asSynthetic } from "../../src/foundation/study-config.ts";
import { survivalFields, survivalSpec } from "../../src/foundation/survival-endpoint.ts";

describe("time-to-event truth recovery (large n, confounded)", () => {
  it("IPW RMST and survival differences and the IPW Cox HR recover the true marginal effects; the unadjusted HR does not", () => {
    const config = asSynthetic(getStudy("SYN-CONF-B"));
    const month = config.dataCuts[config.dataCuts.length - 1] as string;
    const truth = timeToEventTruth(config);
    const rows = simulateSurvivalTrial(config, 20261207, 8_000, month);
    const result = analyseStudySurvival(survivalSpec(survivalFields(config), month), rows, { bootstrap: { replicates: 30, seed: 7 } });
    const c = result.comparisons[0]!;
    const a = c.adjusted!;
    expect(result.n).toBeGreaterThan(6000);
    expect(result.parameters.tau).toBe(truth.tau);
    expect(a.status).toBe("ok");
    const m = truth.marginal;
    // The marginal HR is not the conditional one (non-collapsibility), and the IPW Cox finds the marginal one.
    expect(m.hazardRatio).toBeGreaterThan(0.71);
    expect(Math.abs(a.cox!.logHr - m.logHazardRatio)).toBeLessThan(3.5 * a.cox!.robustSe);
    expect(Math.abs(a.rmstDifference! - m.rmstDifference)).toBeLessThan(3.5 * a.bootstrap!.rmstDifference.se);
    expect(Math.abs(a.survivalDifference! - m.survivalDifference)).toBeLessThan(3.5 * a.bootstrap!.survivalDifference.se);
    // Unadjusted: biased towards harm by confounding, far outside its interval.
    expect(Math.log(c.cox!.hazardRatio) - m.logHazardRatio).toBeGreaterThan(5 * c.cox!.se);
    expect(c.cox!.lower).toBeGreaterThan(m.hazardRatio);
  });
});
