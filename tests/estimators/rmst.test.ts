/**
 * rmstTwoArms / rmstOneArm against survRM2's rmst2 formulas (unadjusted), written out in R on
 * survfit output in tests/reference/survival/compute-expected.R because survRM2 is not in Debian:
 * RMST per arm with SE and CI, the difference with SE, CI and p, the RMST ratio and the RMTL ratio
 * with CIs and p, on the three-arm fixture (τ = 100, 250) and the veteran data (τ = 365 and survRM2's
 * default τ, the smaller of the arms' largest event times).
 */
import { describe, expect, it } from "vitest";
import { EstimatorInputError, rmstOneArm, rmstTwoArms, type RmstResult } from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import { surv300, survivalExpected, veteran } from "./survival-reference.ts";

const d = surv300();
const v = veteran();
function versusPlacebo(treated: string, tau: number): RmstResult {
  const idx = d.arm.map((_, i) => i).filter((i) => d.arm[i] === "PBO" || d.arm[i] === treated);
  return rmstTwoArms(
    idx.map((i) => d.time[i]!),
    idx.map((i) => d.status[i]!),
    idx.map((i) => (d.arm[i] === treated ? 1 : 0)),
    tau,
  );
}
const cases: Record<string, () => RmstResult> = {
  low_vs_pbo_250: () => versusPlacebo("LOW", 250),
  high_vs_pbo_250: () => versusPlacebo("HIGH", 250),
  high_vs_pbo_100: () => versusPlacebo("HIGH", 100),
  veteran_365: () =>
    rmstTwoArms(
      v.time,
      v.status,
      v.trt.map((t) => (t === 2 ? 1 : 0)),
      365,
    ),
  veteran_default_tau: () =>
    rmstTwoArms(
      v.time,
      v.status,
      v.trt.map((t) => (t === 2 ? 1 : 0)),
    ),
};

describe("rmstTwoArms matches survRM2's rmst2 formulas", () => {
  it.each(Object.keys(survivalExpected.rmst))("%s", (name) => {
    const e = survivalExpected.rmst[name];
    const r = cases[name]!();
    expect(r.tau).toBe(e.tau);
    for (const [arm, ea] of [
      [r.arm1, e.arm1],
      [r.arm0, e.arm0],
    ] as const) {
      expectClose([arm.rmst, arm.se, arm.lower, arm.upper], [ea.rmst, ea.se, ea.lower, ea.upper]);
    }
    expectClose([r.difference.estimate, r.difference.se, r.difference.lower, r.difference.upper], [e.diff.est, e.diff.se, e.diff.lower, e.diff.upper]);
    expectClose([r.ratio.estimate, r.ratio.lower, r.ratio.upper], [e.ratio.est, e.ratio.lower, e.ratio.upper]);
    expectClose([r.rmtlRatio.estimate, r.rmtlRatio.lower, r.rmtlRatio.upper], [e.rmtl_ratio.est, e.rmtl_ratio.lower, e.rmtl_ratio.upper]);
    expectClose([r.difference.p, r.ratio.p, r.rmtlRatio.p], [e.diff.p, e.ratio.p, e.rmtl_ratio.p], 1e-6, 1e-12);
  });
});

describe("RMST documentation examples and input checks", () => {
  it("the @examples", () => {
    expectClose(rmstOneArm([2, 3, 3, 5, 8], [1, 0, 1, 1, 0], 6).rmst, 4.3, 1e-14);
    expectClose(rmstTwoArms([2, 3, 3, 5, 8, 1, 2, 4, 6, 7], [1, 0, 1, 1, 0, 1, 1, 1, 0, 1], [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], 6).difference.estimate, 0.5, 1e-12);
  });
  it("handles arms larger than the engine's argument limit (no Math.max(...array))", () => {
    const n = 300_000;
    const t = Array.from({ length: n }, (_, i) => 1 + (i % 500));
    const r = rmstTwoArms(
      t,
      t.map((_, i) => (i % 3 === 0 ? 0 : 1)),
      t.map((_, i) => i % 2),
      100,
    );
    expect(r.arm1.n + r.arm0.n).toBe(n);
  });
  it.each([
    [() => rmstTwoArms([1, 2, 3, 4], [1, 1, 1, 1], [1, 1, 0, 0], 3), /tau: must not exceed the smaller of the two arms' largest follow-up times \(2\), got 3/],
    [() => rmstTwoArms([1, 2, 3, 4], [1, 1, 1, 1], [1, 1, 1, 1], 1), /arm: has no control observations/],
    [() => rmstOneArm([1, 2], [1, 1], 0), /tau: must be a finite number strictly between 0 and/],
  ])("rejects %#", (f, message) => {
    expect(f).toThrow(EstimatorInputError);
    expect(f).toThrow(message);
  });
});
