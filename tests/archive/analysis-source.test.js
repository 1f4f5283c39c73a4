import { describe, expect, it } from "vitest";
import { firstDifference } from "../../src/archive/analysis-source.ts";
describe("firstDifference", () => {
    it("is null for equal JSON values, NaN included", () => {
        expect(firstDifference({ a: [1, { b: null }], c: "x" }, { a: [1, { b: null }], c: "x" })).toBeNull();
        expect(firstDifference(Number.NaN, Number.NaN)).toBeNull();
    });
    it("names the first differing path, down to the last bit of a double", () => {
        expect(firstDifference({ c: [{ d: { ci: [0.1, 0.2] } }] }, { c: [{ d: { ci: [0.1, 0.2 + 2 ** -54] } }] })).toBe("c[0].d.ci[1]");
        expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe("b");
        expect(firstDifference([1], { 0: 1 })).toBe("(root)");
    });
});
