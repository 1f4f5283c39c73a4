/**
 * Estimated conditional average treatment effects by segment beside the true ones (synthetic
 * studies with heterogeneous effects): each segment's AIPW estimate with its 95% interval and a red
 * tick at the true CATE from truth.json. Shaped like Framework's chart examples:
 * `cateChart(Plot, rows, {width, scale})`.
 */
import type { SubgroupEffectRow } from "@trial/estimators";
import type { PlotModule } from "./plot-module.js";

export interface CateRow {
  segment: string;
  n: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  true_cate: number | null;
}

/** A truth.json segment: region, prior therapy and the true effect. */
export interface TrueSegment {
  region: string;
  prior_therapy: string | number;
  effect: number;
}

/** The segment label the page groups subjects by, e.g. "EU / prior therapy 1". */
export const segmentLabel = (region: unknown, priorTherapy: unknown): string => `${region} / prior therapy ${priorTherapy}`;

/** Each estimated segment with its true CATE (null when truth.json has no such segment). */
export function cateRows(estimated: readonly SubgroupEffectRow[], truth: readonly TrueSegment[]): CateRow[] {
  return estimated.map((r) => {
    const t = truth.find((s) => segmentLabel(s.region, s.prior_therapy) === r.level);
    return { segment: r.level, n: r.n, estimate: r.effect?.estimate ?? null, lower: r.effect?.ci?.[0] ?? null, upper: r.effect?.ci?.[1] ?? null, true_cate: t?.effect ?? null };
  });
}

export function cateChart(Plot: PlotModule, rows: readonly CateRow[], options: { width: number; scale: string }): SVGElement | HTMLElement {
  return Plot.plot({
    width: options.width,
    height: 40 + 28 * rows.length,
    marginLeft: 260,
    x: { label: `${options.scale} (dot: estimate with 95% CI; red tick: true CATE)`, grid: true },
    y: { label: null, domain: rows.map((r) => r.segment) },
    marks: [
      Plot.ruleX([0], { strokeDasharray: "4,3" }),
      Plot.ruleY(rows, { y: "segment", x1: "lower", x2: "upper", stroke: "steelblue", strokeWidth: 2 }),
      Plot.dot(rows, { y: "segment", x: "estimate", fill: "steelblue", r: 4 }),
      Plot.tickX(rows, { y: "segment", x: "true_cate", stroke: "#c0392b", strokeWidth: 3 }),
    ],
  });
}
