import { describe, expect, it } from "vitest";
import { uniqueSubjectIds } from "../../../data-loaders/contracts/unique-subject-ids.ts";
import { context, validTables, violationOf } from "./fixture.ts";

describe("unique-subject-ids", () => {
  it("accepts the valid fixture", () => {
    expect(() => uniqueSubjectIds(validTables(), context)).not.toThrow();
  });

  it("rejects a duplicated subject", () => {
    const t = validTables();
    t.subjects[1]!.subject_id = "EU01-00001";
    const v = violationOf((x) => uniqueSubjectIds(x, context), t);
    expect(v.details).toMatchObject({ study: "SYN-LIN-C", month: "2025-12", table: "subjects", row: 2, subject: "EU01-00001", column: "subject_id", value: "EU01-00001" });
    expect(v.message).toBe(
      'SYN-LIN-C 2025-12: table subjects, row 2, subject EU01-00001, column subject_id, value "EU01-00001": unique-subject-ids: subject_id must be unique in subjects (first seen in row 1)',
    );
  });
});
