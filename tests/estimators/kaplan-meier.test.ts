/**
 * kaplanMeier against R's survfit (survival 3.5-3; tests/reference/survival/compute-expected.R):
 * curves by arm, overall, with non-integer case weights (infinitesimal-jackknife SE, R's default,
 * and Greenwood), conf.type "log" and "log-log", quantiles with their confidence limits
 * (`quantile(fit)`), numbers at risk (`summary(fit, times, extend = TRUE)$n.risk`), on the seeded
 * three-arm fixture, the veteran data and three small curves for the quantile rule.
 */
import { describe, expect, it } from "vitest";
import { EstimatorInputError, kaplanMeier, survivalInterval, type KaplanMeierOptions } from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import { expectCloseOrNull, surv300, survivalExpected, veteran } from "./survival-reference.ts";

const d = surv300();
const v = veteran();
const riskTimes = survivalExpected.risk_times as number[];
const armLevels = ["PBO", "LOW", "HIGH"];
const tinies: Record<string, { time: number[]; status: number[] }> = {
  tiny_flat: { time: [1, 2, 3, 4, 5, 6], status: [1, 1, 1, 1, 1, 1] },
  tiny_end: { time: [1, 2, 3, 4, 5, 7], status: [1, 0, 1, 0, 0, 0] },
  tiny_zero: { time: [1, 2, 2, 3, 4, 5], status: [1, 1, 0, 1, 0, 1] },
  tiny_time0: { time: [0, 0, 1, 2, 3, 3, 4], status: [1, 0, 1, 1, 0, 1, 0] },
  tiny_weight0: { time: [1, 2, 3, 4, 5, 6], status: [1, 1, 0, 1, 1, 0] },
};

function run(name: string) {
  const base: KaplanMeierOptions = { riskTimes, confType: name.includes("loglog") ? "log-log" : "log" };
  if (name.startsWith("arm")) {
    const opts: KaplanMeierOptions = { ...base, groups: d.arm, levels: armLevels };
    if (name.includes("weighted")) opts.weights = d.w;
    if (name.includes("greenwood")) opts.variance = "greenwood";
    if (name.includes("level90")) opts.level = 0.9;
    return kaplanMeier(d.time, d.status, opts);
  }
  if (name === "all_log") return kaplanMeier(d.time, d.status, base);
  if (name.startsWith("veteran")) return kaplanMeier(v.time, v.status, { ...base, groups: v.trt });
  const t = tinies[name]!;
  const weights = name === "tiny_weight0" ? [1, 0, 1.5, 1, 2, 1] : undefined;
  return kaplanMeier(t.time, t.status, { ...base, weights, confType: name === "tiny_zero" ? "log-log" : "log" });
}

describe("kaplanMeier matches R's survfit", () => {
  const cases = Object.keys(survivalExpected.km);
  it.each(cases)("%s", (name) => {
    const fit = run(name);
    const expected = survivalExpected.km[name] as any[];
    expect(fit.curves.length).toBe(expected.length);
    expected.forEach((e, k) => {
      const c = fit.curves[k]!;
      if (e.group !== null) expect(String(c.group)).toBe(e.group);
      expect(c.n).toBe(e.n);
      expect(c.time).toEqual(e.time);
      expectClose(c.nRisk, e.n_risk);
      expectClose(c.nEvent, e.n_event);
      expectClose(c.nCensor, e.n_censor);
      expectClose(c.survival, e.surv, 1e-6, 1e-14);
      expectCloseOrNull(c.stdErr, e.std_err_surv, 1e-6, 1e-14, `${name} stdErr`);
      expectCloseOrNull(e.logse ? c.stdErrLog : c.stdErr, e.std_err_fit, 1e-6, 1e-14, `${name} fit$std.err`);
      expectCloseOrNull(c.lower, e.lower, 1e-6, 1e-14, `${name} lower`);
      expectCloseOrNull(c.upper, e.upper, 1e-6, 1e-14, `${name} upper`);
      expectCloseOrNull(
        c.quantiles.map((q) => q.time),
        e.quantile,
        1e-12,
        0,
        `${name} quantile`,
      );
      expectCloseOrNull(
        c.quantiles.map((q) => q.lower),
        e.quantile_lower,
        1e-12,
        0,
        `${name} quantile lower`,
      );
      expectCloseOrNull(
        c.quantiles.map((q) => q.upper),
        e.quantile_upper,
        1e-12,
        0,
        `${name} quantile upper`,
      );
      expect(c.median.time).toBe(c.quantiles[1]!.time);
      expect(c.atRisk.map((a) => a.time)).toEqual(e.risk_times);
      expectClose(
        c.atRisk.map((a) => a.nRisk),
        e.risk_n,
        1e-9,
        1e-12,
      );
    });
  });

  it("uses the jackknife SE by default only with non-integer weights (as R)", () => {
    expect(kaplanMeier(d.time, d.status).variance).toBe("greenwood");
    expect(kaplanMeier(d.time, d.status, { weights: d.time.map(() => 2) }).variance).toBe("greenwood");
    expect(kaplanMeier(d.time, d.status, { weights: d.w }).variance).toBe("jackknife");
  });
});

describe("kaplanMeier documentation examples", () => {
  it("the @example of kaplanMeier", () => {
    const km = kaplanMeier([1, 2, 2, 3, 4, 5], [1, 1, 0, 1, 0, 1]);
    expectClose(km.curves[0]!.survival, [5 / 6, 4 / 6, 4 / 9, 4 / 9, 0], 1e-15, 0);
    expect(km.curves[0]!.median.time).toBe(3);
  });
  it("the @example of survivalInterval", () => {
    const ci = survivalInterval(0.5, 0.2, 1.959963984540054, "log");
    expectClose(ci.lower as number, 0.33785449056852285, 1e-15);
    expectClose(ci.upper as number, 0.739963525656604, 1e-15);
  });
});

describe("kaplanMeier rejects bad input, naming the argument and value", () => {
  it.each([
    [() => kaplanMeier([1, -2], [1, 0]), /time\[1\]: a follow-up time must be ≥ 0, got -2/],
    [() => kaplanMeier([1, 2], [1, 2]), /status\[1\]: must be 1 \(event\) or 0 \(censored\), got 2/],
    [() => kaplanMeier([1, 2], [1]), /status: must have the same length as time \(2\), got 1/],
    [() => kaplanMeier([1, 2], [1, 0], { weights: [1, -1] }), /weights\[1\]: must be non-negative, got -1/],
    [() => kaplanMeier([1, 2], [1, 0], { groups: ["a", "b"], levels: ["a"] }), /groups\[1\]: is not one of the levels "a", got "b"/],
    [() => kaplanMeier([1, 2], [1, 0], { confType: "plain" as never }), /confType: must be one of "log", "log-log", got "plain"/],
    [() => kaplanMeier([1, 2], [1, 0], { quantiles: [1.5] }), /quantiles\[0\]: must be a finite number between 0 and 1, got 1.5/],
  ])("%#", (f, message) => {
    expect(f).toThrow(EstimatorInputError);
    expect(f).toThrow(message);
  });
});
