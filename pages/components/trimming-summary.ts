/**
 * The sensitivity page's trimming rows, short where they carry no information: consecutive
 * settings that give the same analysis (the same subjects kept and the same estimate and interval,
 * to the bit) are one row naming every setting, e.g. "none, α = 0.01 … α = 0.075, Crump". In a
 * randomized study the propensity score is near the allocation ratio for everyone, so trimming
 * usually drops no one and the whole grid is one row; `trimmingNote` says so in one line.
 */
import type { TrimmingGridRow } from "@trial/estimators";

export interface TrimmingTableRow {
  /** The settings this row stands for, e.g. "none to α = 0.1, Crump (8 settings)". */
  settings: string;
  /** How many settings it stands for. */
  count: number;
  kept: number | null;
  trimmed: number | null;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  note: string;
}

const sameAnalysis = (a: TrimmingGridRow, b: TrimmingGridRow): boolean =>
  a.nKept === b.nKept &&
  a.nTrimmed === b.nTrimmed &&
  a.error === b.error &&
  Object.is(a.effect?.estimate ?? null, b.effect?.estimate ?? null) &&
  Object.is(a.effect?.ci?.[0] ?? null, b.effect?.ci?.[0] ?? null) &&
  Object.is(a.effect?.ci?.[1] ?? null, b.effect?.ci?.[1] ?? null);

function settingsLabel(group: readonly TrimmingGridRow[]): string {
  if (group.length === 1) return group[0]!.label;
  if (group.length === 2) return `${group[0]!.label}, ${group[1]!.label}`;
  const last = group[group.length - 1]!;
  if (last.label === "Crump") return `${group[0]!.label} to ${group[group.length - 2]!.label}, Crump (${group.length} settings)`;
  return `${group[0]!.label} to ${last.label} (${group.length} settings)`;
}

/**
 * Consecutive rows with the same analysis collapsed into one.
 *
 * @param rows `trimmingGrid(…)` in its order (thresholds ascending, then Crump)
 * @example
 * collapseTrimmingRows(eightIdenticalRows).length // => 1, settings "none to α = 0.1, Crump (8 settings)"
 */
export function collapseTrimmingRows(rows: readonly TrimmingGridRow[]): TrimmingTableRow[] {
  const groups: TrimmingGridRow[][] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1];
    if (last !== undefined && sameAnalysis(last[0]!, r)) last.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    const r = g[0]!;
    return {
      settings: settingsLabel(g),
      count: g.length,
      kept: r.nKept,
      trimmed: r.nTrimmed,
      estimate: r.effect?.estimate ?? null,
      lower: r.effect?.ci?.[0] ?? null,
      upper: r.effect?.ci?.[1] ?? null,
      note: r.error ?? "",
    };
  });
}

/**
 * One line for a randomized study: why trimming says little here and what the grid showed; null
 * for an observational study (the full grid is the point there).
 */
export function trimmingNote(assignment: "randomized" | "confounded", rows: readonly TrimmingGridRow[]): string | null {
  if (assignment !== "randomized") return null;
  const collapsed = collapseTrimmingRows(rows);
  const maxTrimmed = Math.max(0, ...rows.map((r) => r.nTrimmed ?? 0));
  const what =
    collapsed.length === 1
      ? `all ${rows.length} settings give the same analysis (${maxTrimmed === 0 ? "no subject trimmed" : `${maxTrimmed} trimmed`}), shown as one row`
      : `${rows.length} settings give ${collapsed.length} distinct analyses (at most ${maxTrimmed} subjects trimmed); identical ones are shown as one row`;
  return `Randomized: the propensity score is the allocation ratio by design, so trimming is a supportive check with little to show here: ${what}.`;
}
