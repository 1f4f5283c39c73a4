/**
 * coxZph against R's cox.zph(fit, transform = "km") (survival 3.5-3, Debian 12;
 * tests/reference/survival/compute-expected.R) for every Cox model of cox.test.ts: per-term
 * (a factor is one term with its columns' df, R's terms = TRUE; per column with terms = FALSE)
 * and global chi-square, df and p, and the scaled Schoenfeld residuals (`$time`, `$x`, `$y`).
 */
import { describe, expect, it } from "vitest";
import { EstimatorInputError, coxZph, fitCox } from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import { coxCases } from "./survival-cox-cases.ts";
import { expectCloseOrNull, survivalExpected } from "./survival-reference.ts";

describe("coxZph matches R's cox.zph", () => {
  it.each(Object.keys(survivalExpected.cox))("%s", (name) => {
    const e = survivalExpected.cox[name];
    const c = coxCases[name]!;
    const fit = c.fit();
    const zph = coxZph(c.time, c.status, c.X, fit, {
      weights: c.options.weights,
      strata: c.options.strata,
      terms: name === "efron_singledf" ? undefined : c.terms,
    });
    expect(zph.tests.map((t) => t.term)).toEqual(name === "efron_singledf" ? [...fit.coefficients.map((x) => x.name), "GLOBAL"] : e.zph_terms);
    expectClose(
      zph.tests.map((t) => t.chiSquare),
      e.zph_chisq,
    );
    expect(zph.tests.map((t) => t.df)).toEqual(e.zph_df);
    expectClose(
      zph.tests.map((t) => t.p),
      e.zph_p,
      1e-6,
      1e-15,
    );
    expect(zph.global).toBe(zph.tests[zph.tests.length - 1]);
    // The scaled Schoenfeld residuals of the diagnostic plot (R's zph$time, zph$x, zph$y).
    expect(zph.residuals.time).toEqual(e.zph_time);
    expectClose(zph.residuals.x, e.zph_x, 1e-12, 1e-15);
    const y = e.zph_y as (number | null)[][];
    expect(zph.residuals.y.length).toBe(y.length);
    y.forEach((row, i) => expectCloseOrNull(zph.residuals.y[i]!, row, 1e-6, 1e-10, `y[${i}]`));
  });
});

describe("coxZph documentation example and input checks", () => {
  const t = [1, 2, 3, 4, 5, 6, 7, 8];
  const s = [1, 1, 1, 0, 1, 1, 1, 1];
  const X = [[1], [0], [1], [0], [1], [0], [0], [1]];
  it("the @example", () => {
    expectClose(coxZph(t, s, X, fitCox(t, s, X)).global.chiSquare, 1.4261799324887179, 1e-9);
  });
  it("rejects data that are not the fit's", () => {
    const fit = fitCox(t, s, X);
    expect(() => coxZph(t.slice(1), s.slice(1), X.slice(1), fit)).toThrow(EstimatorInputError);
    expect(() => coxZph(t, s, X, fit, { terms: [{ name: "x", columns: [3] }] })).toThrow(/terms\[0\].columns: must be column indices 0..0, got 3/);
  });
});
