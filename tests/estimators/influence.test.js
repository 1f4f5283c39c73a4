import { describe, expect, it } from "vitest";
import { seFromInfluence } from "../../estimators/src/index.ts";
describe("seFromInfluence", () => {
    it("is sd/√n (documented example)", () => {
        expect(seFromInfluence([1, -1, 1, -1])).toBeCloseTo(Math.sqrt(4 / 3) / 2, 15);
    });
    it("needs two finite values", () => {
        expect(() => seFromInfluence([1])).toThrow(/influence: must have at least 2/);
        expect(() => seFromInfluence([1, NaN])).toThrow(/influence\[1\]/);
    });
});
