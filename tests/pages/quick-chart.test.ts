import { describe, expect, it } from "vitest";
import { quickChartSpec } from "../../pages/components/quick-chart.ts";

describe("quickChartSpec", () => {
  it("draws bars for a category against a count, coloured by a second category", () => {
    const rows = [
      { arm: "PBO", disposition: "completed", n: 3 },
      { arm: "TRT", disposition: "completed", n: 4 },
    ];
    expect(quickChartSpec(rows, ["arm", "disposition", "n"])).toEqual({ kind: "bar", x: "arm", y: "n", color: "disposition" });
  });
  it("draws a line over dates or increasing numbers, dots for a scatter", () => {
    expect(
      quickChartSpec(
        [
          { d: new Date(0), v: 1 },
          { d: new Date(1), v: 2 },
        ],
        ["d", "v"],
      )!.kind,
    ).toBe("line");
    expect(
      quickChartSpec(
        [
          { w: 0, v: 1 },
          { w: 4, v: 2 },
        ],
        ["w", "v"],
      )!.kind,
    ).toBe("line");
    expect(
      quickChartSpec(
        [
          { age: 50, v: 1 },
          { age: 40, v: 2 },
        ],
        ["age", "v"],
      )!.kind,
    ).toBe("dot");
  });
  it("draws nothing without a numeric column, for one column or no rows", () => {
    expect(quickChartSpec([{ a: "x", b: "y" }], ["a", "b"])).toBeNull();
    expect(quickChartSpec([{ a: 1 }], ["a"])).toBeNull();
    expect(quickChartSpec([], ["a", "b"])).toBeNull();
  });
});
