/**
 * Turns subject records into the numeric matrix the models need: continuous covariates as they
 * are, binary ones as 0/1, categorical ones as indicator (dummy) columns for every level but the
 * first (the reference). No imputation: a missing value is an error naming the row and column,
 * because a model that silently drops or fills rows changes the analysed population.
 */
import { inferCovariateType, isMissingValue, normaliseValue, type CovariateSpec } from "./covariate-values.js";
import { sortLevels, type Level } from "./smd.js";
import { describeValue, EstimatorInputError } from "./validate.js";

export interface DesignMatrix {
  /** n rows × k columns (no intercept unless asked for). */
  X: number[][];
  /** Column names: the covariate name, or `name=level` for an indicator column. */
  columnNames: string[];
  /** How each covariate was coded. */
  terms: Array<{ name: string; type: "continuous" | "binary" | "categorical"; columns: string[]; reference?: Level; positive?: Level }>;
}

export interface DesignMatrixOptions {
  /** Prepend a column of ones named `(Intercept)` (default false: the causal estimators add it). */
  intercept?: boolean;
}

/**
 * Builds a design matrix from records.
 *
 * @param rows subject records
 * @param covariates column names or specs (type inferred as in Table 1 when not given)
 * @param options `intercept`
 * @throws EstimatorInputError for an empty row set, a missing value (naming row and column), a
 *   value of the wrong kind, a binary covariate with more than two values, or a categorical
 *   value not among the given levels
 * @example
 * buildDesignMatrix([{ age: 50, region: "EU" }, { age: 60, region: "US" }], ["age", "region"]).columnNames
 * // => ["age", "region=US"]
 */
export function buildDesignMatrix(rows: ArrayLike<Record<string, unknown>>, covariates: ReadonlyArray<string | CovariateSpec>, options: DesignMatrixOptions = {}): DesignMatrix {
  if (rows === null || typeof rows !== "object" || typeof rows.length !== "number") {
    throw new EstimatorInputError("rows", `must be an array of records, got ${describeValue(rows)}`);
  }
  if (rows.length === 0) throw new EstimatorInputError("rows", "must not be empty");
  if (!Array.isArray(covariates)) throw new EstimatorInputError("covariates", `must be an array of names or specs, got ${describeValue(covariates)}`);
  const n = rows.length;
  const columns: number[][] = [];
  const columnNames: string[] = [];
  const terms: DesignMatrix["terms"] = [];
  if (options.intercept) {
    columns.push(new Array<number>(n).fill(1));
    columnNames.push("(Intercept)");
  }
  covariates.forEach((c, k) => {
    const spec: CovariateSpec = typeof c === "string" ? { name: c } : c;
    if (spec === null || typeof spec !== "object" || typeof spec.name !== "string" || spec.name === "") {
      throw new EstimatorInputError(`covariates[${k}]`, `must be a column name or {name, type?}, got ${describeValue(c)}`);
    }
    const name = spec.name;
    const values = Array.from({ length: n }, (_, i) => {
      const row = rows[i];
      if (row === null || typeof row !== "object") throw new EstimatorInputError(`rows[${i}]`, `must be a record, got ${describeValue(row)}`);
      const v = normaliseValue(row[name], name, i);
      if (isMissingValue(v)) {
        throw new EstimatorInputError(`rows[${i}].${name}`, `is missing (${describeValue(v)}); models need complete covariates — exclude or impute upstream, explicitly`);
      }
      return { v, row: i };
    });
    const type = spec.type ?? inferCovariateType(values, name);
    if (type === "continuous") {
      columns.push(
        values.map(({ v, row }) => {
          if (typeof v !== "number" || !Number.isFinite(v))
            throw new EstimatorInputError(`rows[${row}].${name}`, `a continuous covariate must be a finite number, got ${describeValue(v)}`);
          return v;
        }),
      );
      columnNames.push(name);
      terms.push({ name, type, columns: [name] });
    } else if (type === "binary") {
      const distinct = sortLevels(new Set(values.map(({ v }) => v as Level)));
      let positive = spec.positive;
      if (positive === undefined) {
        if (distinct.every((v) => v === 0 || v === 1)) positive = 1;
        else if (distinct.every((v) => v === true || v === false)) positive = true;
        else throw new EstimatorInputError(`covariates "${name}"`, `is binary with values ${distinct.map(describeValue).join(", ")}; say which one is 1 with {positive: …}`);
      }
      if (distinct.length > 2) {
        const third = values.find(({ v }) => v === distinct[2]) as { v: unknown; row: number };
        throw new EstimatorInputError(`rows[${third.row}].${name}`, `a binary covariate takes at most two values; found ${distinct.slice(0, 5).map(describeValue).join(", ")}`);
      }
      columns.push(values.map(({ v }) => (v === positive ? 1 : 0)));
      columnNames.push(name);
      terms.push({ name, type, columns: [name], positive });
    } else {
      const levels = spec.levels !== undefined ? [...spec.levels] : sortLevels(new Set(values.map(({ v }) => v as Level)));
      const known = new Set<Level>(levels);
      for (const { v, row } of values) {
        if (!known.has(v as Level)) throw new EstimatorInputError(`rows[${row}].${name}`, `${describeValue(v)} is not one of the levels given for "${name}"`);
      }
      const names = levels.slice(1).map((l) => `${name}=${String(l)}`);
      levels.slice(1).forEach((level) => columns.push(values.map(({ v }) => (v === level ? 1 : 0))));
      columnNames.push(...names);
      terms.push({ name, type, columns: names, ...(levels[0] !== undefined ? { reference: levels[0] } : {}) });
    }
  });
  const X = Array.from({ length: n }, (_, i) => columns.map((col) => col[i] as number));
  return { X, columnNames, terms };
}
