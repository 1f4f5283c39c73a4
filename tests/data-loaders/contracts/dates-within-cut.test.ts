import { describe, expect, it } from "vitest";
import { datesWithinCut } from "../../../data-loaders/contracts/dates-within-cut.ts";
import { context, validTables, violationOf } from "./fixture.ts";

describe("dates-within-cut", () => {
  it("accepts the valid fixture", () => {
    expect(() => datesWithinCut(validTables(), context)).not.toThrow();
  });

  it("rejects an adverse event after the data cut", () => {
    const t = validTables();
    t.adverse_events[0]!.onset_date = "2026-01-02";
    const v = violationOf((x) => datesWithinCut(x, context), t);
    expect(v.message).toBe(
      'SYN-LIN-C 2025-12: table adverse_events, row 1, subject EU02-00002, column onset_date, value "2026-01-02": dates-within-cut: no date after the data cut 2025-12-31',
    );
  });
  it("rejects a date that is not an ISO date", () => {
    const t = validTables();
    t.visits[0]!.visit_date = "03/11/2025";
    expect(violationOf((x) => datesWithinCut(x, context), t).details).toMatchObject({ table: "visits", row: 1, column: "visit_date", value: "03/11/2025" });
  });
});
