/**
 * Least-squares means (estimated marginal means) of a factor of a linear model, and their
 * differences from a control level: the model's prediction for each level with the continuous
 * covariates at their means and averaged over the other factors' levels, as R's
 * `emmeans(fit, "arm", weights = …)` followed by `contrast(…, "trt.vs.ctrl", adjust = "none")`
 * and SAS's `LSMEANS arm / PDIFF CL` (the `OM` option: observed margins, below).
 *
 * Weights over the other factors' level combinations g:
 * - `"equal"`: every combination alike (emmeans' default; SAS's default LSMEANS).
 * - `"proportional"`: the frequency of g in the data (all levels of the target factor together):
 *   emmeans' `weights = "proportional"`. These are the "observed margins" weights: SAS's `OM`
 *   option makes each classification effect's LS-mean coefficients proportional to its level
 *   frequencies in the data, which for a main-effects model is exactly this (emmeans' own
 *   documentation does not name OM; the correspondence is by the definitions).
 * - `"outer"`: the product of the one-way marginal frequencies of the other factors (emmeans'
 *   `"outer"`). In a main-effects model only each factor's one-way margin enters the mean, so
 *   `"outer"` and `"proportional"` give the same means; they differ once interactions enter.
 *
 * In a main-effects model the differences between levels do not depend on the weights (they are
 * the coefficients); the means themselves do.
 */
import type { LinearModelFit, ModelTerm } from "./linear-model.js";
import { modelTerm } from "./linear-model.js";
import { linearContrast, type ContrastEstimate } from "./linear-contrast.js";
import { linearModelCovariance, type CovarianceType } from "./robust-covariance.js";
import type { Level } from "./smd.js";
import { checkNumberInRange, checkOneOf, describeValue, EstimatorInputError } from "./validate.js";

export type LsMeanWeights = "equal" | "proportional" | "outer";
export const lsMeanWeightings: readonly LsMeanWeights[] = ["equal", "proportional", "outer"];

export interface LsMeansOptions {
  /** Weights over the other factors (default `"equal"`). */
  weights?: LsMeanWeights;
  /** Covariance of β̂ (default `"classical"`). */
  covariance?: CovarianceType;
  /** The level the others are compared with (default the factor's reference level). */
  control?: Level;
  /** Confidence level (default 0.95). */
  level?: number;
}

export interface LsMean extends Omit<ContrastEstimate, "t" | "p"> {
  /** The factor level. */
  level: Level;
}

export interface LsMeanDifference extends ContrastEstimate {
  /** The level compared. */
  level: Level;
  /** The control level (the difference is level − control). */
  control: Level;
}

export interface LsMeansResult {
  factor: string;
  weights: LsMeanWeights;
  covariance: CovarianceType;
  /** One per level, in the factor's order (reference first). */
  means: LsMean[];
  /** Each non-control level minus the control (unadjusted p-values). */
  differences: LsMeanDifference[];
  /** The coefficient vector of each level's mean (the rows of emmeans' linfct). */
  linfct: number[][];
}

