/**
 * Table 1: baseline characteristics by arm with standardized mean differences, as plain numbers
 * (no formatting; pages format). Optionally weighted, to show balance after weighting.
 *
 * Conventions (the same as R's tableone, except where noted):
 * - Missing values are `null`, `undefined`, `NaN` and the empty string `""`; they are counted per
 *   arm and excluded from every statistic (percentages are of the non-missing values).
 * - Continuous: n, mean, SD (sample SD), median, quartiles (type 7), min and max. With weights:
 *   weighted mean and SD (reliability weights); the quantiles are then `null` (not defined for the
 *   weighted sample here).
 * - Binary: count and proportion of the `positive` value. Categorical: count and proportion of
 *   every level, in the levels' order.
 * - SMD: see `smd.ts` (Austin 2009; pooled SD; after weighting, the unweighted SD by default).
 *   Categorical covariates get a per-level SMD and Yang & Dalton's overall SMD.
 * - A statistic that cannot be computed (an arm with no non-missing value, an SD from one value) is
 *   `null`, never NaN; `note` says why.
 *
 * Type inference, when a covariate's `type` is not given (`typeInferred: true` in the result):
 * booleans → binary (positive `true`); numbers that are all 0 or 1 → binary (positive 1); other
 * numbers → continuous; strings → categorical. BigInts are converted to numbers. A column that
 * mixes strings and numbers, holds another kind of value (a Date, an object), or is missing for
 * every row is an error naming the column, the row and the value: give its type explicitly.
 */
import { quantileSorted } from "./quantile.js";
import { smd, smdCategorical, sortLevels, type Level, type SmdDenominator, type SmdSdFrom } from "./smd.js";
import { covariateTypes, inferCovariateType, isMissingValue as isMissing, normaliseValue as normalise, type CovariateSpec } from "./covariate-values.js";
import { checkOneOf, checkWeights, describeValue, EstimatorInputError, type NumericVector } from "./validate.js";
import { varianceRatio } from "./variance-ratio.js";
import { weightedMean, weightedSd } from "./weighted-stats.js";

export interface TableOneOptions {
  /** Name of the column holding each row's arm code. */
  arm: string;
  /** Arm code of the control arm (e.g. `"PBO"`). */
  control: Level;
  /** Arm code of the treated arm (e.g. `"TRT"`). */
  treated: Level;
  /** Covariates in display order: column names, or specs with a type. */
  covariates: ReadonlyArray<string | CovariateSpec>;
  /** Optional weights: an array aligned with `rows`, or the name of a column holding them. */
  weights?: NumericVector | string;
  /** SMD denominator, see `smd.ts` (default `"pooled"`). */
  smdDenominator?: SmdDenominator;
  /** Variances of the SMD denominator: `"unweighted"` (default) or `"weighted"`, see `smd.ts`. */
  sdFrom?: SmdSdFrom;
}

export interface TableOneArm {
  /** The arm code. */
  code: Level;
  /** Rows in the arm. */
  n: number;
  /** Sum of the weights in the arm (equal to `n` when unweighted). */
  weightedN: number;
}

