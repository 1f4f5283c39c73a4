import { describe, expect, it } from "vitest";
import { consortFlow, exclusionReason } from "../../pages/components/consort.ts";

describe("CONSORT flow on the page", () => {
  it("an inclusion criterion is named as the rule not met, an exclusion criterion as the rule met", () => {
    expect(exclusionReason({ label: "Age 18 to 85 years", kind: "inclusion" })).toBe("Not meeting: Age 18 to 85 years");
    expect(exclusionReason({ label: "eGFR below 30 mL/min/1.73m²", kind: "exclusion" })).toBe("eGFR below 30 mL/min/1.73m²");
  });

  it("keeps each step's kind and refuses a log whose arithmetic does not hold", () => {
    const log = {
      screened: 10,
      exclusions: [
        { id: "I1", label: "Age 18 to 85 years", kind: "inclusion" as const, excluded: 2, remaining: 8 },
        { id: "E1", label: "Pregnant", kind: "exclusion" as const, excluded: 1, remaining: 7 },
      ],
      enrolled: 7,
      arms: [
        { code: "PBO", label: "Placebo", allocated: 3, discontinued: 0, discontinuedReasons: [], ongoing: 0, completed: 3, analysed: 3 },
        { code: "TRT", label: "Active", allocated: 4, discontinued: 1, discontinuedReasons: [{ reason: "adverse event", n: 1 }], ongoing: 0, completed: 3, analysed: 3 },
      ],
    };
    expect(consortFlow(log).exclusions.map((e) => e.kind)).toEqual(["inclusion", "exclusion"]);
    expect(() => consortFlow({ ...log, enrolled: 6 })).toThrow(/7 remain after the criteria but 6 are enrolled/);
  });
});
