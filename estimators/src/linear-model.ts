/**
 * A linear model of a trial's own analysis (ANCOVA): ordinary least squares of a continuous
 * outcome on factors (treatment-coded, with a chosen reference level) and continuous covariates,
 * from a typed model spec, as R's `lm(y ~ arm + site + baseline)` with default contrasts.
 *
 * Main effects only (no interactions): that is the model of the ANCOVA tables of a CSR, and it
 * keeps every test and least-squares mean coding-invariant (Type III = Type II = the test of
 * dropping the term). Missing values are errors naming the row and column: the analysis
 * population is chosen upstream, explicitly.
 */
import { fitLinear } from "./linear.js";
import { isMissingValue, normaliseValue } from "./covariate-values.js";
import { sortLevels, type Level } from "./smd.js";
import type { Matrix } from "./matrix.js";
import { describeValue, EstimatorInputError } from "./validate.js";

/** A factor of a model: its column, and optionally its levels (in order) and reference level. */
export interface ModelFactor {
  /** Column name in the rows. */
  name: string;
  /** The levels in order (default: the values present, sorted); a value outside them is an error. */
  levels?: readonly Level[];
  /** The reference level (no indicator column); default the first level. */
  reference?: Level;
}

/** What to fit: outcome ~ factors + covariates (in that order, intercept first). */
export interface LinearModelSpec {
  /** Column of the continuous outcome. */
  outcome: string;
  /** Factors, each a column name or {name, levels?, reference?}. */
  factors?: ReadonlyArray<string | ModelFactor>;
  /** Continuous covariates (column names of finite numbers). */
  covariates?: readonly string[];
}

/** A term of the fitted model and the design columns it owns. */
export interface ModelTerm {
  name: string;
  kind: "factor" | "continuous";
  /** Indices of its columns in the design matrix. */
  columns: number[];
  /** Factors: every level in order, the reference first. */
  levels?: Level[];
  /** Factors: the reference level. */
  reference?: Level;
  /** Factors: the level index (into `levels`) of each row. */
  levelOfRow?: number[];
  /** Continuous covariates: their mean over the rows (where least-squares means hold them). */
  mean?: number;
}

/** A design matrix built from a model spec: intercept, factor indicators, covariates. */
export interface ModelDesign {
  /** n rows × p columns, the first the intercept. */
  X: Matrix;
  /** `(Intercept)`, `factor=level` for indicators, the covariate name. */
  columnNames: string[];
  terms: ModelTerm[];
}

export interface LinearModelFit extends ModelDesign {
  /** The outcome of each row. */
  y: number[];
  /** β̂, one per column. */
  coefficients: number[];
  /** Classical standard errors σ̂√diag((XᵀX)⁻¹). */
  standardErrors: number[];
  /** Classical covariance σ̂²(XᵀX)⁻¹. */
  covariance: Matrix;
  /** (XᵀX)⁻¹. */
  unscaledCovariance: Matrix;
  /** σ̂ = √(RSS/(n − p)) (R's `sigma`). */
  sigma: number;
  /** n − p. */
  dfResidual: number;
  fitted: number[];
  residuals: number[];
  /** Hat values hᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ (R's `hatvalues`). */
  leverage: number[];
  n: number;
}

function factorSpec(f: string | ModelFactor, k: number): ModelFactor {
  const spec = typeof f === "string" ? { name: f } : f;
  if (spec === null || typeof spec !== "object" || typeof spec.name !== "string" || spec.name === "") {
    throw new EstimatorInputError(`spec.factors[${k}]`, `must be a column name or {name, levels?, reference?}, got ${describeValue(f)}`);
  }
  return spec;
}

function cell(rows: ArrayLike<Record<string, unknown>>, i: number, column: string): unknown {
  const row = rows[i];
  if (row === null || typeof row !== "object") throw new EstimatorInputError(`rows[${i}]`, `must be a record, got ${describeValue(row)}`);
  const v = normaliseValue(row[column], column, i);
  if (isMissingValue(v)) {
    throw new EstimatorInputError(`rows[${i}].${column}`, `is missing (${describeValue(v)}); a model needs complete data — choose the analysis population upstream, explicitly`);
  }
  return v;
}