export interface ContinuousArmSummary {
  /** Non-missing values. */
  n: number;
  missing: number;
  mean: number | null;
  sd: number | null;
  /** Unweighted only (null when weighted). */
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

export interface BinaryArmSummary {
  /** Non-missing values. */
  n: number;
  missing: number;
  /** Rows with the positive value. */
  count: number;
  /** Sum of the weights of those rows (equal to `count` when unweighted). */
  weightedCount: number;
  /** weightedCount over the weight of the non-missing rows; null when there are none. */
  proportion: number | null;
}

export interface CategoricalArmSummary {
  /** Non-missing values. */
  n: number;
  missing: number;
}

export interface LevelArmSummary {
  count: number;
  weightedCount: number;
  proportion: number | null;
}

interface CovariateRowBase {
  name: string;
  /** True when the type was inferred from the values rather than given. */
  typeInferred: boolean;
  /** SMD treated minus control (for categorical: Yang & Dalton's, non-negative); null when not computable. */
  smd: number | null;
  /** Why a statistic is null, when one is. */
  note?: string;
}

export interface TableOneContinuous extends CovariateRowBase {
  type: "continuous";
  control: ContinuousArmSummary;
  treated: ContinuousArmSummary;
  /** Variance ratio treated/control (weighted when weights are given); null when not computable. */
  varianceRatio: number | null;
}

export interface TableOneBinary extends CovariateRowBase {
  type: "binary";
  /** The value counted. */
  positive: Level;
  control: BinaryArmSummary;
  treated: BinaryArmSummary;
}

export interface TableOneCategorical extends CovariateRowBase {
  type: "categorical";
  control: CategoricalArmSummary;
  treated: CategoricalArmSummary;
  levels: Array<{ level: Level; control: LevelArmSummary; treated: LevelArmSummary; smd: number | null }>;
}

export type TableOneCovariate = TableOneContinuous | TableOneBinary | TableOneCategorical;

export interface TableOneResult {
  /** The arm column. */
  arm: string;
  control: TableOneArm;
  treated: TableOneArm;
  /** Rows left out because their arm code is missing or is neither arm (reported, not dropped silently). */
  excludedRows: { missingArm: number; otherArm: number };
  /** Whether the table is weighted. */
  weighted: boolean;
  /** The SMD convention used. */
  smdConvention: { denominator: SmdDenominator; sdFrom: SmdSdFrom };
  covariates: TableOneCovariate[];
}

type Row = Record<string, unknown>;

/**
 * Builds Table 1: per-arm counts, a summary of every covariate per arm (mean and SD, or counts and
 * proportions), missing counts, and SMDs. See the module note for every convention.
 *
 * @param rows subject-level records (plain objects), one per subject
 * @param options `arm` column, `control` and `treated` codes, `covariates` (names or specs),
 *   optional `weights` (array or column name), `smdDenominator`, `sdFrom`
 * @returns plain numbers, ready for a page to format; see {@link TableOneResult}
 * @throws EstimatorInputError for an empty arm, a missing covariate column, a value of the wrong
 *   kind (naming row, column and value), a binary covariate with more than two values, a category
 *   not in the given levels, or invalid weights
 * @example
 * const t = tableOne(
 *   [{ arm: "P", age: 50, sex: "F" }, { arm: "P", age: 60, sex: "M" }, { arm: "T", age: 55, sex: "F" }, { arm: "T", age: 75, sex: "F" }],
 *   { arm: "arm", control: "P", treated: "T", covariates: ["age", "sex"] },
 * );
 * t.covariates[0].smd // => 0.8944271909999159  ((65 − 55)/√((200 + 50)/2))
 */
export function tableOne(rows: ArrayLike<Row>, options: TableOneOptions): TableOneResult {
  if (rows === null || typeof rows !== "object" || typeof rows.length !== "number") {
    throw new EstimatorInputError("rows", `must be an array of records, got ${describeValue(rows)}`);
  }
  if (options === null || typeof options !== "object") throw new EstimatorInputError("options", `must be an object, got ${describeValue(options)}`);
  const { arm, control, treated } = options;
  if (typeof arm !== "string" || arm === "") throw new EstimatorInputError("options.arm", `must be a column name, got ${describeValue(arm)}`);
  for (const [argName, code] of [
    ["options.control", control],
    ["options.treated", treated],
  ] as const) {
    if (isMissing(code) || !["string", "number", "boolean"].includes(typeof code)) {
      throw new EstimatorInputError(argName, `must be an arm code (string, number or boolean), got ${describeValue(code)}`);
    }
  }
  if (control === treated) throw new EstimatorInputError("options.treated", `must differ from options.control, both are ${describeValue(control)}`);
  if (!Array.isArray(options.covariates)) throw new EstimatorInputError("options.covariates", `must be an array of names or specs, got ${describeValue(options.covariates)}`);
  const denominator = options.smdDenominator ?? "pooled";
  const sdFrom = options.sdFrom ?? "unweighted";
  checkOneOf("options.smdDenominator", denominator, ["pooled", "treated", "control"] as const);
  checkOneOf("options.sdFrom", sdFrom, ["unweighted", "weighted"] as const);

  // Weights, per row.
  let rowWeights: NumericVector | undefined;
  if (typeof options.weights === "string") {
    const col = options.weights;
    rowWeights = Array.from({ length: rows.length }, (_, i) => {
      const v = normalise((rows[i] as Row)[col], col, i);
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new EstimatorInputError(`rows[${i}].${col}`, `a weight must be a finite non-negative number, got ${describeValue(v)}`);
      }
      return v;
    });
  } else if (options.weights !== undefined) {
    rowWeights = options.weights;
  }

