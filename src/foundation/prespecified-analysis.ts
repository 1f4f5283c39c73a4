/**
 * A study's pre-specified primary analysis (its `prespecified` plan in the registry) on the
 * subject rows of a snapshot: the analysis population chosen by the plan's rule, subjects without
 * the outcome or a model covariate left out and counted by arm, the model computed by the
 * estimators' `prespecifiedAnalysis` (ANCOVA or standardization, with the unadjusted difference
 * beside each adjusted one), and for each contrast which arm the point estimate favours, from the
 * plan's `better` direction. The build's analysis step (analysis.json `prespecified`) and the
 * analysis page (recomputing it in the browser) both call `studyPrespecifiedAnalysis`, so they
 * compute the same thing from the same rows.
 */
import { isMissingValue, prespecifiedAnalysis, type PrespecifiedContrast, type PrespecifiedModelResult } from "@trial/estimators";
import type { Arm, PrespecifiedAnalysisPlan, Rule } from "./study-config.js";

/** What the analysis reads of a study: a registry entry, or its studies.json record. */
export interface PrespecifiedStudyFields {
  id: string;
  arms: readonly Arm[];
  prespecified?: PrespecifiedAnalysisPlan | null;
}

export interface PrespecifiedContrastResult extends PrespecifiedContrast {
  /** e.g. "Xanomeline high dose − Placebo". */
  label: string;
  /** The arm the adjusted point estimate favours (by the plan's `better`), or "neither" at exactly 0. */
  favours: "treated" | "reference" | "neither";
  /** e.g. "favours Xanomeline high dose (lower is better)". */
  favoursText: string;
}

/** analysis.json `prespecified`: the plan as declared, who was analysed, and the results. */
export interface PrespecifiedResult extends Omit<PrespecifiedModelResult, "contrasts"> {
  title: string;
  reference: string;
  outcome: PrespecifiedAnalysisPlan["outcome"];
  visit: string;
  population: string;
  imputation: { rule: "locf" | "none"; description: string; imputedByArm: Array<{ arm: string; n: number }> | null };
  arms: Array<{ code: string; label: string; role: Arm["role"] }>;
  /** Per arm: subjects of the snapshot outside the population, and in it without the outcome or a model covariate. */
  excludedByArm: Array<{ arm: string; outsidePopulation: number; missingOutcome: number; missingCovariate: number }>;
  contrasts: PrespecifiedContrastResult[];
}

/**
 * Whether a subject satisfies a rule (the same predicates as the eligibility criteria).
 *
 * @example
 * ruleHolds({ column: "efficacy", equals: 1 }, { efficacy: 1 }) // => true
 */
export function ruleHolds(rule: Rule, row: Record<string, unknown>): boolean {
  const v = row[rule.column];
  if ("equals" in rule) return v === rule.equals || (typeof rule.equals === "boolean" && v === (rule.equals ? 1 : 0)) || (typeof v === "bigint" && Number(v) === rule.equals);
  if ("in" in rule) return rule.in.some((x) => x === v || (typeof v === "bigint" && Number(v) === x));
  if (isMissingValue(v)) return false;
  const x = Number(v);
  if ("between" in rule) return x >= rule.between[0] && x <= rule.between[1];
  if ("lt" in rule) return x < rule.lt;
  return x > rule.gt;
}

/** The plan's contrasts, or each treated arm against the control. */
export function plannedContrasts(arms: readonly Arm[], plan: PrespecifiedAnalysisPlan): Array<{ treated: string; reference: string }> {
  if (plan.contrasts !== undefined) return plan.contrasts;
  const control = arms.find((a) => a.role === "control")!;
  return arms.filter((a) => a.role === "treated").map((a) => ({ treated: a.code, reference: control.code }));
}

const asNumber = (v: unknown): unknown => (typeof v === "bigint" ? Number(v) : v);

/**
 * The pre-specified analysis of a study-month, or null when the study declares none.
 *
 * @param study the study's arms and plan
 * @param subjects the snapshot's subject rows (subjects.parquet, in its order)
 * @throws Error naming the study and the estimator's message, when the model cannot be fitted
 * @example
 * studyPrespecifiedAnalysis(cdiscPilot, subjects)!.contrasts[1].adjusted.estimate // => -1.0 (rounded; CSR Table 14-3.01)
 */
export function studyPrespecifiedAnalysis(study: PrespecifiedStudyFields, subjects: ArrayLike<Record<string, unknown>>): PrespecifiedResult | null {
  const plan = study.prespecified;
  if (plan === undefined || plan === null) return null;
  const codes = study.arms.map((a) => a.code);
  const columns = [...plan.factors, ...plan.covariates];
  const excludedByArm = codes.map((arm) => ({ arm, outsidePopulation: 0, missingOutcome: 0, missingCovariate: 0 }));
  const imputed = codes.map((arm) => ({ arm, n: 0 }));
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < subjects.length; i++) {
    const s = subjects[i] as Record<string, unknown>;
    const k = codes.indexOf(String(s.arm));
    if (k < 0) throw new Error(`${study.id}: pre-specified analysis: subjects row ${i} (${String(s.subject_id)}) has arm ${JSON.stringify(s.arm)}, not one of ${codes.join(", ")}`);
    if (plan.population.rule !== undefined && !ruleHolds(plan.population.rule, s)) {
      excludedByArm[k]!.outsidePopulation++;
      continue;
    }
    if (isMissingValue(s[plan.outcome.column])) {
      excludedByArm[k]!.missingOutcome++;
      continue;
    }
    if (columns.some((c) => isMissingValue(s[c]))) {
      excludedByArm[k]!.missingCovariate++;
      continue;
    }
    if (plan.imputation.flagColumn !== undefined && asNumber(s[plan.imputation.flagColumn]) === 1) imputed[k]!.n++;
    rows.push({ arm: s.arm, ...Object.fromEntries([plan.outcome.column, ...columns].map((c) => [c, asNumber(s[c])])) });
  }
  let model: PrespecifiedModelResult;
  try {
    model = prespecifiedAnalysis(rows, {
      method: plan.method,
      outcome: plan.outcome.column,
      arm: { column: "arm", levels: codes },
      factors: plan.factors,
      covariates: plan.covariates,
      contrasts: plannedContrasts(study.arms, plan),
      doses: plan.doses ?? null,
    });
  } catch (error) {
    throw new Error(`${study.id}: pre-specified analysis (${plan.title}): ${(error as Error).message}`);
  }
  const label = (code: string) => study.arms.find((a) => a.code === code)!.label;
  const contrasts = model.contrasts.map((c): PrespecifiedContrastResult => {
    const e = c.adjusted.estimate;
    const favours = e === 0 ? "neither" : e < 0 === (plan.outcome.better === "lower") ? "treated" : "reference";
    return {
      ...c,
      label: `${label(c.treated)} − ${label(c.reference)}`,
      favours,
      favoursText: `${favours === "neither" ? "favours neither arm" : `favours ${label(favours === "treated" ? c.treated : c.reference)}`} (${plan.outcome.better} is better)`,
    };
  });
  return {
    title: plan.title,
    reference: plan.reference,
    outcome: plan.outcome,
    visit: plan.visit,
    population: plan.population.label,
    imputation: { rule: plan.imputation.rule, description: plan.imputation.description, imputedByArm: plan.imputation.flagColumn === undefined ? null : imputed },
    arms: study.arms.map((a) => ({ code: a.code, label: a.label, role: a.role })),
    excludedByArm,
    ...model,
    contrasts,
  };
}
