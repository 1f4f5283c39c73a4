import { describe, expect, it } from "vitest";
import { applyOnlyFilter, studies } from "../../src/foundation/registry.ts";
describe("TRIAL_ONLY quick-build filter", () => {
    it("keeps every study when unset or blank", () => {
        expect(applyOnlyFilter(studies, undefined)).toBe(studies);
        expect(applyOnlyFilter(studies, " ")).toBe(studies);
    });
    it("keeps the named studies, and one data cut when a month is given", () => {
        const [a, b] = studies;
        const only = applyOnlyFilter(studies, `${a.id}@${a.dataCuts[1]},${b.id}`);
        expect(only.map((s) => s.id)).toEqual([a.id, b.id]);
        expect(only[0].dataCuts).toEqual([a.dataCuts[1]]);
        expect(only[1].dataCuts).toEqual(b.dataCuts);
    });
    it("refuses an unknown study or month instead of building an empty site", () => {
        expect(() => applyOnlyFilter(studies, "NOPE")).toThrow(/unknown study "NOPE"/);
        expect(() => applyOnlyFilter(studies, `${studies[0].id}@1999-01`)).toThrow(/no data cut 1999-01/);
    });
});
