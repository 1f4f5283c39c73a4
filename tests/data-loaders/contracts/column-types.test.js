import { describe, expect, it } from "vitest";
import { columnTypes } from "../../../data-loaders/contracts/column-types.ts";
import { context, validTables, violationOf } from "./fixture.ts";
describe("column-types", () => {
    it("accepts the valid fixture", () => {
        expect(() => columnTypes(validTables(), context)).not.toThrow();
    });
    it("rejects a value of the wrong type, naming table, row, subject, column and value", () => {
        const t = validTables();
        t.visits[2].heart_rate = "72";
        const v = violationOf((x) => columnTypes(x, context), t);
        expect(v.details).toMatchObject({ table: "visits", row: 3, subject: "EU02-00002", column: "heart_rate", value: "72" });
        expect(v.message).toMatch(/column-types: visits.heart_rate must be a INTEGER value/);
    });
    it("rejects a non-integer INTEGER, a DATE that is not ISO, and a column the schema does not declare", () => {
        const a = validTables();
        a.subjects[0].age = 60.5;
        expect(violationOf((x) => columnTypes(x, context), a).message).toMatch(/column age, value 60.5: column-types/);
        const b = validTables();
        b.adverse_events[0].onset_date = "20/11/2025";
        expect(violationOf((x) => columnTypes(x, context), b).message).toMatch(/column onset_date, value "20\/11\/2025": column-types: adverse_events.onset_date must be a DATE value/);
        const c = validTables();
        c.subjects[1].shoe_size = 44;
        expect(violationOf((x) => columnTypes(x, context), c).message).toMatch(/column shoe_size, value 44: column-types: subjects has no column shoe_size/);
    });
});
