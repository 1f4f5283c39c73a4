import { describe, expect, it } from "vitest";
import { chiSquareUpperTail, logGamma, upperRegularizedGamma } from "../../estimators/src/index.ts";
import { expectClose, expected } from "./reference.ts";

describe("chiSquareUpperTail", () => {
  it("matches R's pchisq(x, df, lower.tail = FALSE)", () => {
    for (const c of expected("sensitivity").chisq) expectClose(chiSquareUpperTail(c.x, c.df), c.p, 1e-10);
  });
  it("closed forms: df = 2 is exp(−x/2); the 95 % point of χ²₁ is 3.8415", () => {
    for (const x of [0.1, 1, 5, 30]) expectClose(chiSquareUpperTail(x, 2), Math.exp(-x / 2), 1e-12);
    expectClose(chiSquareUpperTail(3.841458820694124, 1), 0.05, 1e-12);
    expect(upperRegularizedGamma(2, 0)).toBe(1);
    expectClose(logGamma(10), Math.log(362880), 1e-13);
  });
  it("rejects negative statistics and degrees of freedom", () => {
    expect(() => chiSquareUpperTail(-1, 2)).toThrow(/^x: /);
    expect(() => chiSquareUpperTail(1, 0)).toThrow(/^df: /);
  });
});
