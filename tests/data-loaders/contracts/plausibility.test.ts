import { describe, expect, it } from "vitest";
import { DEFAULT_PLAUSIBILITY, effectivePlausibility, plausibility } from "../../../data-loaders/contracts/plausibility.ts";
import { context, validTables, violationOf } from "./fixture.ts";

describe("plausibility", () => {
  it("accepts the valid fixture", () => {
    expect(() => plausibility(validTables(), context)).not.toThrow();
  });

  it.each([
    ["visits", 1, "heart_rate", 250, /heart rate, beats\/min must be between 40 and 200/],
    ["visits", 3, "sbp", 59, /systolic blood pressure, mmHg must be between 60 and 250/],
    ["subjects", 0, "age", 130, /age, years must be between 18 and 110/],
  ] as const)("halts on %s.%s out of the default range", (table, index, column, value, rule) => {
    const t = validTables();
    t[table][index]![column] = value;
    const v = violationOf((x) => plausibility(x, context), t);
    expect(v.details).toMatchObject({ table, row: index + 1, column, value });
    expect(v.message).toMatch(rule);
  });

  it("uses the study's own range for a column it declares, inclusive at both ends, and keeps the defaults for the others", () => {
    const strict = { ...context, plausibility: [{ table: "visits" as const, column: "heart_rate", min: 60, max: 70, label: "resting heart rate" }] };
    expect(() => plausibility(validTables(), strict)).not.toThrow(); // 70 is the upper bound
    const t = validTables();
    t.visits[0]!.heart_rate = 71;
    expect(violationOf((x) => plausibility(x, strict), t).message).toMatch(
      /row 1, subject EU01-00001, column heart_rate, value 71: plausibility: resting heart rate must be between 60 and 70/,
    );
    t.visits[0]!.heart_rate = 65;
    t.visits[0]!.sbp = 400; // the study sets no range for sbp: the default still applies
    expect(violationOf((x) => plausibility(x, strict), t).message).toMatch(/column sbp, value 400: plausibility: systolic blood pressure, mmHg must be between 60 and 250/);
  });

  it("lets a study widen a default range", () => {
    const wide = { ...context, plausibility: [{ table: "visits" as const, column: "sbp", min: 40, max: 320, label: "systolic blood pressure (ICU), mmHg" }] };
    const t = validTables();
    t.visits[0]!.sbp = 300;
    expect(() => plausibility(t, wide)).not.toThrow();
    expect(violationOf((x) => plausibility(x, context), t).message).toMatch(/column sbp, value 300/);
  });

  it("matches default ranges case-insensitively and by CDISC test code", () => {
    const schema = [
      { name: "subjects" as const, columns: [{ name: "AGE" }, { name: "Height" }, { name: "shoe_size" }] },
      { name: "visits" as const, columns: [{ name: "PULSE" }, { name: "SYSBP" }, { name: "diabp" }, { name: "Temp" }, { name: "RESP" }, { name: "WEIGHT" }] },
    ];
    expect(effectivePlausibility(schema).map((r) => `${r.table}.${r.column}:${r.min}-${r.max}`)).toEqual([
      "subjects.AGE:18-110",
      "subjects.Height:100-250",
      "visits.PULSE:40-200",
      "visits.SYSBP:60-250",
      "visits.diabp:30-150",
      "visits.Temp:34-42",
      "visits.RESP:4-60",
      "visits.WEIGHT:25-300",
    ]);
    const own = [{ table: "visits" as const, column: "pulse", min: 30, max: 220, label: "pulse" }];
    expect(effectivePlausibility(schema, own).find((r) => r.column === "PULSE")).toMatchObject({ min: 30, max: 220, label: "pulse" });
  });

  it("halts on a CDISC-coded column out of its default range", () => {
    const t = validTables();
    const pulseContext = {
      ...context,
      schema: context.schema.map((s) => (s.name === "visits" ? { ...s, columns: s.columns.map((c) => (c.name === "heart_rate" ? { ...c, name: "PULSE" } : c)) } : s)),
    };
    for (const v of t.visits) {
      v.PULSE = v.heart_rate ?? null;
      delete v.heart_rate;
    }
    t.visits[2]!.PULSE = 12;
    expect(violationOf((x) => plausibility(x, pulseContext), t).message).toMatch(
      /row 3, .*column PULSE, value 12: plausibility: heart rate, beats\/min must be between 40 and 200/,
    );
  });

  it("has defaults for heart rate, systolic pressure and age", () => {
    expect(DEFAULT_PLAUSIBILITY.map((r) => `${r.column}:${r.min}-${r.max}`)).toEqual(expect.arrayContaining(["heart_rate:40-200", "sbp:60-250", "age:18-110"]));
  });
});
