import { describe, expect, it } from "vitest";
import { consortArmCounts, enrolmentCards, recountEnrolment } from "../../pages/components/enrolment-cards.ts";
import { buildConsort } from "../../data-loaders/snapshot/consort.ts";
import { compareResults } from "../../pages/components/agreement.ts";

const day = (d: number) => Date.UTC(2025, 0, d);
const rows = [
  { subject_id: "S01", arm: "PBO", disposition: "discontinued", disc_reason: "adverse event", enrol_date: day(1), y: null },
  { subject_id: "S02", arm: "TRT", disposition: "ongoing", disc_reason: null, enrol_date: day(3), y: null },
  { subject_id: "S03", arm: "TRT", disposition: "completed", disc_reason: null, enrol_date: day(3), y: 1.5 },
  { subject_id: "S04", arm: "PBO", disposition: "completed", disc_reason: null, enrol_date: day(9), y: -0.5 },
];
const consort = {
  enrolled: 1234,
  arms: [
    { code: "PBO", label: "Placebo", allocated: 1230, discontinued: 3, completed: 1000, analysed: 1100 },
    { code: "TRT", label: "Active", allocated: 4, discontinued: 0, completed: 2, analysed: 2 },
  ],
};

describe("the overview's enrolment cards", () => {
  it("come from the CONSORT log: the total, then each arm in the log's order", () => {
    const cards = enrolmentCards(consort, { assignment: "randomized", outcome: "y" });
    expect(cards).toEqual([
      { arm: null, title: "Randomized", value: "1,234", detail: null },
      { arm: "PBO", title: "Placebo (PBO)", value: "1,230", detail: "3 discontinued · 1,100 with y" },
      { arm: "TRT", title: "Active (TRT)", value: "4", detail: "0 discontinued · 2 with y" },
    ]);
    expect(enrolmentCards(consort, { assignment: "observational", outcome: "y" })[0]?.title).toBe("Enrolled");
  });

  it("on a locked page print the locked view's hidden counts as the build wrote them (<5, —), and zero and larger counts as they are", () => {
    const lockedView = {
      enrolled: 1234,
      arms: [
        { code: "PBO", label: "Placebo", allocated: 1230, discontinued: "<5", completed: 1000, analysed: 1100 },
        { code: "TRT", label: "Active", allocated: "<5", discontinued: 0, completed: "—", analysed: "<5" },
      ],
    };
    const cards = enrolmentCards(lockedView, { assignment: "randomized", outcome: "y" });
    expect(cards[1]).toEqual({ arm: "PBO", title: "Placebo (PBO)", value: "1,230", detail: "<5 discontinued · 1,100 with y" });
    expect(cards[2]).toEqual({ arm: "TRT", title: "Active (TRT)", value: "<5", detail: "0 discontinued · <5 with y" });
  });

  it("are recounted from the subject rows as the log counted them (buildConsort on the same rows agrees)", () => {
    const config = {
      id: "T",
      criteria: [],
      primaryOutcome: "y",
      arms: [
        { code: "PBO", label: "Placebo", role: "control" },
        { code: "TRT", label: "Active", role: "treated" },
      ],
    };
    const log = buildConsort(config as never, "2025-01", "2025-01-31", rows, rows as never, ["adverse event"]);
    expect(compareResults(consortArmCounts(log), recountEnrolment(rows, log, "y").counts).status).toBe("identical");
    expect(recountEnrolment(rows, log, "y").counts).toEqual([
      { arm: "PBO", enrolled: 2, discontinued: 1, completed: 1, outcomeAvailable: 1 },
      { arm: "TRT", enrolled: 2, discontinued: 0, completed: 1, outcomeAvailable: 1 },
    ]);
  });

  it("a subject row the log did not count, or an arm the rows lack, makes the check fail", () => {
    const log = { enrolled: 4, arms: [...consort.arms.map((a) => ({ ...a })), { code: "HI", label: "High", allocated: 1, discontinued: 0, completed: 1, analysed: 1 }] };
    const recount = recountEnrolment([...rows, { subject_id: "S09", arm: "XYZ", disposition: "completed", disc_reason: null, enrol_date: day(2), y: 1 }], log, "y").counts;
    expect(recount.map((r) => r.arm)).toEqual(["PBO", "TRT", "HI", "XYZ"]);
    expect(recount[2]).toEqual({ arm: "HI", enrolled: 0, discontinued: 0, completed: 0, outcomeAvailable: 0 });
    expect(compareResults(consortArmCounts(log), recount).status).toBe("different");
  });

  it("the enrolment window is the first and last enrolment date over every arm", () => {
    expect(recountEnrolment(rows, consort, "y").window).toEqual({ first: new Date(day(1)), last: new Date(day(9)) });
    expect(recountEnrolment([], consort, "y").window).toEqual({ first: null, last: null });
  });
});
