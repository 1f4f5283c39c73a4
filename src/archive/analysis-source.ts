/**
 * The analysis whose headline numbers and gates the archive records and `verify` reproduces: the
 * project's primary analysis, `analyseStudyMonth` (@trial/estimators, see study-analysis-types.ts),
 * re-run on the frozen `subjects.parquet` of an archive's `data/` folder by the same function as the
 * build's analysis step (src/analysis/primary-analysis.ts).
 *
 * The re-computation must equal, to the byte, the `analysis.json` the build wrote beside the
 * Parquet (and which the report pages show); a difference is an error naming the first field that
 * differs. Headline numbers per comparison: the AIPW difference with its influence-function CI,
 * the same estimate with the bootstrap percentile CI, and the risk and odds ratios for a binary
 * outcome; n is the number of subjects analysed. Gates are the analysis's own gates.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AnalysisResult, ComparisonResult } from "@trial/estimators";
import { primaryAnalysisOfSnapshot } from "../analysis/primary-analysis.ts";
import type { StudyConfig } from "../foundation/study-config.ts";
import type { AnalysisOutcome, AnalysisSource, GateResult, HeadlineNumber } from "./types.ts";

/** The first path at which two JSON values differ (`comparisons[0].estimates.aipw.difference.ci[1]`), or null. */
export function firstDifference(a: unknown, b: unknown, at = ""): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return at || "(root)";
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${at}[${key}]` : at ? `${at}.${key}` : key);
    if (diff !== null) return diff;
  }
  return null;
}

function comparisonHeadline(c: ComparisonResult, outcomeType: string): HeadlineNumber[] {
  const aipw = c.estimates?.aipw;
  const n = c.counts.analysed.total;
  if (!aipw) return [{ label: `${c.id}: analysis failed (${c.error ?? "no estimate"})`, estimate: Number.NaN, lower: null, upper: null, n }];
  const measure = outcomeType === "binary" ? "risk difference" : "mean difference";
  const out: HeadlineNumber[] = [
    {
      label: `${c.id}: AIPW ${measure}, influence-function CI`,
      estimate: aipw.difference.estimate,
      lower: aipw.difference.ci?.[0] ?? null,
      upper: aipw.difference.ci?.[1] ?? null,
      n,
    },
  ];
  if (c.bootstrap) {
    out.push({
      label: `${c.id}: AIPW ${measure}, bootstrap percentile CI (${c.bootstrap.used} replicates, seed ${c.bootstrap.seed})`,
      estimate: aipw.difference.estimate,
      lower: c.bootstrap.difference.percentile[0],
      upper: c.bootstrap.difference.percentile[1],
      n,
    });
  }
  for (const [name, ratio] of [
    ["risk ratio", aipw.riskRatio],
    ["odds ratio", aipw.oddsRatio],
  ] as const) {
    if (ratio) out.push({ label: `${c.id}: AIPW ${name}`, estimate: ratio.estimate, lower: ratio.ci?.[0] ?? null, upper: ratio.ci?.[1] ?? null, n });
  }
  return out;
}

/** Headline numbers, gates, estimand and parameters of an analysis result. */
export function analysisOutcome(result: AnalysisResult): AnalysisOutcome {
  const gates: GateResult[] = result.gates.map((g) => ({ id: `${g.comparison}:${g.id}`, passed: g.passed, value: g.value, threshold: g.threshold, message: g.message }));
  return {
    headline: result.comparisons.flatMap((c) => comparisonHeadline(c, result.outcome.type)),
    gates,
    estimand: result.comparisons.map((c) => `${c.id}: ${c.estimand.text}`).join(" "),
    parameters: { ...result.parameters, outcome: result.outcome, population: result.population },
  };
}

export const primaryAnalysisSource: AnalysisSource = {
  id: "analyseStudyMonth@trial-analysis/1",
  async analyse(dataDir, study: StudyConfig, month: string) {
    const recomputed = await primaryAnalysisOfSnapshot(study, month, dataDir);
    const recordedFile = path.join(dataDir, "analysis.json");
    const recorded = JSON.parse(await readFile(recordedFile, "utf-8")) as AnalysisResult;
    const diff = firstDifference(JSON.parse(JSON.stringify(recomputed)), recorded);
    if (diff !== null) throw new Error(`${recordedFile}: differs from the analysis re-run on subjects.parquet at ${diff}`);
    return analysisOutcome(recomputed);
  },
};
