import { describe, expect, it } from "vitest";
import type { TrimmingGridRow } from "../../estimators/src/index.ts";
import { collapseTrimmingRows, trimmingNote } from "../../pages/components/trimming-summary.ts";

const row = (label: string, kept: number, estimate: number, rule: TrimmingGridRow["rule"] = { rule: "none" }): TrimmingGridRow => ({
  label,
  rule,
  threshold: 0,
  nKept: kept,
  nTrimmed: 200 - kept,
  effect: { estimate, se: 0.1, ci: [estimate - 0.2, estimate + 0.2] } as unknown as TrimmingGridRow["effect"],
  error: null,
});
const labels = ["none", "α = 0.01", "α = 0.02", "α = 0.03", "α = 0.05", "α = 0.075", "α = 0.1", "Crump"];

describe("collapseTrimmingRows", () => {
  it("eight identical settings (the randomized pilot) are one row naming them all", () => {
    const rows = labels.map((l) => row(l, 200, -1.04));
    const out = collapseTrimmingRows(rows);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ settings: "none to α = 0.1, Crump (8 settings)", count: 8, kept: 200, trimmed: 0, estimate: -1.04 });
    expect(trimmingNote("randomized", rows)).toMatch(/^Randomized: .*all 8 settings give the same analysis \(no subject trimmed\), shown as one row\.$/);
  });

  it("keeps distinct analyses apart, collapsing only consecutive equal ones; an observational study gets no note", () => {
    const rows = labels.map((l, i) => row(l, i < 3 ? 200 : 190 - i, i < 3 ? 0.5 : 0.5 + i / 100));
    const out = collapseTrimmingRows(rows);
    expect(out.map((r) => r.settings)).toEqual(["none to α = 0.02 (3 settings)", "α = 0.03", "α = 0.05", "α = 0.075", "α = 0.1", "Crump"]);
    expect(trimmingNote("confounded", rows)).toBeNull();
    expect(trimmingNote("randomized", rows)).toMatch(/8 settings give 6 distinct analyses/);
  });
});
