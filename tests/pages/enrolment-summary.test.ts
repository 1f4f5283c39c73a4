import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { cumulativeEnrolment, dispositionCounts, enrolmentByArm, latestCutByStudy } from "../../pages/components/enrolment-summary.ts";

const day = (d: number) => Date.UTC(2025, 0, d);
const rows = [
  { subject_id: "S03", arm: "TRT", disposition: "completed", enrol_date: day(3), y: 1.5 },
  { subject_id: "S01", arm: "PBO", disposition: "discontinued", enrol_date: day(1), y: null },
  { subject_id: "S02", arm: "TRT", disposition: "ongoing", enrol_date: day(3), y: null },
  { subject_id: "S04", arm: "PBO", disposition: "completed", enrol_date: day(9), y: -0.5 },
  { subject_id: "S05", arm: "XYZ", disposition: "completed", enrol_date: null, y: 2 },
];

describe("enrolmentByArm", () => {
  it("counts by arm in the study's arm order, unknown arms last", () => {
    const counts = enrolmentByArm(rows, { armOrder: ["PBO", "TRT"], outcome: "y" });
    expect(counts.map((c) => c.arm)).toEqual(["PBO", "TRT", "XYZ"]);
    expect(counts[0]).toEqual({ arm: "PBO", enrolled: 2, discontinued: 1, completed: 1, outcomeAvailable: 1, firstEnrolled: new Date(day(1)), lastEnrolled: new Date(day(9)) });
    expect(counts[1]).toMatchObject({ enrolled: 2, discontinued: 0, completed: 1, outcomeAvailable: 1 });
    expect(counts[2]).toMatchObject({ enrolled: 1, firstEnrolled: null, lastEnrolled: null });
  });

  it("refuses a value that is not a date", () => {
    expect(() => enrolmentByArm([{ arm: "A", enrol_date: "2025-01-01" }], { armOrder: ["A"], outcome: "y" })).toThrow(/enrol_date/);
  });

  it("gives the same counts as the SQL the page used to run in DuckDB", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    try {
      await c.run("CREATE TABLE subjects (subject_id VARCHAR, arm VARCHAR, disposition VARCHAR, enrol_date DATE, y DOUBLE)");
      for (const r of rows) {
        const date = r.enrol_date === null ? "NULL" : `DATE '${new Date(r.enrol_date).toISOString().slice(0, 10)}'`;
        await c.run(`INSERT INTO subjects VALUES ('${r.subject_id}', '${r.arm}', '${r.disposition}', ${date}, ${r.y ?? "NULL"})`);
      }
      const sql = (
        await c.runAndReadAll(`SELECT arm, count(*)::INTEGER AS enrolled,
          count(*) FILTER (WHERE disposition = 'discontinued')::INTEGER AS discontinued,
          count(*) FILTER (WHERE disposition = 'completed')::INTEGER AS completed,
          count(*) FILTER (WHERE y IS NOT NULL)::INTEGER AS outcome_available FROM subjects GROUP BY arm ORDER BY arm`)
      ).getRowObjects();
      const mine = enrolmentByArm(rows, { armOrder: [], outcome: "y" });
      expect(mine.map((m) => [m.arm, m.enrolled, m.discontinued, m.completed, m.outcomeAvailable])).toEqual(
        sql.map((s) => [s.arm, s.enrolled, s.discontinued, s.completed, s.outcome_available]),
      );
      const running = (
        await c.runAndReadAll(`SELECT arm, count(*) OVER (PARTITION BY arm ORDER BY enrol_date, subject_id ROWS UNBOUNDED PRECEDING)::INTEGER AS n
          FROM subjects WHERE enrol_date IS NOT NULL ORDER BY arm, enrol_date, subject_id`)
      ).getRowObjects();
      expect(cumulativeEnrolment(rows).map((p) => [p.arm, p.cumulative])).toEqual(running.map((r) => [r.arm, r.n]));
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });
});

describe("cumulativeEnrolment", () => {
  it("counts within each arm by date, ties broken by subject id", () => {
    expect(cumulativeEnrolment(rows)).toEqual([
      { arm: "PBO", date: new Date(day(1)), cumulative: 1 },
      { arm: "PBO", date: new Date(day(9)), cumulative: 2 },
      { arm: "TRT", date: new Date(day(3)), cumulative: 1 },
      { arm: "TRT", date: new Date(day(3)), cumulative: 2 },
    ]);
  });
});

describe("latestCutByStudy", () => {
  it("keeps each study's latest month, ordered by study", () => {
    const portfolio = [
      { study: "B", month: "2025-10", n: 1 },
      { study: "A", month: "2025-11", n: 2 },
      { study: "B", month: "2025-12", n: 3 },
      { study: "A", month: "2025-09", n: 4 },
    ];
    expect(latestCutByStudy(portfolio)).toEqual([
      { study: "A", month: "2025-11", n: 2 },
      { study: "B", month: "2025-12", n: 3 },
    ]);
  });
});

describe("dispositionCounts", () => {
  it("counts by arm, disposition and reason, a missing reason as an empty string", () => {
    const withReasons = rows.map((r, i) => ({ ...r, disc_reason: r.disposition === "discontinued" ? "Adverse event" : i === 0 ? undefined : null }));
    expect(dispositionCounts(withReasons)).toEqual([
      { arm: "PBO", disposition: "completed", reason: "", n: 1 },
      { arm: "PBO", disposition: "discontinued", reason: "Adverse event", n: 1 },
      { arm: "TRT", disposition: "completed", reason: "", n: 1 },
      { arm: "TRT", disposition: "ongoing", reason: "", n: 1 },
      { arm: "XYZ", disposition: "completed", reason: "", n: 1 },
    ]);
  });
});
