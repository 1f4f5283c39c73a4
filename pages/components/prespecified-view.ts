/**
 * The pre-specified primary analysis on the analysis page: analysis.json's `prespecified` (the
 * build's), the same analysis recomputed in this browser from subjects.parquet with the same code
 * (`studyPrespecifiedAnalysis` of @trial/foundation), the site's agreement check between the two,
 * and its rendering: the plan in one paragraph, the arms (n, raw mean, LS mean or standardized
 * risk with CI), and each planned contrast with the adjusted difference (SE, 95% CI, p), the
 * unadjusted difference (95% CI) and the arm its estimate favours; the dose-response and the
 * arm's F test where the plan has them. p-values appear here and nowhere else on the page: this is
 * the planned test.
 */
import { studyPrespecifiedAnalysis, type PrespecifiedResult, type PrespecifiedStudyFields } from "@trial/foundation";
import { agreementBadge, agreementErrorBadge, compareResults, type Agreement, type Engines } from "./agreement.js";
import { renderTable } from "./analysis-tables.js";
import { formatFixed, formatInt } from "./format.js";
import { subjectRows } from "./subject-rows.js";

export interface PrespecifiedPage {
  stored: PrespecifiedResult | null;
  recomputed: PrespecifiedResult | null;
  /** Why the browser could not recompute (null when it could). */
  error: unknown;
  agreement: Agreement | null;
}

/**
 * @param study the study's studies.json entry (arms and `prespecified`)
 * @param stored analysis.json's `prespecified` (null: the study declares none)
 * @param subjects subjects.parquet as an Arrow table
 */
export function recomputePrespecified(study: PrespecifiedStudyFields, stored: PrespecifiedResult | null, subjects: Parameters<typeof subjectRows>[0]): PrespecifiedPage {
  if (stored === null || stored === undefined) return { stored: null, recomputed: null, error: null, agreement: null };
  try {
    const recomputed = studyPrespecifiedAnalysis(study, subjectRows(subjects));
    // Through JSON, as analysis.json went.
    return { stored, recomputed, error: null, agreement: compareResults(stored, JSON.parse(JSON.stringify(recomputed))) };
  } catch (error) {
    return { stored, recomputed: null, error, agreement: null };
  }
}

/** The agreement badge of the pre-specified analysis (`#prespecified-agreement`). */
export function prespecifiedBadge(page: PrespecifiedPage, engines: Engines): HTMLElement {
  const what = "the pre-specified analysis (LS means, differences, intervals, p-values)";
  return page.agreement === null
    ? agreementErrorBadge(page.error, { id: "prespecified-agreement", what })
    : agreementBadge(page.agreement, { id: "prespecified-agreement", what, engines });
}

const est = (x: number) => formatFixed(x, 2);
const ci = (lower: number, upper: number) => `${est(lower)} to ${est(upper)}`;
/** A p-value as a CSR prints it: 3 decimals, "<0.001" below. */
export const formatP = (p: number | null): string => (p === null ? "–" : p < 0.001 ? "<0.001" : p.toFixed(3));

