/**
 * The primary analysis of a study-month (`analysis.json`): `analyseStudyMonth` from the estimators
 * on the rows of the snapshot's `subjects.parquet`, through the study's analysis input
 * (src/foundation/analysis-input.ts). The build's analysis step, `publish` and `verify` read the
 * same Parquet bytes that the report pages read, so all of them analyse exactly the same numbers.
 */
import path from "node:path";
import { analyseStudyMonth, type AnalysisResult } from "@trial/estimators";
import { readParquet } from "../../data-loaders/readers/parquet.ts";
import { analysisInput } from "../foundation/analysis-input.ts";
import type { StudyConfig } from "../foundation/study-config.ts";

/** The primary analysis of subject rows; a data error names the study, month and what failed. */
export function primaryAnalysis(config: StudyConfig, month: string, subjects: readonly Record<string, unknown>[]): AnalysisResult {
  try {
    return analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome }, month, subjects)).result;
  } catch (error) {
    throw new Error(`${config.id} ${month}: primary analysis (analysis.json): ${(error as Error).message}`);
  }
}

/** The primary analysis of the `subjects.parquet` in `dataDir`. */
export async function primaryAnalysisOfSnapshot(config: StudyConfig, month: string, dataDir: string): Promise<AnalysisResult> {
  const subjects = await readParquet(path.join(dataDir, "subjects.parquet"));
  return primaryAnalysis(config, month, subjects.rows);
}

/** analysis.json as written: pretty JSON with a trailing newline. */
export function analysisJsonBytes(result: AnalysisResult): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(result, null, 2)}\n`);
}
