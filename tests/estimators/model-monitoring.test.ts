/**
 * Drift and decay by month (estimators/src/model-monitoring.ts): the KS statistic per feature and
 * month against R's ks.test values worked by hand, the 0.2 flag, AUROC by month with the alert and
 * warning levels, and months without both classes reported as such.
 */
import { aurocByMonth, featureDriftByMonth, rowMonths } from "@trial/estimators";
import { describe, expect, it } from "vitest";

describe("featureDriftByMonth", () => {
  const reference = [1, 2, 3, 4].map((x) => ({ date: "2025-01-15", x, y: null }));
  const rows = [...[1, 2, 3, 4].map((x) => ({ date: "2025-02-03", x, y: null })), ...[3, 4, 5, 6].map((x) => ({ date: "2025-03-09", x, y: null }))];
  it("gives the KS statistic of each feature and month and flags it above 0.2", () => {
    const cells = featureDriftByMonth(reference, rows, ["x", "y"]);
    expect(cells).toEqual([
      { feature: "x", month: "2025-02", ks: 0, flagged: false, n: 4 },
      // ks.test(c(1,2,3,4), c(3,4,5,6))$statistic = 0.5
      { feature: "x", month: "2025-03", ks: 0.5, flagged: true, n: 4 },
      { feature: "y", month: "2025-02", ks: null, flagged: false, n: 0 },
      { feature: "y", month: "2025-03", ks: null, flagged: false, n: 0 },
    ]);
    expect(rowMonths(rows)).toEqual(["2025-02", "2025-03"]);
  });
});

describe("aurocByMonth", () => {
  it("computes the AUROC of each month and grades it against 0.75 and 0.80", () => {
    const rows = [
      // 2025-04: perfectly ranked, AUROC 1
      { date: "2025-04-01", label: 1, p: 0.9 },
      { date: "2025-04-02", label: 0, p: 0.1 },
      // 2025-05: one of four event/non-event pairs mis-ranked: AUROC 0.75 (warning, not alert)
      { date: "2025-05-01", label: 1, p: 0.8 },
      { date: "2025-05-02", label: 1, p: 0.3 },
      { date: "2025-05-03", label: 0, p: 0.5 },
      { date: "2025-05-04", label: 0, p: 0.2 },
      // 2025-06: reversed, AUROC 0 (alert)
      { date: "2025-06-01", label: 1, p: 0.1 },
      { date: "2025-06-02", label: 0, p: 0.9 },
      // 2025-07: no event
      { date: "2025-07-01", label: 0, p: 0.4 },
    ];
    expect(aurocByMonth(rows, "p")).toEqual([
      { month: "2025-04", rows: 2, events: 1, auroc: 1, status: "ok" },
      { month: "2025-05", rows: 4, events: 2, auroc: 0.75, status: "warning" },
      { month: "2025-06", rows: 2, events: 1, auroc: 0, status: "alert" },
      { month: "2025-07", rows: 1, events: 0, auroc: null, status: "too few events" },
    ]);
  });
});
