/**
 * The love plot of one comparison: each covariate's |standardized mean difference| before (red) and
 * after (blue) weighting, joined by a grey line, with the balance gate's threshold dashed. Shaped
 * like Framework's chart examples: `lovePlot(Plot, balance, {width, threshold})`.
 */
import type { BalanceRow } from "@trial/estimators";
import { formatFixed } from "./format.js";
import type { PlotModule } from "./plot-module.js";

export interface LovePoint {
  column: string;
  when: "before weighting" | "after weighting";
  smd: number | null;
}

/** Two points per covariate, |SMD| before and after weighting. */
export function lovePoints(balance: readonly BalanceRow[]): LovePoint[] {
  return balance.flatMap((b): LovePoint[] => [
    { column: b.column, when: "before weighting", smd: b.smdBefore === null ? null : Math.abs(b.smdBefore) },
    { column: b.column, when: "after weighting", smd: b.smdAfter === null ? null : Math.abs(b.smdAfter) },
  ]);
}

export function lovePlot(Plot: PlotModule, balance: readonly BalanceRow[], options: { width: number; threshold: number }): SVGElement | HTMLElement {
  const { threshold } = options;
  const points = lovePoints(balance);
  const largest = Math.max(0, ...points.map((d) => d.smd ?? 0));
  const xMax = Math.max(threshold * 1.5, largest) * 1.05;
  return Plot.plot({
    width: Math.min(options.width, 760),
    height: 40 + 22 * balance.length,
    marginLeft: 150,
    x: { domain: [0, xMax], label: "|standardized mean difference|", grid: true },
    y: { domain: balance.map((b) => b.column), label: null },
    color: { legend: true, domain: ["before weighting", "after weighting"], range: ["#d62728", "#1f77b4"] },
    marks: [
      Plot.ruleX([threshold], { stroke: "#d62728", strokeDasharray: "4,3" }),
      Plot.text([threshold], { x: (d: number) => d, text: () => `${threshold}`, frameAnchor: "top", dy: -4, fill: "#d62728" }),
      Plot.link(balance, { x1: (b: BalanceRow) => Math.abs(b.smdBefore ?? 0), x2: (b: BalanceRow) => Math.abs(b.smdAfter ?? 0), y: "column", stroke: "#bbb" }),
      Plot.dot(points, { x: "smd", y: "column", fill: "when", r: 4, title: (d: LovePoint) => `${d.column} ${d.when}: ${formatFixed(d.smd, 3)}` }),
    ],
  });
}
