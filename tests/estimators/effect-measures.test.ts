import { describe, expect, it } from "vitest";
import { aipw, binaryEffectMeasures, hajek, horvitzThompson } from "../../estimators/src/index.ts";
import { causalFixture, expectClose, expected } from "./reference.ts";

describe("binaryEffectMeasures", () => {
  it("computes the documented example by hand", () => {
    const m = binaryEffectMeasures({ mean1: 0.5, mean0: 0.25, estimate: 0.25, se: null, influence1: null, influence0: null });
    expect(m.riskDifference.estimate).toBe(0.25);
    expect(m.riskRatio.estimate).toBe(2);
    expect(m.oddsRatio.estimate).toBeCloseTo(3, 14);
    expect(m.oddsRatio.ci).toBeNull();
  });
  it("matches the R reference: RR and OR with delta-method SEs on the log scale", () => {
    const f = causalFixture();
    const r = expected("causal");
    for (const [est, ref] of [
      [aipw(f.ybin, f.treat, f.ps, f.binary.mu1, f.binary.mu0), r.aipw.binary_ate],
      [hajek(f.ybin, f.treat, f.ps), r.hajek.binary_ate],
      [horvitzThompson(f.ybin, f.treat, f.ps), r.ht.binary_ate],
    ] as const) {
      const m = binaryEffectMeasures(est);
      expectClose(m.riskRatio.estimate, ref.rr);
      expectClose(m.oddsRatio.estimate, ref.or);
      expectClose(m.riskRatio.se, ref.se_log_rr);
      expectClose(m.oddsRatio.se, ref.se_log_or);
      expectClose(m.riskRatio.ci![0], ref.rr * Math.exp(-1.959963984540054 * ref.se_log_rr));
    }
  });
  it("refuses risks of 0 or 1", () => {
    expect(() => binaryEffectMeasures({ mean1: 0.5, mean0: 0, estimate: 0.5, se: null, influence1: null, influence0: null })).toThrow(
      /risks.mean0: the risk under control must be strictly between 0 and 1/,
    );
    expect(() => binaryEffectMeasures({ mean1: 1, mean0: 0.2, estimate: 0.8, se: null, influence1: null, influence0: null })).toThrow(/risks.mean1/);
  });
});
