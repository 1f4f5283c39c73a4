/**
 * Relative links between study-month pages. Links are relative so that a published archive works
 * wherever it is served (a reviewer's local server, a sub-folder of an intranet site).
 */

/** The pages that exist for every study-month, in sidebar order. */
export const studyPages = [
  { slug: "", title: "Overview" },
  { slug: "cohort", title: "Cohort" },
  { slug: "propensity", title: "Propensity" },
  { slug: "balance", title: "Balance" },
  { slug: "analysis", title: "Primary analysis" },
  { slug: "tables", title: "Trial tables" },
  { slug: "sensitivity", title: "Sensitivity" },
  { slug: "time-to-event", title: "Time to event" },
  { slug: "explorer", title: "What-if explorer" },
  { slug: "explore", title: "Explore (SQL)" },
  { slug: "enrolment-period", title: "Custom: enrolment period" },
  { slug: "dropout", title: "Dropout" },
  { slug: "adverse-events", title: "Adverse events" },
] as const;

export type StudyPageSlug = (typeof studyPages)[number]["slug"];

/** Path of a study-month page from the site root, e.g. `/study/SYN-LIN-C/2025-12/cohort`. */
export function studyPagePath(study: string, month: string, slug: string): string {
  return `/study/${encodeURIComponent(study)}/${month}/${slug}`;
}

/**
 * A relative URL from `fromPath` (the current location's pathname) to the site-root path `to`.
 * Both are site-root paths; the result has no leading slash so it survives being served from a
 * sub-folder.
 */
export function relativeHref(fromPath: string, to: string): string {
  const fromDir = fromPath.endsWith("/") ? fromPath : fromPath.slice(0, fromPath.lastIndexOf("/") + 1);
  const from = fromDir.split("/").filter(Boolean);
  const target = to.split("/");
  const trailing = to.endsWith("/");
  const parts = target.filter(Boolean);
  let common = 0;
  while (common < from.length && common < parts.length && from[common] === parts[common]) common++;
  const up = from.length - common;
  const rest = parts.slice(common).join("/");
  const href = "../".repeat(up) + rest + (trailing && rest ? "/" : "");
  return href === "" ? "./" : href;
}
