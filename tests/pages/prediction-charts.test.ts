import { describe, expect, it } from "vitest";
import { precisionRecallChart } from "../../pages/components/precision-recall-chart.ts";
import { reliabilityChart } from "../../pages/components/reliability-chart.ts";
import { rocChart } from "../../pages/components/roc-chart.ts";

/** A stand-in for Observable Plot that returns the options it is given (marks as {mark, data, options}). */
const mark = (name: string) => (data: unknown, options: unknown) => ({ mark: name, data, options });
const FakePlot = { plot: (options: any) => options, line: mark("line"), ruleY: mark("ruleY"), dot: mark("dot") } as any;

describe("prediction chart modules (chart(data, {width}))", () => {
  it("rocChart: the curve over the chance diagonal, at the width given", () => {
    const spec = rocChart(
      [
        { fpr: 0, tpr: 0 },
        { fpr: 1, tpr: 1 },
      ],
      { width: 333, Plot: FakePlot },
    ) as any;
    expect(spec).toMatchObject({ title: "ROC curve", width: 333, height: 340, x: { domain: [0, 1] }, y: { domain: [0, 1] } });
    expect(spec.marks.map((m: any) => m.mark)).toEqual(["line", "line"]);
    expect(spec.marks[1].options).toMatchObject({ x: "fpr", y: "tpr" });
  });

  it("precisionRecallChart: the curve over the prevalence", () => {
    const spec = precisionRecallChart({ pr: [{ recall: 0, precision: 1 }], prevalence: 0.2 }, { width: 400, Plot: FakePlot }) as any;
    expect(spec.title).toBe("Precision–recall curve");
    expect(spec.marks[0]).toMatchObject({ mark: "ruleY", data: [0.2] });
  });

  it("reliabilityChart: ECE, slope and intercept in the title; the x axis reaches the largest bin (at least 0.05)", () => {
    const bins = [
      { meanPredicted: 0.1, observed: 0.12, count: 40 },
      { meanPredicted: 0.3, observed: 0.25, count: 9 },
    ] as any;
    const spec = reliabilityChart({ bins, ece: 0.01234, slope: 0.987, intercept: null }, { width: 480, Plot: FakePlot }) as any;
    expect(spec.title).toBe("Reliability curve: ECE 0.0123, slope 0.99, intercept –");
    expect(spec.x.domain).toEqual([0, 0.3]);
    expect(spec.marks[2].options.r(bins[0])).toBe(Math.sqrt(40));
    expect(
      (reliabilityChart({ bins: [{ meanPredicted: 0.01, observed: 0, count: 1 }] as any, ece: 0, slope: 1, intercept: 0 }, { width: 480, Plot: FakePlot }) as any).x.domain,
    ).toEqual([0, 0.05]);
  });
});
