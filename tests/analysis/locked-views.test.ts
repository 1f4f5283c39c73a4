/**
 * The locked views (issue 16): what a reader without the study passphrase can fetch. Every count of
 * 1-4 subjects prints "<5"; a count from which a lone "<5" could be recomputed prints "—"; the
 * full documents are untouched.
 */
import type { StudySurvival } from "@trial/estimators";
import { describe, expect, it } from "vitest";
import type { ConsortLog } from "../../data-loaders/snapshot/consort.ts";
import { lockedConsort, lockedCount, lockedFileName, lockedParts, lockedSurvival, lockedTrialTables } from "../../src/analysis/locked-views.ts";
import type { TrialTablesDocument } from "../../src/analysis/trial-tables/study-trial-tables.ts";

describe("locked counts", () => {
  it("1-4 print <5; zero and 5 or more print themselves", () => {
    expect([0, 1, 4, 5, 86].map((n) => lockedCount(n))).toEqual([0, "<5", "<5", 5, 86]);
    expect(lockedFileName("tables/trial-tables.json")).toBe("locked/trial-tables.json");
    expect(lockedFileName("consort.json")).toBe("locked/consort.json");
  });

  it("parts of a shown total: a lone <5 takes the smallest other non-zero part with it", () => {
    expect(lockedParts([8, 2, 3, 1, 9])).toEqual({ values: [8, "<5", "<5", "<5", 9], suppressed: 3 });
    expect(lockedParts([28, 58, 0])).toEqual({ values: [28, 58, 0], suppressed: 0 });
    // The placebo arm's 2 deaths could be recomputed as 10 − 8: the 8 is hidden too.
    expect(lockedParts([8, 2])).toEqual({ values: ["—", "<5"], suppressed: 2 });
    // Nothing else to hide (the other parts are zero): the lone <5 stays (the total tells it).
    expect(lockedParts([0, 2, 0])).toEqual({ values: [0, "<5", 0], suppressed: 1 });
  });
});

const consort: ConsortLog = {
  study: "T",
  month: "2026-01",
  cutDate: "2026-01-31",
  screened: 120,
  exclusions: [
    { id: "E1", label: "Screen failure", kind: "exclusion", excluded: 12, remaining: 108 },
    { id: "E2", label: "Age", kind: "inclusion", excluded: 3, remaining: 105 },
    { id: "E3", label: "eGFR", kind: "exclusion", excluded: 0, remaining: 105 },
  ],
  enrolled: 105,
  arms: [
    {
      code: "P",
      label: "Placebo",
      role: "control",
      allocated: 53,
      discontinued: 10,
      discontinuedReasons: [
        { reason: "adverse event", n: 8 },
        { reason: "death", n: 2 },
      ],
      completed: 43,
      ongoing: 0,
      analysed: 50,
    },
    {
      code: "T",
      label: "Treated",
      role: "treated",
      allocated: 52,
      discontinued: 4,
      discontinuedReasons: [{ reason: "withdrawal", n: 4 }],
      completed: 30,
      ongoing: 18,
      analysed: 48,
    },
  ],
};

describe("the CONSORT log's locked view", () => {
  const locked = lockedConsort(consort);

  it("a lone small exclusion hides another step's count, and every running remaining from the first hidden step on but the last (the enrolled count)", () => {
    expect(locked.screened).toBe(120);
    expect(locked.enrolled).toBe(105);
    expect(locked.exclusions.map((s) => [s.excluded, s.remaining])).toEqual([
      // 108 = 120 − 12 would tell the hidden 12, and 105 = 108 − 3 the <5.
      ["—", "—"],
      ["<5", "—"],
      [0, 105],
    ]);
  });

  it("discontinuation reasons and the arm's completed / discontinued / ongoing", () => {
    const [p, t] = locked.arms;
    expect(p?.discontinuedReasons).toEqual([
      { reason: "adverse event", n: "—" },
      { reason: "death", n: "<5" },
    ]);
    expect([p?.allocated, p?.discontinued, p?.completed, p?.ongoing, p?.analysed]).toEqual([53, 10, 43, 0, 50]);
    // 4 discontinued of 52: the <5 would be 52 − 30 − 18, so the smaller of those is hidden.
    expect([t?.allocated, t?.discontinued, t?.completed, t?.ongoing]).toEqual([52, "<5", 30, "—"]);
    expect(t?.discontinuedReasons).toEqual([{ reason: "withdrawal", n: "<5" }]);
    expect(locked.locked).toEqual({ threshold: 5, suppressed: 9 });
  });

  it("no count of 1-4 survives anywhere in the file, and the full log is unchanged", () => {
    const numbers: number[] = [];
    JSON.stringify(locked, (key, value) => {
      if (typeof value === "number" && key !== "threshold" && key !== "suppressed") numbers.push(value);
      return value;
    });
    expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
    expect(consort.arms[0]?.discontinuedReasons[1]?.n).toBe(2);
  });
});