function numberCell(rows: ArrayLike<Record<string, unknown>>, i: number, column: string): number {
  const v = cell(rows, i, column);
  if (typeof v !== "number" || !Number.isFinite(v)) throw new EstimatorInputError(`rows[${i}].${column}`, `must be a finite number, got ${describeValue(v)}`);
  return v;
}

/**
 * Builds the design matrix of a model spec: a column of ones, then for each factor one 0/1
 * column per non-reference level (`name=level`), then each continuous covariate as it is.
 *
 * @param rows subject records (every named column present and non-missing)
 * @param spec the factors and covariates (the outcome is not read here)
 * @throws EstimatorInputError for no rows, a missing or non-finite value (naming row and column), a
 *   factor value outside the given levels, a reference that is not a level, a factor with fewer
 *   than two levels, or a column named twice
 * @example
 * buildModelDesign([{ arm: "A", x: 1 }, { arm: "B", x: 2 }], { outcome: "y", factors: ["arm"], covariates: ["x"] }).columnNames
 * // => ["(Intercept)", "arm=B", "x"]
 */
export function buildModelDesign(rows: ArrayLike<Record<string, unknown>>, spec: Omit<LinearModelSpec, "outcome"> & { outcome?: string }): ModelDesign {
  if (rows === null || typeof rows !== "object" || typeof rows.length !== "number") {
    throw new EstimatorInputError("rows", `must be an array of records, got ${describeValue(rows)}`);
  }
  if (rows.length === 0) throw new EstimatorInputError("rows", "must not be empty");
  if (spec === null || typeof spec !== "object") throw new EstimatorInputError("spec", `must be a model spec, got ${describeValue(spec)}`);
  const factors = (spec.factors ?? []).map(factorSpec);
  const covariates = spec.covariates ?? [];
  if (!Array.isArray(covariates)) throw new EstimatorInputError("spec.covariates", `must be an array of column names, got ${describeValue(covariates)}`);
  const seen = new Set<string>(spec.outcome === undefined ? [] : [spec.outcome]);
  for (const name of [...factors.map((f) => f.name), ...covariates]) {
    if (typeof name !== "string" || name === "") throw new EstimatorInputError("spec.covariates", `must name columns, got ${describeValue(name)}`);
    if (seen.has(name)) throw new EstimatorInputError("spec", `names the column "${name}" twice (outcome, factors and covariates must be distinct)`);
    seen.add(name);
  }
  const n = rows.length;
  const columns: number[][] = [new Array<number>(n).fill(1)];
  const columnNames = ["(Intercept)"];
  const terms: ModelTerm[] = [];
  for (const f of factors) {
    const values = Array.from({ length: n }, (_, i) => cell(rows, i, f.name) as Level);
    const levels = f.levels === undefined ? sortLevels(new Set(values)) : [...f.levels];
    if (new Set(levels).size !== levels.length) throw new EstimatorInputError(`factor "${f.name}".levels`, "must not repeat a level");
    const reference = f.reference ?? levels[0];
    const refIndex = levels.indexOf(reference as Level);
    if (refIndex < 0)
      throw new EstimatorInputError(`factor "${f.name}".reference`, `must be one of its levels (${levels.map(describeValue).join(", ")}), got ${describeValue(f.reference)}`);
    const ordered = [levels[refIndex] as Level, ...levels.filter((_, j) => j !== refIndex)];
    if (ordered.length < 2) throw new EstimatorInputError(`factor "${f.name}"`, `needs at least two levels, got ${ordered.map(describeValue).join(", ") || "none"}`);
    const index = new Map(ordered.map((l, j) => [l, j]));
    const levelOfRow = values.map((v, i) => {
      const j = index.get(v);
      if (j === undefined) throw new EstimatorInputError(`rows[${i}].${f.name}`, `must be one of the levels ${ordered.map(describeValue).join(", ")}, got ${describeValue(v)}`);
      return j;
    });
    const termColumns: number[] = [];
    for (let j = 1; j < ordered.length; j++) {
      termColumns.push(columns.length);
      columns.push(levelOfRow.map((l) => (l === j ? 1 : 0)));
      columnNames.push(`${f.name}=${String(ordered[j])}`);
    }
    terms.push({ name: f.name, kind: "factor", columns: termColumns, levels: ordered, reference: ordered[0] as Level, levelOfRow });
  }
  for (const c of covariates) {
    const values = Array.from({ length: n }, (_, i) => numberCell(rows, i, c));
    let mean = 0;
    for (const v of values) mean += v;
    mean /= n;
    terms.push({ name: c, kind: "continuous", columns: [columns.length], mean });
    columns.push(values);
    columnNames.push(c);
  }
  const X = Array.from({ length: n }, (_, i) => columns.map((col) => col[i] as number));
  return { X, columnNames, terms };
}

