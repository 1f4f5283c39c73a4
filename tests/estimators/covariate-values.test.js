import { describe, expect, it } from "vitest";
import { inferCovariateType, isMissingValue, normaliseValue } from "../../estimators/src/index.ts";
describe("covariate values", () => {
    it("recognises missing values", () => {
        expect([null, undefined, NaN, ""].map(isMissingValue)).toEqual([true, true, true, true]);
        expect([0, "0", false, " "].map(isMissingValue)).toEqual([false, false, false, false]);
    });
    it("converts safe bigints and refuses unsafe ones", () => {
        expect(normaliseValue(3n, "age", 0)).toBe(3);
        expect(normaliseValue("a", "x", 0)).toBe("a");
        expect(() => normaliseValue(2n ** 60n, "id", 4)).toThrow(/rows\[4\]\.id: bigint 1152921504606846976 is too large/);
    });
    it("infers types as documented", () => {
        const v = (...xs) => xs.map((x, row) => ({ v: x, row }));
        expect(inferCovariateType(v(0, 1), "female")).toBe("binary");
        expect(inferCovariateType(v(true, false), "flag")).toBe("binary");
        expect(inferCovariateType(v(0, 1, 2), "n")).toBe("continuous");
        expect(inferCovariateType(v("a", "b"), "s")).toBe("categorical");
        expect(() => inferCovariateType(v(1, "b"), "s")).toThrow(/rows\[1\]\.s: mixes number and string values/);
        expect(() => inferCovariateType(v(1, Infinity), "s")).toThrow(/rows\[1\]\.s: must be a finite number, got Infinity/);
        expect(() => inferCovariateType([], "s")).toThrow(/missing in every row/);
        expect(() => inferCovariateType(v({}), "s")).toThrow(/unsupported kind/);
    });
});
