import { describe, expect, it } from "vitest";
import { eventsAfterEnrolment } from "../../../data-loaders/contracts/events-after-enrolment.ts";
import { context, validTables, violationOf } from "./fixture.ts";

describe("events-after-enrolment", () => {
  it("accepts the valid fixture", () => {
    expect(() => eventsAfterEnrolment(validTables(), context)).not.toThrow();
  });

  it("rejects a visit and an adverse event before enrolment", () => {
    const t = validTables();
    t.visits[1]!.visit_date = "2025-10-30";
    const v = violationOf((x) => eventsAfterEnrolment(x, context), t);
    expect(v.message).toBe(
      'SYN-LIN-C 2025-12: table visits, row 2, subject EU01-00001, column visit_date, value "2025-10-30": events-after-enrolment: no visit_date before the subject\'s enrol_date 2025-11-03',
    );
    const u = validTables();
    u.adverse_events[0]!.onset_date = "2025-11-01";
    expect(violationOf((x) => eventsAfterEnrolment(x, context), u).details).toMatchObject({
      table: "adverse_events",
      row: 1,
      subject: "EU02-00002",
      column: "onset_date",
      value: "2025-11-01",
    });
  });
});
