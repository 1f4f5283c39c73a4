/**
 * Test helpers: ordinary least squares with heteroskedasticity-robust (HC1) standard errors, and a
 * difference in means with its standard error. Small and dense: solved by Gauss–Jordan elimination.
 */
/** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan with partial pivoting). */
export declare function invert(a: number[][]): number[][];
/** OLS coefficients and HC1 standard errors of y on the columns of X (X includes the intercept). */
export declare function ols(X: number[][], y: number[]): {
    beta: number[];
    se: number[];
};
/** Difference in means (group 1 − group 0) and its standard error. */
export declare function differenceInMeans(y: number[], t: number[]): {
    estimate: number;
    se: number;
};