  // Arm membership.
  const armOf = new Array<number>(rows.length).fill(-1);
  let missingArm = 0;
  let otherArm = 0;
  const idx1: number[] = [];
  const idx0: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === null || typeof row !== "object") throw new EstimatorInputError(`rows[${i}]`, `must be a record, got ${describeValue(row)}`);
    const a = normalise(row[arm], arm, i);
    if (isMissing(a)) missingArm++;
    else if (a === treated) {
      armOf[i] = 1;
      idx1.push(i);
    } else if (a === control) {
      armOf[i] = 0;
      idx0.push(i);
    } else otherArm++;
  }
  if (idx1.length === 0) throw new EstimatorInputError("rows", `no row has ${arm} = ${describeValue(treated)} (the treated arm is empty)`);
  if (idx0.length === 0) throw new EstimatorInputError("rows", `no row has ${arm} = ${describeValue(control)} (the control arm is empty)`);
  if (rowWeights !== undefined) {
    checkWeights("options.weights", rowWeights, rows.length);
    const s1 = idx1.reduce((s, i) => s + (rowWeights![i] as number), 0);
    const s0 = idx0.reduce((s, i) => s + (rowWeights![i] as number), 0);
    if (!(s1 > 0)) throw new EstimatorInputError("options.weights", "are all zero in the treated arm");
    if (!(s0 > 0)) throw new EstimatorInputError("options.weights", "are all zero in the control arm");
  }
  const wOf = (i: number) => (rowWeights === undefined ? 1 : (rowWeights[i] as number));
  const armInfo = (code: Level, idx: number[]): TableOneArm => ({ code, n: idx.length, weightedN: idx.reduce((s, i) => s + wOf(i), 0) });

  const covariates: TableOneCovariate[] = options.covariates.map((c, k) => {
    const spec: CovariateSpec = typeof c === "string" ? { name: c } : c;
    if (spec === null || typeof spec !== "object" || typeof spec.name !== "string" || spec.name === "") {
      throw new EstimatorInputError(`options.covariates[${k}]`, `must be a column name or {name, type?}, got ${describeValue(c)}`);
    }
    if (spec.type !== undefined) checkOneOf(`options.covariates[${k}].type`, spec.type, covariateTypes);
    const name = spec.name;
    const present = [...idx1, ...idx0].some((i) => name in (rows[i] as Row));
    if (!present) throw new EstimatorInputError(`options.covariates[${k}]`, `column ${describeValue(name)} is not in the rows`);
    // Values of the analysed rows, normalised, in row order.
    const values: Array<{ v: unknown; row: number }> = [];
    for (let i = 0; i < rows.length; i++) {
      if (armOf[i] === -1) continue;
      const v = normalise((rows[i] as Row)[name], name, i);
      if (!isMissing(v)) values.push({ v, row: i });
    }
    const typeInferred = spec.type === undefined;
    const type = spec.type ?? inferCovariateType(values, name);
    if (type === "continuous") {
      for (const { v, row } of values) {
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new EstimatorInputError(`rows[${row}].${name}`, `a continuous covariate must be a finite number, got ${describeValue(v)}`);
        }
      }
      return continuousRow(rows, name, typeInferred, idx1, idx0, rowWeights, denominator, sdFrom);
    }
    if (type === "binary") return binaryRow(rows, spec, typeInferred, values, idx1, idx0, rowWeights, wOf, denominator, sdFrom);
    return categoricalRow(rows, spec, typeInferred, values, idx1, idx0, rowWeights, wOf, denominator, sdFrom);
  });

  return {
    arm,
    control: armInfo(control, idx0),
    treated: armInfo(treated, idx1),
    excludedRows: { missingArm, otherArm },
    weighted: rowWeights !== undefined,
    smdConvention: { denominator, sdFrom },
    covariates,
  };
}

/** Non-missing values of one arm with their weights. */
function collect(rows: ArrayLike<Row>, name: string, idx: number[], check: (v: unknown, row: number) => void) {
  const rowsOut: number[] = [];
  let missing = 0;
  for (const i of idx) {
    const v = normalise((rows[i] as Row)[name], name, i);
    if (isMissing(v)) missing++;
    else {
      check(v, i);
      rowsOut.push(i);
    }
  }
  return { rowsOut, missing };
}