function el(tag: string, text: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** The plan in one paragraph: outcome and visit, population, imputation, model, SE, direction. */
export function prespecifiedPlanText(r: PrespecifiedResult): string {
  const se = r.method === "ancova" ? (r.se === "classical" ? "classical standard errors" : `${r.se} (heteroskedasticity-robust) standard errors`) : `${r.se} variance`;
  const model =
    r.method === "ancova"
      ? `ANCOVA ${r.formula}, ${se}, LS means with observed-margin weights`
      : `standardization (g-computation) with the logistic working model ${r.formula}, ${se}`;
  const imputed = r.imputation.imputedByArm === null ? "" : ` (${formatInt(r.imputation.imputedByArm.reduce((s, a) => s + a.n, 0))} values carried forward)`;
  return `${r.outcome.label} at ${r.visit}; ${r.population}; missing values: ${r.imputation.description}${imputed}. Model: ${model}. ${r.outcome.better === "lower" ? "Lower" : "Higher"} values are better. Source: ${r.reference}.`;
}

/** The pre-specified analysis section (`#prespecified`), without its agreement badge. */
export function prespecifiedSection(r: PrespecifiedResult): HTMLElement {
  const section = document.createElement("section");
  section.id = "prespecified";
  section.className = "prespecified";
  const h = el("h2", `${r.title} `);
  h.append(el("span", "pre-specified", { class: "badge ok", "data-field": "prespecified-tag" }));
  section.append(h, el("p", prespecifiedPlanText(r), { class: "muted", "data-field": "prespecified-plan" }));
  const label = (code: string) => r.arms.find((a) => a.code === code)?.label ?? code;
  const scale = r.method === "ancova" ? "LS mean" : "Standardized risk";
  const armRows = r.armEstimates.map((m, i) => ({ ...m, n: r.nByArm[i]!.n, raw: r.armRawMeans[i]!.mean, excluded: r.excludedByArm[i]! }));
  section.append(
    renderTable(
      armRows,
      [
        { label: "Arm", field: "arm", value: (m) => label(m.arm) },
        { label: "n analysed", field: "n", value: (m) => formatInt(m.n) },
        { label: r.method === "ancova" ? "Mean" : "Proportion", field: "raw-mean", value: (m) => est(m.raw) },
        { label: `${scale} (SE)`, field: "arm-estimate", value: (m) => `${est(m.estimate)} (${est(m.se)})` },
        { label: "95% CI", field: "arm-ci", value: (m) => ci(m.lower, m.upper) },
      ],
      { id: "prespecified-arms", rowKey: (m) => m.arm },
    ),
  );
  section.append(
    renderTable(
      r.contrasts,
      [
        { label: "Comparison", field: "contrast", value: (c) => c.label },
        { label: "Adjusted difference (SE)", field: "adjusted", value: (c) => `${est(c.adjusted.estimate)} (${est(c.adjusted.se)})` },
        { label: "95% CI", field: "adjusted-ci", value: (c) => ci(c.adjusted.lower, c.adjusted.upper) },
        { label: "p", field: "p", value: (c) => formatP(c.adjusted.p) },
        { label: "Unadjusted difference", field: "unadjusted", value: (c) => est(c.unadjusted.estimate) },
        { label: "95% CI", field: "unadjusted-ci", value: (c) => ci(c.unadjusted.lower, c.unadjusted.upper) },
        { label: "Direction", field: "favours", value: (c) => c.favoursText },
      ],
      { id: "prespecified-contrasts", rowKey: (c) => `${c.treated}-${c.reference}` },
    ),
  );
  const notes: string[] = [];
  if (r.doseResponse !== null)
    notes.push(
      `Dose response (dose ${Object.entries(r.doseResponse.doses)
        .map(([a, d]) => `${label(a)} ${d}`)
        .join(
          ", ",
        )}, as a continuous term): slope ${formatFixed(r.doseResponse.estimate, 4)} per unit (SE ${formatFixed(r.doseResponse.se, 4)}), p = ${formatP(r.doseResponse.p)}.`,
    );
  if (r.armTest !== null && r.arms.length > 2)
    notes.push(`Treatment (all arms equal), Type III F(${r.armTest.df}, ${r.armTest.dfResidual}) = ${formatFixed(r.armTest.f, 2)}, p = ${formatP(r.armTest.p)}.`);
  const left = r.excludedByArm.filter((e) => e.outsidePopulation + e.missingOutcome + e.missingCovariate > 0);
  if (left.length > 0)
    notes.push(
      `Not analysed: ${left.map((e) => `${label(e.arm)} ${[e.outsidePopulation ? `${e.outsidePopulation} outside the population` : "", e.missingOutcome ? `${e.missingOutcome} without the outcome at ${r.visit}` : "", e.missingCovariate ? `${e.missingCovariate} without a covariate` : ""].filter(Boolean).join(", ")}`).join("; ")}.`,
    );
  notes.push("Unadjusted: the same estimator with the arm as the only term, on the same subjects. p-values are not adjusted for multiple comparisons.");
  for (const n of notes) section.append(el("p", n, { class: "muted" }));
  return section;
}
