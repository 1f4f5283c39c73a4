/**
 * The analysis whose headline numbers and gates the archive records and `verify` reproduces.
 *
 * `primaryAnalysisSource` re-runs the project's primary analysis on the frozen `subjects.parquet`
 * of an archive's `data/` folder: for each treated arm against the control arm, AIPW (ATE) on the
 * study's covariates, influence-function 95% interval, complete cases on the primary outcome.
 * Gates: at least `minPerArm` subjects with the outcome in each arm, the propensity model
 * converged, and every score within [`positivity`, 1 − `positivity`].
 * Publishing and verifying only ever see the `AnalysisSource` interface, so the source can be
 * swapped for a richer primary analysis without touching either.
 */
import path from "node:path";
import { buildDesignMatrix, estimateTreatmentEffect } from "@trial/estimators";
import { readParquet } from "../../data-loaders/readers/parquet.ts";
import type { StudyConfig } from "../studies/types.ts";
import type { AnalysisOutcome, AnalysisSource, GateResult, HeadlineNumber } from "./types.ts";

export const PRIMARY_ANALYSIS_PARAMETERS = { method: "aipw", estimand: "ATE", level: 0.95, trim: "none", minPerArm: 30, positivity: 0.01 } as const;

function analyseSubjects(rows: Array<Record<string, unknown>>, study: StudyConfig): AnalysisOutcome {
  const p = PRIMARY_ANALYSIS_PARAMETERS;
  const outcomeType = study.source.outcome;
  const control = study.arms.find((a) => a.role === "control");
  if (!control) throw new Error(`${study.id}: the study config has no control arm`);
  const headline: HeadlineNumber[] = [];
  const gates: GateResult[] = [];
  for (const arm of study.arms.filter((a) => a.role === "treated")) {
    const contrast = `${arm.code} vs ${control.code}`;
    const inArms = rows.filter((r) => r.arm === arm.code || r.arm === control.code);
    const complete = inArms.filter((r) => r[study.primaryOutcome] !== null && r[study.primaryOutcome] !== undefined);
    const nTreated = complete.filter((r) => r.arm === arm.code).length;
    const nControl = complete.length - nTreated;
    const smallest = Math.min(nTreated, nControl);
    gates.push({
      id: `outcome-available:${contrast}`,
      passed: smallest >= p.minPerArm,
      value: smallest,
      threshold: p.minPerArm,
      message: `${contrast}: ${nTreated} treated and ${nControl} control subjects have ${study.primaryOutcome} (at least ${p.minPerArm} per arm required); ${inArms.length - complete.length} without it are excluded`,
    });
    if (nTreated === 0 || nControl === 0) continue;
    const design = buildDesignMatrix(complete, study.covariates);
    const result = estimateTreatmentEffect(
      { covariates: design.X, treatment: complete.map((r) => (r.arm === arm.code ? 1 : 0)), outcome: complete.map((r) => Number(r[study.primaryOutcome])), covariateNames: design.columnNames },
      { method: p.method, outcomeType, estimand: p.estimand, level: p.level },
    );
    const ps = result.propensity;
    gates.push({
      id: `propensity-converged:${contrast}`,
      passed: ps !== null && ps.converged,
      value: ps === null ? null : ps.iterations,
      threshold: null,
      message: `${contrast}: propensity model ${ps?.converged ? "converged" : "did not converge"}${ps ? ` after ${ps.iterations} iterations` : ""}`,
    });
    const lo = ps ? Math.min(ps.range.treated[0], ps.range.control[0]) : Number.NaN;
    const hi = ps ? Math.max(ps.range.treated[1], ps.range.control[1]) : Number.NaN;
    gates.push({
      id: `positivity:${contrast}`,
      passed: lo >= p.positivity && hi <= 1 - p.positivity,
      value: `${lo.toPrecision(3)} to ${hi.toPrecision(3)}`,
      threshold: `${p.positivity} to ${1 - p.positivity}`,
      message: `${contrast}: propensity scores range from ${lo.toPrecision(3)} to ${hi.toPrecision(3)}`,
    });
    headline.push({
      label: `${contrast}: AIPW ATE, ${outcomeType === "binary" ? "risk difference" : "mean difference"} in ${study.primaryOutcome}`,
      estimate: result.difference.estimate,
      lower: result.difference.ci?.[0] ?? null,
      upper: result.difference.ci?.[1] ?? null,
      n: result.nAnalysed,
    });
  }
  const treatedLabels = study.arms.filter((a) => a.role === "treated").map((a) => a.label).join(", ");
  return {
    headline,
    gates,
    estimand:
      `Population: subjects enrolled by the data cut with ${study.primaryOutcome} observed. Treatment: ${treatedLabels} versus ${control.label}. ` +
      `Outcome: ${study.primaryOutcome}. Summary measure: average treatment effect (${outcomeType === "binary" ? "risk difference" : "difference in means"}), AIPW adjusted for ${study.covariates.join(", ")}.`,
    parameters: { ...p, outcomeType, covariates: study.covariates, primaryOutcome: study.primaryOutcome, seed: study.source.seed },
  };
}

export const primaryAnalysisSource: AnalysisSource = {
  id: "archive/primary-aipw@1",
  async analyse(dataDir, study) {
    const subjects = await readParquet(path.join(dataDir, "subjects.parquet"));
    return analyseSubjects(subjects.rows, study);
  },
};
