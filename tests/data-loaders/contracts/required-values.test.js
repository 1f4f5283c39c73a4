import { describe, expect, it } from "vitest";
import { requiredValues } from "../../../data-loaders/contracts/required-values.ts";
import { context, validTables, violationOf } from "./fixture.ts";
describe("required-values", () => {
    it("accepts the valid fixture", () => {
        expect(() => requiredValues(validTables(), context)).not.toThrow();
    });
    it("rejects a missing treatment", () => {
        const t = validTables();
        t.subjects[0].treated = null;
        const v = violationOf((x) => requiredValues(x, context), t);
        expect(v.details).toMatchObject({ table: "subjects", row: 1, subject: "EU01-00001", column: "treated", value: null });
        expect(v.message).toMatch(/required-values: subjects.treated must not be missing/);
    });
    it("rejects a missing subject id in adverse events, and a missing column", () => {
        const t = validTables();
        t.adverse_events[0].subject_id = null;
        expect(violationOf((x) => requiredValues(x, context), t).details).toMatchObject({ table: "adverse_events", row: 1, column: "subject_id", value: null });
        const u = validTables();
        delete u.visits[2].sbp;
        expect(violationOf((x) => requiredValues(x, context), u).details).toMatchObject({ table: "visits", row: 3, subject: "EU02-00002", column: "sbp" });
    });
});