function continuousRow(
  rows: ArrayLike<Row>,
  name: string,
  typeInferred: boolean,
  idx1: number[],
  idx0: number[],
  weights: NumericVector | undefined,
  denominator: SmdDenominator,
  sdFrom: SmdSdFrom,
): TableOneContinuous {
  const value = (i: number) => normalise((rows[i] as Row)[name], name, i) as number;
  const check = (v: unknown, row: number) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new EstimatorInputError(`rows[${row}].${name}`, `a continuous covariate must be a finite number, got ${describeValue(v)}`);
    }
  };
  const notes: string[] = [];
  const summarise = (idx: number[], label: string): ContinuousArmSummary & { xs: number[]; ws: number[] | undefined } => {
    const { rowsOut, missing } = collect(rows, name, idx, check);
    const xs = rowsOut.map(value);
    const ws = weights ? rowsOut.map((i) => weights[i] as number) : undefined;
    const n = xs.length;
    const wsum = ws ? ws.reduce((s, w) => s + w, 0) : n;
    const sorted = Float64Array.from(xs).sort();
    if (n === 0 || !(wsum > 0)) notes.push(`no non-missing ${weights ? "weighted " : ""}value in the ${label} arm`);
    else if (n < 2) notes.push(`one non-missing value in the ${label} arm (no SD)`);
    const canSd = n >= 2 && wsum > 0 && (!ws || ws.filter((w) => w > 0).length >= 2);
    return {
      n,
      missing,
      mean: n > 0 && wsum > 0 ? weightedMean(xs, ws) : null,
      sd: canSd ? weightedSd(xs, ws) : null,
      median: n > 0 && !weights ? quantileSorted(sorted, 0.5) : null,
      q1: n > 0 && !weights ? quantileSorted(sorted, 0.25) : null,
      q3: n > 0 && !weights ? quantileSorted(sorted, 0.75) : null,
      min: n > 0 ? (sorted[0] as number) : null,
      max: n > 0 ? (sorted[n - 1] as number) : null,
      xs,
      ws,
    };
  };
  const { xs: x1, ws: w1, ...treated } = summarise(idx1, "treated");
  const { xs: x0, ws: w0, ...control } = summarise(idx0, "control");
  let smdValue: number | null = null;
  let vr: number | null = null;
  if (treated.sd !== null && control.sd !== null) {
    const x = [...x1, ...x0];
    const t = [...x1.map(() => 1), ...x0.map(() => 0)];
    const w = w1 && w0 ? [...w1, ...w0] : undefined;
    smdValue = smd(x, t, { type: "continuous", ...(w ? { weights: w } : {}), denominator, sdFrom }).smd;
    if (control.sd > 0) vr = varianceRatio(x, t, w ? { weights: w } : {});
    else notes.push("zero variance in the control arm (no variance ratio)");
  }
  return { name, type: "continuous", typeInferred, control, treated, smd: smdValue, varianceRatio: vr, ...(notes.length ? { note: notes.join("; ") } : {}) };
}

function binaryRow(
  rows: ArrayLike<Row>,
  spec: CovariateSpec,
  typeInferred: boolean,
  values: Array<{ v: unknown; row: number }>,
  idx1: number[],
  idx0: number[],
  weights: NumericVector | undefined,
  wOf: (i: number) => number,
  denominator: SmdDenominator,
  sdFrom: SmdSdFrom,
): TableOneBinary {
  const name = spec.name;
  const distinct = sortLevels(new Set(values.map(({ v }) => v as Level)));
  for (const { v, row } of values) {
    if (!["string", "number", "boolean"].includes(typeof v) || (typeof v === "number" && !Number.isFinite(v))) {
      throw new EstimatorInputError(`rows[${row}].${name}`, `a binary covariate must be a string, finite number or boolean, got ${describeValue(v)}`);
    }
  }
  if (distinct.length > 2) {
    const third = values.find(({ v }) => v === distinct[2]) as { v: unknown; row: number };
    throw new EstimatorInputError(
      `rows[${third.row}].${name}`,
      `a binary covariate takes at most two values; found ${distinct.slice(0, 5).map(describeValue).join(", ")}${distinct.length > 5 ? ", …" : ""}`,
    );
  }
  let positive = spec.positive;
  if (positive === undefined) {
    if (distinct.every((v) => v === 0 || v === 1)) positive = 1;
    else if (distinct.every((v) => v === true || v === false)) positive = true;
    else {
      throw new EstimatorInputError(`options.covariates "${name}"`, `is binary with values ${distinct.map(describeValue).join(", ")}; say which one is counted with {positive: …}`);
    }
  } else if (distinct.length === 2 && !distinct.includes(positive)) {
    throw new EstimatorInputError(`options.covariates "${name}".positive`, `${describeValue(positive)} is not one of the values ${distinct.map(describeValue).join(", ")}`);
  }
  const notes: string[] = [];
  const summarise = (idx: number[], label: string) => {
    const { rowsOut, missing } = collect(rows, name, idx, () => undefined);
    const pos = rowsOut.filter((i) => normalise((rows[i] as Row)[name], name, i) === positive);
    const wAll = rowsOut.reduce((s, i) => s + wOf(i), 0);
    const wPos = pos.reduce((s, i) => s + wOf(i), 0);
    if (rowsOut.length === 0 || !(wAll > 0)) notes.push(`no non-missing ${weights ? "weighted " : ""}value in the ${label} arm`);
    const summary: BinaryArmSummary = { n: rowsOut.length, missing, count: pos.length, weightedCount: wPos, proportion: wAll > 0 ? wPos / wAll : null };
    return { summary, rowsOut };
  };
  const t1 = summarise(idx1, "treated");
  const t0 = summarise(idx0, "control");
  let smdValue: number | null = null;
  if (t1.summary.proportion !== null && t0.summary.proportion !== null) {
    const rs = [...t1.rowsOut, ...t0.rowsOut];
    const x = rs.map((i) => (normalise((rows[i] as Row)[name], name, i) === positive ? 1 : 0));
    const t = [...t1.rowsOut.map(() => 1), ...t0.rowsOut.map(() => 0)];
    smdValue = smd(x, t, { type: "binary", ...(weights ? { weights: rs.map(wOf) } : {}), denominator, sdFrom }).smd;
  }
  return { name, type: "binary", typeInferred, positive, control: t0.summary, treated: t1.summary, smd: smdValue, ...(notes.length ? { note: notes.join("; ") } : {}) };
}

