/**
 * The primary analysis of a study-month (`analysis.json`): `analyseStudyMonth` from the estimators
 * on the rows of the snapshot's `subjects.parquet`, through the study's analysis input
 * (src/foundation/analysis-input.ts), and under `prespecified` the study's pre-specified primary
 * analysis (src/foundation/prespecified-analysis.ts; null when the study declares none). The build's analysis step, `publish` and `verify` read the
 * same Parquet bytes that the report pages read, so all of them analyse exactly the same numbers.
 */
import path from "node:path";
import { analyseStudyMonth, type AnalysisResult } from "@trial/estimators";
import { readParquet } from "../../data-loaders/readers/parquet.ts";
import { analysisInput } from "../foundation/analysis-input.ts";
import { studyPrespecifiedAnalysis, type PrespecifiedResult } from "../foundation/prespecified-analysis.ts";
import type { StudyConfig } from "../foundation/study-config.ts";

/** analysis.json: the causal estimators' result and the pre-specified analysis (null when none is declared). */
export type AnalysisDocument = AnalysisResult & { prespecified: PrespecifiedResult | null };

/** The primary analysis of subject rows; a data error names the study, month and what failed. */
export function primaryAnalysis(config: StudyConfig, month: string, subjects: readonly Record<string, unknown>[]): AnalysisDocument {
  try {
    const result = analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome }, month, subjects)).result;
    return { ...result, prespecified: studyPrespecifiedAnalysis(config, subjects) };
  } catch (error) {
    throw new Error(`${config.id} ${month}: primary analysis (analysis.json): ${(error as Error).message}`);
  }
}

/** The primary analysis of the `subjects.parquet` in `dataDir`. */
export async function primaryAnalysisOfSnapshot(config: StudyConfig, month: string, dataDir: string): Promise<AnalysisDocument> {
  const subjects = await readParquet(path.join(dataDir, "subjects.parquet"));
  return primaryAnalysis(config, month, subjects.rows);
}

/** analysis.json as written: pretty JSON with a trailing newline. */
export function analysisJsonBytes(result: AnalysisDocument): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(result, null, 2)}\n`);
}