/**
 * Fits outcome ~ factors + covariates by ordinary least squares (Householder QR; a collinear
 * column is an error naming it), as R's `lm` with treatment contrasts.
 *
 * β̂ = (XᵀX)⁻¹Xᵀy, σ̂² = Σrᵢ²/(n − p), Var(β̂) = σ̂²(XᵀX)⁻¹, hᵢ = xᵢᵀ(XᵀX)⁻¹xᵢ.
 *
 * @param rows subject records: the outcome and every model column present, finite, non-missing
 * @param spec `outcome`, `factors` (name or {name, levels?, reference?}), `covariates`
 * @throws EstimatorInputError as {@link buildModelDesign}, for a missing or non-finite outcome
 *   (naming the row), or when n ≤ p (no residual degrees of freedom)
 * @example
 * const fit = fitLinearModel(
 *   [{ y: 1, arm: "P", x: 0 }, { y: 2, arm: "P", x: 1 }, { y: 4, arm: "T", x: 0 }, { y: 6, arm: "T", x: 1 }],
 *   { outcome: "y", factors: ["arm"], covariates: ["x"] });
 * fit.coefficients // => [0.75, 3.5, 1.5]; fit.sigma // => 0.5
 */
export function fitLinearModel(rows: ArrayLike<Record<string, unknown>>, spec: LinearModelSpec): LinearModelFit {
  if (spec === null || typeof spec !== "object" || typeof spec.outcome !== "string" || spec.outcome === "") {
    throw new EstimatorInputError("spec.outcome", `must name the outcome column, got ${describeValue(spec?.outcome)}`);
  }
  const design = buildModelDesign(rows, spec);
  const y = Array.from({ length: rows.length }, (_, i) => numberCell(rows, i, spec.outcome));
  const p = design.columnNames.length;
  if (y.length <= p) throw new EstimatorInputError("rows", `has ${y.length} row(s) for ${p} parameters; the model needs more rows than parameters to estimate σ`);
  const fit = fitLinear(design.X, y, { columnNames: design.columnNames });
  const B = fit.unscaledCovariance;
  const leverage = design.X.map((x) => {
    let h = 0;
    for (let j = 0; j < p; j++) {
      let s = 0;
      const bj = B[j] as number[];
      for (let k = 0; k < p; k++) s += (bj[k] as number) * (x[k] as number);
      h += (x[j] as number) * s;
    }
    return h;
  });
  return {
    ...design,
    y,
    coefficients: fit.coefficients,
    standardErrors: fit.standardErrors as number[],
    covariance: fit.covariance as Matrix,
    unscaledCovariance: B,
    sigma: Math.sqrt(fit.residualVariance as number),
    dfResidual: fit.dfResidual,
    fitted: fit.fitted,
    residuals: fit.residuals,
    leverage,
    n: y.length,
  };
}

/**
 * The term of a fitted model with the given name (a factor or covariate).
 *
 * @throws EstimatorInputError naming the term when the model has none of that name
 * @example
 * const fit = fitLinearModel([{ y: 1, arm: "P", x: 0 }, { y: 2, arm: "P", x: 1 }, { y: 4, arm: "T", x: 0 }, { y: 6, arm: "T", x: 1 }], { outcome: "y", factors: ["arm"], covariates: ["x"] });
 * modelTerm(fit, "arm").levels // => ["P", "T"]
 */
export function modelTerm(fit: Pick<ModelDesign, "terms">, name: string): ModelTerm {
  const term = fit.terms.find((t) => t.name === name);
  if (term === undefined) throw new EstimatorInputError("term", `must be a term of the model (${fit.terms.map((t) => `"${t.name}"`).join(", ")}), got ${describeValue(name)}`);
  return term;
}