function categoricalRow(
  rows: ArrayLike<Row>,
  spec: CovariateSpec,
  typeInferred: boolean,
  values: Array<{ v: unknown; row: number }>,
  idx1: number[],
  idx0: number[],
  weights: NumericVector | undefined,
  wOf: (i: number) => number,
  denominator: SmdDenominator,
  sdFrom: SmdSdFrom,
): TableOneCategorical {
  const name = spec.name;
  for (const { v, row } of values) {
    if (!["string", "number", "boolean"].includes(typeof v) || (typeof v === "number" && !Number.isFinite(v))) {
      throw new EstimatorInputError(`rows[${row}].${name}`, `a category must be a string, finite number or boolean, got ${describeValue(v)}`);
    }
  }
  const levels = spec.levels !== undefined ? [...spec.levels] : sortLevels(new Set(values.map(({ v }) => v as Level)));
  const known = new Set<Level>(levels);
  for (const { v, row } of values) {
    if (!known.has(v as Level)) throw new EstimatorInputError(`rows[${row}].${name}`, `${describeValue(v)} is not one of the levels given for "${name}"`);
  }
  const notes: string[] = [];
  const summarise = (idx: number[], label: string) => {
    const { rowsOut, missing } = collect(rows, name, idx, () => undefined);
    const wAll = rowsOut.reduce((s, i) => s + wOf(i), 0);
    if (rowsOut.length === 0 || !(wAll > 0)) notes.push(`no non-missing ${weights ? "weighted " : ""}value in the ${label} arm`);
    const perLevel = levels.map((level): LevelArmSummary => {
      const inLevel = rowsOut.filter((i) => normalise((rows[i] as Row)[name], name, i) === level);
      const wl = inLevel.reduce((s, i) => s + wOf(i), 0);
      return { count: inLevel.length, weightedCount: wl, proportion: wAll > 0 ? wl / wAll : null };
    });
    return { summary: { n: rowsOut.length, missing } as CategoricalArmSummary, perLevel, rowsOut, ok: rowsOut.length > 0 && wAll > 0 };
  };
  const t1 = summarise(idx1, "treated");
  const t0 = summarise(idx0, "control");
  let overall: number | null = null;
  let perLevelSmd: Array<number | null> = levels.map(() => null);
  if (t1.ok && t0.ok) {
    const rs = [...t1.rowsOut, ...t0.rowsOut];
    const x = rs.map((i) => normalise((rows[i] as Row)[name], name, i) as Level);
    const t = [...t1.rowsOut.map(() => 1), ...t0.rowsOut.map(() => 0)];
    const r = smdCategorical(x, t, { levels, ...(weights ? { weights: rs.map(wOf) } : {}), denominator, sdFrom });
    overall = r.smd;
    perLevelSmd = r.levels.map((l) => l.smd);
  }
  return {
    name,
    type: "categorical",
    typeInferred,
    control: t0.summary,
    treated: t1.summary,
    levels: levels.map((level, j) => ({ level, control: t0.perLevel[j] as LevelArmSummary, treated: t1.perLevel[j] as LevelArmSummary, smd: perLevelSmd[j] ?? null })),
    smd: overall,
    ...(notes.length ? { note: notes.join("; ") } : {}),
  };
}
