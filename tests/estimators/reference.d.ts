export type FixtureRow = Record<string, string | number | null>;
/** Reads a fixture CSV written by R's write.csv (quoted strings, empty = missing, no embedded commas). */
export declare function readFixture(name: string): FixtureRow[];
/** Reads tests/reference/expected/<name>.json. */
export declare function expected<T = any>(name: string): T;
/** |actual − expected| ≤ rel·|expected| + abs, element-wise for arrays. */
export declare function expectClose(actual: number | readonly number[] | null | undefined, wanted: number | readonly number[], rel?: number, abs?: number): void;
/** The fixture's columns as the estimators take them. */
export declare function trialData(): {
    rows: FixtureRow[];
    treat: number[];
    age: number[];
    female: number[];
    bmi: number[];
    severity: number[];
    diabetes: number[];
    region: string[];
    w: number[];
    y: number[];
    ybin: number[];
};
/** Covariates of the reference models, in R's model.matrix order (region reference "Americas"). */
export declare const modelCovariates: string[];
/** The fixture's covariate matrix (no intercept), the fitted propensity scores and outcome models. */
export declare function causalFixture(): {
    rows: FixtureRow[];
    treat: number[];
    age: number[];
    female: number[];
    bmi: number[];
    severity: number[];
    diabetes: number[];
    region: string[];
    w: number[];
    y: number[];
    ybin: number[];
    X: number[][];
    names: string[];
    ps: number[];
    continuous: import("../../estimators/src/index.ts").OutcomeModels;
    binary: import("../../estimators/src/index.ts").OutcomeModels;
};
