import { describe, expect, it } from "vitest";
import { kishEss, kishEssByArm } from "../../estimators/src/index.ts";
import { expectClose, expected, trialData } from "./reference.ts";
describe("kishEss", () => {
    it("computes the documented examples", () => {
        expect(kishEss([1, 1, 1, 1])).toBe(4);
        expect(kishEss([1, 1, 2])).toBeCloseTo(16 / 6, 15);
        expect(kishEssByArm([1, 1, 1, 2], [0, 0, 1, 1])).toEqual({ treated: 1.8, control: 2 });
    });
    it("matches R on the fixture weights", () => {
        const d = trialData();
        const r = expected("ess");
        expectClose(kishEss(d.w), r.all);
        const byArm = kishEssByArm(d.w, d.treat);
        expectClose(byArm.treated, r.treated);
        expectClose(byArm.control, r.control);
    });
    it("is scale invariant and rejects invalid weights", () => {
        expect(kishEss([2, 2, 4])).toBeCloseTo(kishEss([1, 1, 2]), 14);
        expect(() => kishEss([1, -1])).toThrow(/weights\[1\]: must be non-negative/);
        expect(() => kishEss([0, 0])).toThrow(/positive sum/);
        expect(() => kishEss([1, NaN])).toThrow(/weights\[1\]: must be a finite number, got NaN/);
        expect(() => kishEssByArm([1, 1, 0, 0], [0, 0, 1, 1])).toThrow(/all zero in the treated arm/);
    });
});