/** Weight of each combination of the other factors' levels, with the combination (level index per factor). */
function averagingGrid(fit: LinearModelFit, others: ModelTerm[], weights: LsMeanWeights): Array<{ combo: number[]; w: number }> {
  let grid: Array<{ combo: number[]; w: number }> = [{ combo: [], w: 1 }];
  for (const term of others) {
    const k = (term.levels as Level[]).length;
    const marginal = new Array<number>(k).fill(0);
    for (const l of term.levelOfRow as number[]) marginal[l] = (marginal[l] as number) + 1;
    grid = grid.flatMap((g) => Array.from({ length: k }, (_, l) => ({ combo: [...g.combo, l], w: g.w * (weights === "outer" ? (marginal[l] as number) / fit.n : 1 / k) })));
  }
  if (weights === "proportional" && others.length > 0) {
    const counts = new Map<string, number>();
    for (let i = 0; i < fit.n; i++) {
      const key = others.map((t) => (t.levelOfRow as number[])[i]).join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    grid = grid.map((g) => ({ combo: g.combo, w: (counts.get(g.combo.join(",")) ?? 0) / fit.n }));
  }
  return grid;
}

/**
 * Least-squares means of `factor` and their differences from the control.
 *
 * The mean of level j is cⱼᵀβ̂ with cⱼ = Σ_g w_g x(j, g, x̄): the design row of level j, the other
 * factors at combination g and every covariate at its mean, averaged with the weights w_g (which
 * sum to 1). SE √(cⱼᵀVcⱼ), CI cⱼᵀβ̂ ± t_{n−p, 0.975}·SE; a difference uses cⱼ − c_control, with a
 * two-sided t test on the residual df (for HC0/HC3 too, as emmeans with `vcov. = vcovHC`).
 *
 * @param fit a result of {@link fitLinearModel}
 * @param factor the name of one of its factors
 * @param options `weights` (`"equal"`, `"proportional"`, `"outer"`), `covariance` (`"classical"`,
 *   `"HC0"`, `"HC3"`), `control` (default the reference level), `level` (default 0.95)
 * @throws EstimatorInputError for a name that is not a factor of the model, an unknown option, or
 *   a control that is not a level
 * @example
 * const fit = fitLinearModel([{ y: 1, arm: "P", x: 0 }, { y: 2, arm: "P", x: 1 }, { y: 4, arm: "T", x: 0 }, { y: 6, arm: "T", x: 1 }], { outcome: "y", factors: ["arm"], covariates: ["x"] });
 * lsMeans(fit, "arm").means.map((m) => m.estimate) // => [1.5, 5] (at x̄ = 0.5)
 */
export function lsMeans(fit: LinearModelFit, factor: string, options: LsMeansOptions = {}): LsMeansResult {
  const term = modelTerm(fit, factor);
  if (term.kind !== "factor") throw new EstimatorInputError("factor", `must name a factor of the model, got the continuous covariate ${describeValue(factor)}`);
  const weights = options.weights ?? "equal";
  checkOneOf("options.weights", weights, lsMeanWeightings);
  const covariance = options.covariance ?? "classical";
  const level = options.level ?? 0.95;
  checkNumberInRange("options.level", level, 0, 1, true);
  const V = linearModelCovariance(fit, covariance);
  const levels = term.levels as Level[];
  const control = options.control ?? (term.reference as Level);
  const controlIndex = levels.indexOf(control);
  if (controlIndex < 0) throw new EstimatorInputError("options.control", `must be a level of "${factor}" (${levels.map(describeValue).join(", ")}), got ${describeValue(control)}`);

  const p = fit.coefficients.length;
  const others = fit.terms.filter((t) => t.kind === "factor" && t !== term);
  const grid = averagingGrid(fit, others, weights);
  // The part shared by every level: intercept, other factors averaged, covariates at their means.
  const base = new Array<number>(p).fill(0);
  base[0] = 1;
  for (const { combo, w } of grid) {
    others.forEach((t, m) => {
      const l = combo[m] as number;
      if (l > 0) base[t.columns[l - 1] as number] = (base[t.columns[l - 1] as number] as number) + w;
    });
  }
  for (const t of fit.terms) if (t.kind === "continuous") base[t.columns[0] as number] = t.mean as number;
  const linfct = levels.map((_, j) => {
    const c = base.slice();
    if (j > 0) c[term.columns[j - 1] as number] = 1;
    return c;
  });
  const means = linfct.map((c, j) => {
    const { estimate, se, df, lower, upper } = linearContrast(fit.coefficients, V, c, fit.dfResidual, level);
    return { level: levels[j] as Level, estimate, se, df, lower, upper };
  });
  const differences = levels.flatMap((lvl, j) => {
    if (j === controlIndex) return [];
    const c = (linfct[j] as number[]).map((v, k) => v - ((linfct[controlIndex] as number[])[k] as number));
    return [{ level: lvl, control, ...linearContrast(fit.coefficients, V, c, fit.dfResidual, level) }];
  });
  return { factor, weights, covariance, means, differences, linfct };
}