describe("the time-to-event results' locked view", () => {
  // The CDISC pilot's numbers at risk (published Figure 14-1): the high dose ends with 4, 4, 4, 4, 3.
  const result = {
    study: "CDISCPILOT01",
    arms: [
      { code: "Pbo", n: 86, events: 29 },
      { code: "Xan_Hi", n: 84, events: 3 },
    ],
    curves: [{ arm: "Pbo", time: [1, 2], survival: [0.99, 0.98], lower: [0.9, 0.9], upper: [1, 1], nRisk: [86, 85], nEvent: [1, 1], nCensor: [0, 0] }],
    atRisk: {
      times: [0, 20, 40, 60, 80, 100, 120, 140, 160, 180],
      byArm: { Pbo: [86, 75, 65, 59, 50, 47, 45, 42, 40, 35], Xan_Hi: [84, 48, 31, 14, 7, 4, 4, 4, 4, 3] },
    },
    comparisons: [
      { treated: "Xan_Hi", adjusted: { status: "ok", curves: [{ arm: "Pbo", time: [1], survival: [0.99], lower: [0.9], upper: [1], nRisk: [86], nEvent: [1], nCensor: [0] }] } },
    ],
  } as unknown as StudySurvival;
  const locked = lockedSurvival(result);

  it("numbers at risk and events under 5 print <5; the curves keep their steps and lose their per-step counts", () => {
    expect(locked.atRisk.byArm.Pbo).toEqual([86, 75, 65, 59, 50, 47, 45, 42, 40, 35]);
    expect(locked.atRisk.byArm.Xan_Hi).toEqual([84, 48, 31, 14, 7, "<5", "<5", "<5", "<5", "<5"]);
    expect(locked.arms.map((a) => a.events)).toEqual([29, "<5"]);
    expect(locked.curves[0]).toMatchObject({ time: [1, 2], survival: [0.99, 0.98], nRisk: [], nEvent: [], nCensor: [] });
    expect(locked.comparisons[0]?.adjusted?.curves[0]).toMatchObject({ survival: [0.99], nRisk: [], nEvent: [] });
    expect(locked.locked).toEqual({ threshold: 5, suppressed: 6 });
    expect(result.atRisk.byArm.Xan_Hi?.[9]).toBe(3);
  });
});

describe("the trial tables' locked view", () => {
  it("each table goes through the page's suppression rule, and the document counts what it hides", () => {
    const doc = {
      study: "T",
      month: "2026-01",
      note: "",
      omitted: [],
      tables: [
        {
          id: "14-5.01",
          title: "Adverse events",
          population: "Safety",
          columns: ["Term", "Placebo", "Active"],
          footnotes: [],
          rows: [
            {
              cells: [
                { value: null, text: "Rash" },
                { value: 2, text: "2 (2.3%)", parts: { n: 2 } },
                { value: 30, text: "30 (35.7%)", parts: { n: 30 } },
              ],
            },
          ],
        },
      ],
    } as unknown as TrialTablesDocument;
    const locked = lockedTrialTables(doc);
    expect(locked.tables[0]?.rows[0]?.cells.map((c) => c.text)).toEqual(["Rash", "<5", "—"]);
    expect(locked.locked).toEqual({ threshold: 5, suppressed: 2 });
    expect(JSON.stringify(locked)).not.toContain("2.3%");
  });
});
