/**
 * Pooling of rare levels of a categorical covariate before it enters the models of a comparison:
 * a level with fewer than `poolBelow` subjects in either arm is merged into one level,
 * `"other (pooled)"`. Per-arm outcome models and resampled data need every level in both arms; a
 * site group with two subjects in an arm makes bootstrap replicates fail or separate. The pooling
 * is decided on the analysed subjects of the comparison and reported with the results.
 */
import type { CovariateSpec } from "./covariate-values.js";
import { checkInteger, describeValue, EstimatorInputError } from "./validate.js";

/** A covariate of the primary analysis: a column name, or a spec (categorical ones may pool rare levels). */
export type AnalysisCovariate = string | (CovariateSpec & { poolBelow?: number });

export const POOLED_LEVEL = "other (pooled)";

export interface PooledLevels {
  covariate: string;
  /** The original levels merged into {@link POOLED_LEVEL}, sorted. */
  levels: string[];
  into: string;
  /** The rule: fewer than this many subjects in an arm. */
  poolBelow: number;
}

/**
 * @param rows the comparison's subjects
 * @param treatment 1 treated, 0 control, per row
 * @param covariates the analysis covariates
 * @returns rows with pooled values (copies only where a value changes), the covariates as the
 *   design matrix takes them, and what was pooled
 * @example
 * poolRareLevels([{ s: "A" }, { s: "A" }, { s: "B" }, { s: "A" }], [1, 0, 1, 0], [{ name: "s", type: "categorical", poolBelow: 1 }]).pooled
 * // => [{covariate: "s", levels: ["B"], into: "other (pooled)", poolBelow: 1}]  (B has 0 controls)
 */
export function poolRareLevels(
  rows: ReadonlyArray<Record<string, unknown>>,
  treatment: readonly number[],
  covariates: readonly AnalysisCovariate[],
): { rows: Array<Record<string, unknown>>; covariates: Array<string | CovariateSpec>; pooled: PooledLevels[] } {
  let out: Array<Record<string, unknown>> = rows as Array<Record<string, unknown>>;
  const pooled: PooledLevels[] = [];
  const specs = covariates.map((c, k): string | CovariateSpec => {
    if (typeof c === "string" || c.poolBelow === undefined) return c;
    const { poolBelow, ...spec } = c;
    checkInteger(`covariates[${k}].poolBelow`, poolBelow, 1);
    if (spec.type !== "categorical")
      throw new EstimatorInputError(`covariates[${k}]`, `poolBelow applies to a categorical covariate; give type "categorical" (got ${describeValue(spec.type)})`);
    const counts = new Map<string, [number, number]>();
    rows.forEach((r, i) => {
      const level = String(r[spec.name]);
      const n = counts.get(level) ?? [0, 0];
      n[treatment[i] === 1 ? 1 : 0]++;
      counts.set(level, n);
    });
    const rare = [...counts.entries()]
      .filter(([, [n0, n1]]) => n0 < poolBelow || n1 < poolBelow)
      .map(([level]) => level)
      .sort();
    if (rare.length === 0) return spec;
    if (counts.has(POOLED_LEVEL)) throw new EstimatorInputError(`covariates "${spec.name}"`, `already has a level ${JSON.stringify(POOLED_LEVEL)}; cannot pool into it`);
    const rareSet = new Set(rare);
    out = out.map((r) => (rareSet.has(String(r[spec.name])) ? { ...r, [spec.name]: POOLED_LEVEL } : r));
    pooled.push({ covariate: spec.name, levels: rare, into: POOLED_LEVEL, poolBelow });
    return spec.levels === undefined ? spec : { ...spec, levels: [...spec.levels.filter((l) => !rareSet.has(String(l))), POOLED_LEVEL] };
  });
  return { rows: out, covariates: specs, pooled };
}
