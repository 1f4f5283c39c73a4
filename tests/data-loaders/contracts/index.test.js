import { describe, expect, it } from "vitest";
import { SNAPSHOT_CONTRACTS, checkSnapshotContracts } from "../../../data-loaders/contracts/index.ts";
import { context, validTables } from "./fixture.ts";
describe("checkSnapshotContracts", () => {
    it("accepts the valid fixture and runs the rules in a fixed order", () => {
        expect(() => checkSnapshotContracts(validTables(), context)).not.toThrow();
        expect(SNAPSHOT_CONTRACTS.map((c) => c.id)).toEqual(["unique-subject-ids", "foreign-keys", "treatment-in-arms", "required-values", "column-types", "dates-within-cut", "events-after-enrolment", "plausibility"]);
    });
    it("halts at the first violation", () => {
        const t = validTables();
        t.subjects[0].arm = "XYZ";
        t.visits[0].subject_id = "NOPE";
        expect(() => checkSnapshotContracts(t, context)).toThrow(/foreign-keys/);
    });
});
