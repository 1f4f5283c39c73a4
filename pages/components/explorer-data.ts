/**
 * What the what-if explorer derives once from a study-month's subject rows, before any control is
 * touched: the subgroup levels it offers, the URL state's context (arms, covariates, subgroups), the
 * range of the δ slider, and the contrast data of each (arm, covariates, subgroup) choice, built once
 * and kept, so that changing the estimator, the weights or the trimming costs only the estimation.
 */
import { analysisCovariateNames, contrastData, subgroupDefinitions, subgroupOf, treatedArms } from "./sensitivity-input.js";

type Study = Parameters<typeof contrastData>[0];
type Rows = Parameters<typeof contrastData>[1];
type Definition = ReturnType<typeof subgroupDefinitions>[number];

/** One level of a subgroup variable, as the explorer's select offers it (`value` goes into the URL). */
export interface SubgroupLevel {
  value: string;
  label: string;
  definition: Definition;
  level: string;
}

export interface ExplorerData {
  subgroupLevels: SubgroupLevel[];
  /** The covariates of the primary analysis's models (the checkboxes). */
  modelCovariates: string[];
  /** What parseExplorerState and explorerStateToSearch check a URL against. */
  context: { arms: string[]; covariates: string[]; subgroups: string[] };
  /** The δ slider's half-range: 4 on the log-odds scale, else 3 outcome SDs rounded up to 0.1. */
  deltaRange: number;
  /** The rows of a subgroup level (all subjects for null), kept. */
  rowsOf(sub: SubgroupLevel | null): Rows;
  /** The contrast data of (rows, arm, covariates), kept under `key` (the subgroup's URL value). */
  contrast(rows: Rows, arm: string, covariates: readonly string[], key: string): ReturnType<typeof contrastData>;
}

/**
 * @param deviation the sample SD of the observed outcomes: the page passes `d3.deviation` (the
 *   library the page already loads; a hand copy here would have to match its digits)
 */
export function explorerData(study: Study & { outcome: string; primaryOutcome: string }, subjects: Rows, deviation: (values: unknown[]) => number | undefined): ExplorerData {
  const definitions = subgroupDefinitions(study, subjects);
  const subgroupLevels = definitions.flatMap((d) =>
    [...new Set(subgroupOf(d, subjects))].sort().map((level) => ({ value: `${d.column}=${level}`, label: `${d.label}: ${level}`, definition: d, level: String(level) })),
  );
  const modelCovariates = analysisCovariateNames(study);
  const observed = subjects.map((s) => (s as Record<string, unknown>)[study.primaryOutcome]).filter((v) => v !== null && v !== undefined);
  const outcomeSd = deviation(observed) ?? 1;
  const contrasts = new Map<string, ReturnType<typeof contrastData>>();
  const subgroupRows = new Map<string, Rows>();
  return {
    subgroupLevels,
    modelCovariates,
    context: { arms: treatedArms(study).map((a) => a.code), covariates: modelCovariates, subgroups: subgroupLevels.map((s) => s.value) },
    deltaRange: study.outcome === "binary" ? 4 : Math.ceil(3 * outcomeSd * 10) / 10,
    rowsOf(sub) {
      if (sub === null) return subjects;
      if (!subgroupRows.has(sub.value))
        subgroupRows.set(
          sub.value,
          subjects.filter((r) => subgroupOf(sub.definition, [r])[0] === sub.level),
        );
      return subgroupRows.get(sub.value) as Rows;
    },
    contrast(rows, arm, covariates, key) {
      const k = `${arm}|${covariates.join(",")}|${key}`;
      if (!contrasts.has(k)) contrasts.set(k, contrastData(study, rows, arm, [...covariates]));
      return contrasts.get(k) as ReturnType<typeof contrastData>;
    },
  };
}
