import { describe, expect, it } from "vitest";
import { SNAPSHOT_CONTRACTS, checkSnapshotContracts, collectContractViolations } from "../../../data-loaders/contracts/index.ts";
import { context, validTables } from "./fixture.ts";

describe("checkSnapshotContracts", () => {
  it("accepts the valid fixture and runs the rules in a fixed order", () => {
    expect(() => checkSnapshotContracts(validTables(), context)).not.toThrow();
    expect(SNAPSHOT_CONTRACTS.map((c) => c.id)).toEqual([
      "unique-subject-ids",
      "foreign-keys",
      "treatment-in-arms",
      "required-values",
      "column-types",
      "dates-within-cut",
      "events-after-enrolment",
      "time-to-event-follow-up",
      "plausibility",
    ]);
  });

  it("halts at the first violation", () => {
    const t = validTables();
    t.subjects[0]!.arm = "XYZ";
    t.visits[0]!.subject_id = "NOPE";
    expect(() => checkSnapshotContracts(t, context)).toThrow(/foreign-keys/);
  });

  it("collects every violation of every contract when asked (the check command), and still halts without collect", () => {
    const t = validTables();
    t.subjects[0]!.arm = "XYZ";
    t.visits[0]!.subject_id = "NOPE";
    t.visits[1]!.visit_date = "2026-02-01";
    const found = collectContractViolations(t, context);
    expect(found.map((v) => v.details.rule.split(":")[0])).toEqual(["foreign-keys", "treatment-in-arms", "dates-within-cut"]);
    expect(found[1]!.message).toMatch(/row 1, subject .*, column arm, value "XYZ": treatment-in-arms/);
    expect(() => checkSnapshotContracts(t, { ...context, collect: () => undefined })).toThrow(/foreign-keys/);
  });
});
