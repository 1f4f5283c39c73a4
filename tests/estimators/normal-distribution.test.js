import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../estimators/src/index.ts";
import { expectClose, expected } from "./reference.ts";
describe("normalCdf and normalQuantile", () => {
    it("compute the documented examples", () => {
        expect(normalCdf(0)).toBe(0.5);
        expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
        expect(normalQuantile(0.5)).toBe(0);
        expect(normalQuantile(0.975)).toBe(1.9599639845400536);
    });
    it("match R's pnorm and qnorm, tails included, to 1e-14 relative", () => {
        const r = expected("normal-distribution");
        r.x.forEach((x, i) => expectClose(normalCdf(x), r.pnorm[i], 1e-14, 0));
        r.p.forEach((p, i) => expectClose(normalQuantile(p), r.qnorm[i], 1e-14, 0));
    });
    it("are inverse to each other and handle infinities", () => {
        for (const p of [1e-12, 0.01, 0.3, 0.77, 0.999])
            expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
        expect(normalCdf(-Infinity)).toBe(0);
        expect(normalCdf(Infinity)).toBe(1);
    });
    it("reject NaN and probabilities outside (0, 1)", () => {
        expect(() => normalCdf(NaN)).toThrow(/x: must be a number, got NaN/);
        expect(() => normalQuantile(0)).toThrow(/p: must be a finite number strictly between 0 and 1, got 0/);
        expect(() => normalQuantile(1)).toThrow(/got 1/);
    });
});
