import { describe, expect, it } from "vitest";
import { DEFAULT_PLAUSIBILITY, plausibility } from "../../../data-loaders/contracts/plausibility.ts";
import { context, validTables, violationOf } from "./fixture.ts";
describe("plausibility", () => {
    it("accepts the valid fixture", () => {
        expect(() => plausibility(validTables(), context)).not.toThrow();
    });
    it.each([
        ["visits", 1, "heart_rate", 250, /heart rate, beats\/min must be between 40 and 200/],
        ["visits", 3, "sbp", 59, /systolic blood pressure, mmHg must be between 60 and 250/],
        ["subjects", 0, "age", 130, /age, years must be between 18 and 110/],
    ])("halts on %s.%s out of the default range", (table, index, column, value, rule) => {
        const t = validTables();
        t[table][index][column] = value;
        const v = violationOf((x) => plausibility(x, context), t);
        expect(v.details).toMatchObject({ table, row: index + 1, column, value });
        expect(v.message).toMatch(rule);
    });
    it("uses the study's own ranges when it sets them, inclusive at both ends", () => {
        const strict = { ...context, plausibility: [{ table: "visits", column: "heart_rate", min: 60, max: 70, label: "resting heart rate" }] };
        expect(() => plausibility(validTables(), strict)).not.toThrow(); // 70 is the upper bound
        const t = validTables();
        t.visits[0].heart_rate = 71;
        expect(violationOf((x) => plausibility(x, strict), t).message).toMatch(/row 1, subject EU01-00001, column heart_rate, value 71: plausibility: resting heart rate must be between 60 and 70/);
        t.visits[0].sbp = 400; // no range for sbp in this study: not checked
        t.visits[0].heart_rate = 65;
        expect(() => plausibility(t, strict)).not.toThrow();
    });
    it("has defaults for heart rate, systolic pressure and age", () => {
        expect(DEFAULT_PLAUSIBILITY.map((r) => `${r.column}:${r.min}-${r.max}`)).toEqual(expect.arrayContaining(["heart_rate:40-200", "sbp:60-250", "age:18-110"]));
    });
});
