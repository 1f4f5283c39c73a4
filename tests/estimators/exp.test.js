import stdlibExp from "@stdlib/math-base-special-exp";
import { describe, expect, it } from "vitest";
import { createPrng, exp } from "../../estimators/src/index.ts";
// exp.ts is a faster copy of stdlib's exp (a table lookup instead of ldexp for the scaling by 2ᵏ):
// it must return stdlib's bits for every argument, but where stdlib's ldexp flushes a result in
// [2^−1075, 2^−1074) to 0 instead of rounding it up to the smallest subnormal, 2^−1074.
describe("exp", () => {
    it("equals stdlib's exp bit for bit on a million arguments across the whole range", () => {
        const rng = createPrng(20261202);
        let differences = 0;
        for (let i = 0; i < 1_000_000; i++) {
            const u = rng.uniform();
            // Half in the range the estimators use, half over the full domain including the subnormal results.
            const x = i % 2 === 0 ? (u - 0.5) * 60 : (u - 0.5) * 1488;
            if (!Object.is(exp(x), stdlibExp(x)))
                differences++;
        }
        expect(differences).toBe(0);
    });
    it("equals stdlib's exp where the result becomes subnormal, overflows or underflows", () => {
        for (let x = -744.4; x <= -700; x += 0.0137)
            expect(Object.is(exp(x), stdlibExp(x)), `exp(${x})`).toBe(true);
        // e^x in (2^−1075, 2^−1074]: the correctly rounded result is 2^−1074 (stdlib says 0).
        for (let x = -745.133; x <= -744.45; x += 0.0137)
            expect(exp(x), `exp(${x})`).toBe(Number.MIN_VALUE);
        expect(exp(-745.14)).toBe(0);
        for (let x = 705; x <= 710; x += 0.0137)
            expect(Object.is(exp(x), stdlibExp(x)), `exp(${x})`).toBe(true);
        for (const x of [0, -0, 1e-300, -1e-300, 3.725290298461914e-9, 0.5 * Math.LN2, -0.5 * Math.LN2, 709.782712893384, -708.3964185322641, -708.4])
            expect(Object.is(exp(x), stdlibExp(x)), `exp(${x})`).toBe(true);
    });
    it("handles the special values", () => {
        expect(exp(Number.NaN)).toBeNaN();
        expect(exp(Infinity)).toBe(Infinity);
        expect(exp(-Infinity)).toBe(0);
        expect(exp(710)).toBe(Infinity);
        expect(exp(0)).toBe(1);
    });
});
