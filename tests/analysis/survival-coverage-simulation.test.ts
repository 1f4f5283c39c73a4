/**
 * The time-to-event coverage simulation on a few small trials (the full run,
 * `npm run simulate:survival-coverage`, is a script whose output and figure are committed in
 * pages/data/coverage/): the unadjusted hazard ratio is biased by confounding, the IPW estimates
 * are not, their intervals cover the truth, and the same seeds give the same figures.
 */
import { describe, expect, it } from "vitest";
import { simulateSurvivalCoverage } from "../../src/analysis/survival-coverage-simulation.ts";

describe("time-to-event coverage simulation", () => {
  it("on 3 small trials: naive HR biased, IPW close, intervals cover, reproducible", () => {
    // 20,000 truth draws instead of truth.json's 100,000: a Monte Carlo error far below these trials' SEs.
    const options = { study: "SYN-CONF-B", replicates: 3, nScreened: 500, bootstrap: 20, truthDraws: 20_000 };
    const { summary, replicates } = simulateSurvivalCoverage(options);
    const e = summary.estimators;
    expect(summary.tau).toBe(168);
    expect(replicates.every((r) => r.discontinued > 0 && r.events > 40)).toBe(true);
    expect(e.naiveLogHr.bias).toBeGreaterThan(0.15);
    expect(Math.abs(e.ipwLogHr.bias)).toBeLessThan(0.15);
    expect(e.ipwLogHr.coverage).toBeGreaterThanOrEqual(2 / 3);
    expect(e.ipwRmstDifference.coverage).toBeGreaterThanOrEqual(2 / 3);
    expect(simulateSurvivalCoverage({ ...options, replicates: 1 }).replicates).toEqual(replicates.slice(0, 1));
  });
});
