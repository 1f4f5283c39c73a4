/**
 * What the propensity, balance and analysis pages share: the study's entry in studies.json, the
 * primary analysis stored with the snapshot (analysis.json), and the same analysis recomputed in
 * the browser from subjects.parquet with the same estimators (`analyseStudyMonth`), with the
 * agreement check between the two.
 */
import {
  analyseStudyMonth,
  comparisonBootstrapOutcome,
  comparisonBootstrapRequest,
  withBootstrap,
  type AnalysisInput,
  type AnalysisResult,
  type ComparisonBootstrapOutcome,
  type StudyMonthAnalysis,
} from "@trial/estimators";
import { analysisInput, type AnalysisStudyFields } from "@trial/foundation";
import { checkAgreement, type Agreement } from "./analysis-agreement.js";
import type { BootstrapPool, BootstrapProgress } from "./bootstrap-worker.js";
import { subjectRows } from "./subject-rows.js";

export interface PrimaryAnalysisPage {
  input: AnalysisInput;
  stored: AnalysisResult;
  /** The browser's run, without the bootstrap (point estimates, diagnostics, gates). */
  recomputed: StudyMonthAnalysis | null;
  /** Why the browser could not recompute (null when it could). */
  error: unknown;
  /** Point-estimate agreement (null when the recomputation failed). */
  agreement: Agreement | null;
}

/**
 * @param study the study's studies.json entry
 * @param month the data cut
 * @param stored analysis.json as parsed
 * @param subjects subjects.parquet as an Arrow table
 */
export function recomputePrimaryAnalysis(study: AnalysisStudyFields, month: string, stored: AnalysisResult, subjects: Parameters<typeof subjectRows>[0]): PrimaryAnalysisPage {
  const input = analysisInput(study, month, subjectRows(subjects));
  try {
    const recomputed = analyseStudyMonth(input, { bootstrap: "skip" });
    return { input, stored, recomputed, error: null, agreement: checkAgreement(stored, recomputed.result, "point estimates") };
  } catch (error) {
    return { input, stored, recomputed: null, error, agreement: null };
  }
}

/** Where the page's bootstrap stands: comparisons done of those to run, and the result so far (null when the browser could not recompute). */
export interface BootstrapState {
  done: number;
  total: number;
  result: AnalysisResult | null;
}

/**
 * The browser's bootstrap of each comparison, one after another in the worker pool, after the
 * point estimates: yields the result with no interval first, then with each comparison's interval
 * as it completes (a failed bootstrap gives that comparison's error, not a page error). Replicates
 * depend only on (seed, replicate), so the workers reproduce the build's interval digit for digit.
 */
export async function* bootstrapInBrowser(page: PrimaryAnalysisPage, pool: BootstrapPool, onProgress?: BootstrapProgress): AsyncGenerator<BootstrapState, void, undefined> {
  if (page.recomputed === null) {
    yield { done: 0, total: 0, result: null };
    return;
  }
  let result = page.recomputed.result;
  const ids = result.comparisons.filter((c) => c.status === "ok").map((c) => c.id);
  yield { done: 0, total: ids.length, result };
  for (const [k, id] of ids.entries()) {
    const request = comparisonBootstrapRequest(page.input, id);
    let outcome: ComparisonBootstrapOutcome = { bootstrap: null, error: null };
    if (request !== null) {
      try {
        outcome = comparisonBootstrapOutcome(page.input, { result: await pool.run(request, onProgress) });
      } catch (error) {
        outcome = comparisonBootstrapOutcome(page.input, { error: (error as Error).message });
      }
    }
    result = withBootstrap(result, id, outcome);
    yield { done: k + 1, total: ids.length, result };
  }
}
