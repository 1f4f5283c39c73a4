import { describe, expect, it } from "vitest";
import { foreignKeys } from "../../../data-loaders/contracts/foreign-keys.ts";
import { context, validTables, violationOf } from "./fixture.ts";
describe("foreign-keys", () => {
    it("accepts the valid fixture", () => {
        expect(() => foreignKeys(validTables(), context)).not.toThrow();
    });
    it("rejects a visit of an unknown subject", () => {
        const t = validTables();
        t.visits[3].subject_id = "EU09-99999";
        const v = violationOf((x) => foreignKeys(x, context), t);
        expect(v.details).toMatchObject({ table: "visits", row: 4, subject: "EU09-99999", column: "subject_id", value: "EU09-99999" });
        expect(v.message).toMatch(/foreign-keys: visits.subject_id must be a subject_id of subjects/);
    });
});
