/**
 * The primary analysis's agreement check: analysis.json (computed by the build in Node) against
 * the same analysis recomputed in this browser from the snapshot's Parquet with the same estimator
 * code, judged and shown by the site's one agreement rule (agreement.ts: identical, within
 * rounding, or different).
 */
import { withBootstrap, type AnalysisResult } from "@trial/estimators";
import { agreementBadge, agreementErrorBadge, compareResults, type Agreement as SiteAgreement, type Engines } from "./agreement.js";

export interface Agreement extends SiteAgreement {
  /** What was left out of the comparison (e.g. the bootstrap, checked on the analysis page). */
  scope: "full" | "point estimates";
}

/**
 * The browser's point-only result with each comparison's bootstrap outcome (summary, error, gate)
 * taken from analysis.json, so that everything else is compared exactly.
 */
function withStoredBootstrap(recomputed: AnalysisResult, stored: AnalysisResult): AnalysisResult {
  let out = recomputed;
  for (const c of stored.comparisons) out = withBootstrap(out, c.id, { bootstrap: c.bootstrap, error: c.bootstrapError });
  return out;
}

/**
 * @param stored analysis.json as parsed
 * @param recomputed the browser's `analyseStudyMonth(…).result`
 * @param scope `"full"`, or `"point estimates"` when the browser ran without the bootstrap (the
 *   bootstrap outcome is then taken from analysis.json and everything else compared)
 */
export function checkAgreement(stored: AnalysisResult, recomputed: AnalysisResult, scope: Agreement["scope"]): Agreement {
  // analysis.json's `prespecified` (the pre-specified analysis) has its own check on the analysis
  // page (prespecified-view.ts); this one covers the causal estimators' result.
  const { prespecified: _prespecified, ...causal } = stored as AnalysisResult & { prespecified?: unknown };
  const mine = scope === "full" ? recomputed : withStoredBootstrap(recomputed, causal);
  // Through JSON, as analysis.json went (undefined members dropped, -0 kept as 0).
  return { ...compareResults(causal, JSON.parse(JSON.stringify(mine))), scope };
}

const WHAT = {
  full: "every number of the primary analysis, bootstrap intervals included",
  "point estimates": "every number of the primary analysis (the bootstrap intervals are checked on the Primary analysis page)",
} as const;

/** The visible check (`#agreement-check`), naming both engines. */
export function agreementBanner(agreement: Agreement, engines: Engines): HTMLElement {
  return agreementBadge(agreement, { id: "agreement-check", what: WHAT[agreement.scope], engines });
}

/** The check when the browser's recomputation threw: it cannot pass. */
export function agreementErrorBanner(error: unknown): HTMLElement {
  return agreementErrorBadge(error, { id: "agreement-check", what: "the primary analysis" });
}
