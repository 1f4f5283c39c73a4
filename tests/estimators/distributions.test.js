import { describe, expect, it } from "vitest";
import { chiSquareUpperTail, fUpperTail, logGamma, lowerRegularizedGamma, regularizedBeta, tDensity, tQuantile, tTwoSidedP, tUpperTail, upperRegularizedBeta, upperRegularizedGamma, } from "../../estimators/src/index.ts";
import { expectClose, expected } from "./reference.ts";
// R's pt, qt, pf, pchisq, pbeta, pgamma, lgamma on a grid that reaches far into the tails
// (tests/reference/distributions/expected.R). A p-value must keep its relative accuracy however
// small it is: 1e-10 relative throughout (the smallest p-values here are below 1e-100).
const ref = expected("distributions");
const REL = 1e-10;
const ABS = 1e-300;
describe("t distribution", () => {
    it("two-sided and upper-tail p-values match R's pt to 1e-10 relative, far tails included", () => {
        for (const c of ref.t) {
            expectClose(tTwoSidedP(c.t, c.df), c.two_sided, REL, ABS);
            expectClose(tUpperTail(c.t, c.df), c.upper, REL, ABS);
            expectClose(tDensity(c.t, c.df), c.density, REL, ABS);
        }
        for (const c of ref.t_negative)
            expectClose(tUpperTail(c.t, c.df), c.upper, REL, ABS);
    });
    it("quantiles match R's qt to 1e-12 relative", () => {
        for (const c of ref.t_quantile)
            expectClose(tQuantile(c.p, c.df), c.q, 1e-12, 1e-300);
    });
    it("is symmetric, and infinite statistics give p = 0", () => {
        expect(tTwoSidedP(-2.5, 7)).toBe(tTwoSidedP(2.5, 7));
        expectClose(tQuantile(0.025, 12), -tQuantile(0.975, 12), 1e-14);
        expect(tTwoSidedP(Infinity, 3)).toBe(0);
        expect(tQuantile(0.5, 3)).toBe(0);
    });
    it("names the argument it rejects", () => {
        expect(() => tTwoSidedP(Number.NaN, 3)).toThrow(/^t: /);
        expect(() => tTwoSidedP(1, 0)).toThrow(/^df: /);
        expect(() => tQuantile(1, 3)).toThrow(/^p: /);
    });
});
describe("F distribution", () => {
    it("upper-tail p-values match R's pf to 1e-10 relative", () => {
        for (const c of ref.f)
            expectClose(fUpperTail(c.f, c.df1, c.df2), c.upper, REL, ABS);
    });
    it("F(1, ν) is the square of t(ν)", () => {
        expectClose(fUpperTail(2.5 * 2.5, 1, 17), tTwoSidedP(2.5, 17), 1e-13);
    });
    it("names the argument it rejects", () => {
        expect(() => fUpperTail(-1, 1, 2)).toThrow(/^f: /);
        expect(() => fUpperTail(1, 0, 2)).toThrow(/^df1: /);
    });
});
describe("chi-square distribution", () => {
    it("upper-tail p-values match R's pchisq to 1e-10 relative", () => {
        for (const c of ref.chisq)
            expectClose(chiSquareUpperTail(c.x, c.df), c.upper, REL, ABS);
        for (const c of expected("sensitivity").chisq)
            expectClose(chiSquareUpperTail(c.x, c.df), c.p, 1e-10);
    });
    it("rejects negative statistics and degrees of freedom", () => {
        expect(() => chiSquareUpperTail(-1, 2)).toThrow(/^x: /);
        expect(() => chiSquareUpperTail(1, 0)).toThrow(/^df: /);
    });
});
describe("incomplete beta and gamma functions, log-gamma", () => {
    it("match R's pbeta, pgamma and lgamma", () => {
        for (const c of ref.beta) {
            expectClose(regularizedBeta(c.x, c.a, c.b), c.lower, REL, ABS);
            expectClose(upperRegularizedBeta(c.x, c.a, c.b), c.upper, REL, ABS);
        }
        for (const c of ref.gamma) {
            expectClose(lowerRegularizedGamma(c.a, c.x), c.lower, REL, ABS);
            expectClose(upperRegularizedGamma(c.a, c.x), c.upper, REL, ABS);
        }
        for (const c of ref.lgamma)
            expectClose(logGamma(c.x), c.lgamma, 1e-13, 1e-15);
        expect(upperRegularizedGamma(2, 0)).toBe(1);
    });
});
