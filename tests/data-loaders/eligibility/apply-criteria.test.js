import { describe, expect, it } from "vitest";
import { applyCriteria, firstFailedCriterion } from "../../../data-loaders/eligibility/apply-criteria.ts";
const criteria = [
    { id: "I1", kind: "inclusion", label: "Adult", rule: { column: "age", between: [18, 85] } },
    { id: "E1", kind: "exclusion", label: "Low eGFR", rule: { column: "egfr", lt: 30 } },
];
describe("applyCriteria", () => {
    it("counts each subject once, at the first criterion it fails, in order", () => {
        const records = [
            { id: "a", age: 17, egfr: 20 }, // fails I1 first (and E1): counted at I1 only
            { id: "b", age: 40, egfr: 20 },
            { id: "c", age: 40, egfr: 60 },
            { id: "d", age: 90, egfr: 60 },
        ];
        const result = applyCriteria(criteria, records, (r) => r.id);
        expect(result.screened).toBe(4);
        expect(result.steps).toEqual([
            { id: "I1", label: "Adult", kind: "inclusion", excluded: 2, remaining: 2 },
            { id: "E1", label: "Low eGFR", kind: "exclusion", excluded: 1, remaining: 1 },
        ]);
        expect(result.eligible.map((r) => r.id)).toEqual(["c"]);
        expect(firstFailedCriterion(criteria, records[0], "a")).toBe("I1");
        expect(firstFailedCriterion(criteria, records[2], "c")).toBeNull();
    });
});
