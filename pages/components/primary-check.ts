/**
 * The sensitivity page's check of its own primary AIPW run against the build's (analysis.json), by
 * the site's agreement rule: on the difference, SE and CI when both estimated it; on the reason when
 * neither could; a failure naming the side that has an estimate when only one did.
 */
import type { ComparisonResult } from "@trial/estimators";
import { agreementBadge, compareResults, type Engines } from "./agreement.js";

/** The page's run: its difference (estimate, SE, CI), or null with the reason it is not estimable. */
export interface PageRun {
  difference: { estimate: number } & Record<string, unknown>;
}

/** The build's estimate of the comparison, or null with why (no such comparison, or its failure). */
export function storedPrimary(stored: ComparisonResult | undefined): { estimate: number | null; error: string | null } {
  const estimate = stored?.estimates?.aipw?.difference?.estimate ?? null;
  const error = stored === undefined ? "no stored analysis for this comparison" : stored.status === "failed" ? (stored.error ?? null) : null;
  return { estimate, error };
}

/** The badge (`#primary-check`). */
export function primaryCheckBadge(stored: ComparisonResult | undefined, primary: PageRun | null, primaryError: string | null, engines: Engines): HTMLElement {
  const built = storedPrimary(stored);
  if (built.estimate !== null && primary !== null && stored?.estimates)
    return agreementBadge(compareResults(stored.estimates.aipw.difference, JSON.parse(JSON.stringify(primary.difference))), {
      id: "primary-check",
      what: "the primary AIPW difference, SE and CI",
      engines,
      compact: true,
    });
  if (built.estimate === null && primary === null && built.error !== null)
    return agreementBadge(compareResults({ notEstimable: built.error }, { notEstimable: primaryError }), {
      id: "primary-check",
      what: "the reason the primary analysis is not estimable",
      engines,
      compact: true,
    });
  const badge = document.createElement("span");
  badge.id = "primary-check";
  badge.className = "badge fail";
  badge.dataset.status = "different";
  badge.textContent =
    built.estimate === null
      ? `the build has no estimate (${built.error ?? "none stored"}) but this page has one`
      : `the build has an estimate but this page has none (${primaryError})`;
  return badge;
}
