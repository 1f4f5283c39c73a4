import { type Level, type SmdDenominator, type SmdSdFrom } from "./smd.js";
import { type CovariateSpec } from "./covariate-values.js";
import { type NumericVector } from "./validate.js";
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
    levels: Array<{
        level: Level;
        control: LevelArmSummary;
        treated: LevelArmSummary;
        smd: number | null;
    }>;
}
export type TableOneCovariate = TableOneContinuous | TableOneBinary | TableOneCategorical;
export interface TableOneResult {
    /** The arm column. */
    arm: string;
    control: TableOneArm;
    treated: TableOneArm;
    /** Rows left out because their arm code is missing or is neither arm (reported, not dropped silently). */
    excludedRows: {
        missingArm: number;
        otherArm: number;
    };
    /** Whether the table is weighted. */
    weighted: boolean;
    /** The SMD convention used. */
    smdConvention: {
        denominator: SmdDenominator;
        sdFrom: SmdSdFrom;
    };
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
export declare function tableOne(rows: ArrayLike<Row>, options: TableOneOptions): TableOneResult;
export {};
