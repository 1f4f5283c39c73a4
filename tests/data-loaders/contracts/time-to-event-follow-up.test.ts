import { describe, expect, it } from "vitest";
import { timeToEventFollowUp } from "../../../data-loaders/contracts/time-to-event-follow-up.ts";
import { snapshotTables } from "../../../data-loaders/snapshot/schema.ts";
import { getStudy } from "../../../src/foundation/registry.ts";
import { context, validTables, violationOf } from "./fixture.ts";

const check = (t: ReturnType<typeof validTables>) => timeToEventFollowUp(t, context);

describe("time-to-event-follow-up", () => {
  it("accepts the valid fixture: censored at the end of follow-up, and an event within it", () => {
    const t = validTables();
    expect(() => check(t)).not.toThrow();
    t.subjects[0]!.tte_event = 1;
    t.subjects[0]!.tte_days = 12;
    expect(() => check(t)).not.toThrow();
  });

  it("rejects a time after the end of follow-up, naming subject, column, value and the follow-up", () => {
    const t = validTables();
    t.subjects[0]!.tte_event = 1;
    t.subjects[0]!.tte_days = 60;
    const v = violationOf(check, t);
    expect(v.message).toBe(
      "SYN-LIN-C 2025-12: table subjects, row 1, subject EU01-00001, column tte_days, value 60: time-to-event-follow-up: tte_days lies within the subject's follow-up, 1 to days_on_study (59)",
    );
  });

  it("rejects a time of zero, a censoring before the end of follow-up, and an event indicator other than 0 or 1", () => {
    const zero = validTables();
    zero.subjects[1]!.tte_event = 1;
    zero.subjects[1]!.tte_days = 0;
    expect(violationOf(check, zero).details).toMatchObject({ table: "subjects", row: 2, column: "tte_days", value: 0 });
    const early = validTables();
    early.subjects[0]!.tte_days = 30;
    expect(violationOf(check, early).details.rule).toMatch(/censored at the end of follow-up, tte_days = days_on_study \(59\)/);
    const indicator = validTables();
    indicator.subjects[0]!.tte_event = 2;
    expect(violationOf(check, indicator).details).toMatchObject({ column: "tte_event", value: 2 });
  });

  it("does not apply to a snapshot without a time-to-event endpoint", () => {
    const t = validTables();
    t.subjects[0]!.tte_days = 999;
    const schema = snapshotTables(getStudy("SYN-LIN-C")).map((s) => (s.name === "subjects" ? { ...s, columns: s.columns.filter((c) => c.name !== "tte_days") } : s));
    expect(() => timeToEventFollowUp(t, { ...context, schema })).not.toThrow();
  });
});
