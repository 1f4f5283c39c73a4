import { describe, expect, it } from "vitest";
import { POOLED_LEVEL, poolRareLevels } from "../../estimators/src/index.ts";
describe("poolRareLevels", () => {
    const rows = [
        { site: "A", x: 1 },
        { site: "A", x: 2 },
        { site: "B", x: 3 },
        { site: "A", x: 4 },
        { site: "C", x: 5 },
        { site: "C", x: 6 },
        { site: "D", x: 7 },
    ];
    const t = [1, 0, 1, 0, 1, 0, 0];
    it("merges the levels with fewer than poolBelow subjects in either arm, and reports them", () => {
        const out = poolRareLevels(rows, t, ["x", { name: "site", type: "categorical", poolBelow: 1 }]);
        expect(out.pooled).toEqual([{ covariate: "site", levels: ["B", "D"], into: POOLED_LEVEL, poolBelow: 1 }]);
        expect(out.rows.map((r) => r.site)).toEqual(["A", "A", POOLED_LEVEL, "A", "C", "C", POOLED_LEVEL]);
        expect(out.covariates).toEqual(["x", { name: "site", type: "categorical" }]);
        expect(rows[2].site).toBe("B");
    });
    it("leaves the rows alone when no level is rare, and pools nothing without poolBelow", () => {
        expect(poolRareLevels(rows, t, [{ name: "site", type: "categorical" }]).rows).toBe(rows);
        const wide = poolRareLevels(rows, t, [{ name: "site", type: "categorical", poolBelow: 2 }]);
        expect(wide.pooled[0].levels).toEqual(["A", "B", "C", "D"]);
    });
    it("refuses poolBelow on a covariate that is not declared categorical", () => {
        expect(() => poolRareLevels(rows, t, [{ name: "x", poolBelow: 2 }])).toThrow(/covariates\[0\]: poolBelow applies to a categorical covariate/);
    });
});
