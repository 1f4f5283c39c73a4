/** A dense matrix as an array of rows. */
export type Matrix = number[][];
/** The result of {@link householderQr}: enough to solve least squares and form (RᵀR)⁻¹. */
export interface QrDecomposition {
    /** Rows. */
    n: number;
    /** Columns. */
    p: number;
    /** Householder vectors, column k holds vₖ in rows k..n−1 (column-major, one array per column). */
    readonly reflectors: Float64Array[];
    /** βₖ = 2/(vₖᵀvₖ) for each reflector (0 for an identity reflector). */
    readonly betas: Float64Array;
    /** Upper-triangular R (p × p), as rows. */
    readonly r: Matrix;
}
/** Default relative tolerance of the rank check, the same as R's `lm` / `qr` (1e-7). */
export declare const RANK_TOLERANCE = 1e-7;
/**
 * Householder QR of an n × p matrix (n ≥ p) without pivoting, with a rank check: column k is
 * declared collinear when, after removing its projection on columns 0..k−1, what is left has norm
 * at most `tolerance` × its original norm (R's `dqrdc2` rule, tolerance 1e-7). Collinearity is an
 * error that names the column, because a silently dropped column changes what a coefficient means.
 *
 * @param a the matrix, as rows (not modified)
 * @param columnNames names used in the error message (default `x0`, `x1`, …)
 * @param argument argument name used in error messages (default `"X"`)
 * @param tolerance relative tolerance of the rank check (default 1e-7)
 * @throws EstimatorInputError if n < p or a column is (numerically) a linear combination of the
 *   preceding ones (including an all-zero column)
 * @example
 * householderQr([[1, 0], [1, 1], [1, 2]]).r // => |R| = [[1.732…, 1.732…], [0, 1.414…]] up to signs
 */
export declare function householderQr(a: Matrix, columnNames?: readonly string[], argument?: string, tolerance?: number): QrDecomposition;
/**
 * Qᵀy for a QR decomposition (y of length n; returns a new array).
 *
 * @example
 * applyQTranspose(householderQr([[3], [4]]), [3, 4]) // => [−5, 0] (up to rounding): Qᵀy for y in the column space
 */
export declare function applyQTranspose(qr: QrDecomposition, y: ArrayLike<number>): Float64Array;
/**
 * Solves the upper-triangular system R b = c (R p × p, c of length ≥ p).
 *
 * @example
 * solveUpperTriangular([[2, 1], [0, 4]], [4, 8]) // => [1, 2]
 */
export declare function solveUpperTriangular(r: Matrix, c: ArrayLike<number>): number[];
/**
 * (RᵀR)⁻¹ = R⁻¹R⁻ᵀ for an upper-triangular, non-singular R: the unscaled covariance of least squares.
 *
 * @example
 * inverseFromR(householderQr([[1, 0], [1, 1], [1, 2], [1, 3]]).r) // => [[0.7, −0.3], [−0.3, 0.2]] = (XᵀX)⁻¹
 */
export declare function inverseFromR(r: Matrix): Matrix;
/**
 * Cholesky factor L (lower triangular, A = LLᵀ) of a symmetric positive-definite matrix.
 * Returns `null` when A is not numerically positive definite (a pivot ≤ `relTol` × the diagonal).
 *
 * @example
 * cholesky([[4, 2], [2, 5]]) // => [[2, 0], [1, 2]]
 * cholesky([[1, 2], [2, 1]]) // => null (indefinite)
 */
export declare function cholesky(a: Matrix, relTol?: number): Matrix | null;
/**
 * Solves A x = b given the Cholesky factor L of A.
 *
 * @example
 * choleskySolve([[2, 0], [1, 2]], [8, 9]) // => [1.375, 1.25]  (solves [[4, 2], [2, 5]]x = [8, 9])
 */
export declare function choleskySolve(l: Matrix, b: ArrayLike<number>): number[];
/**
 * Inverse of a symmetric positive-definite matrix from its Cholesky factor.
 *
 * @example
 * choleskyInverse([[2, 0], [1, 2]]) // => [[0.3125, −0.125], [−0.125, 0.25]]  (inverse of [[4, 2], [2, 5]])
 */
export declare function choleskyInverse(l: Matrix): Matrix;
/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.
 * Returns eigenvalues (descending) and eigenvectors as the columns of `vectors`.
 *
 * @example
 * symmetricEigen([[2, 1], [1, 2]]).values // => [3, 1]
 */
export declare function symmetricEigen(a: Matrix): {
    values: number[];
    vectors: Matrix;
};
/**
 * Moore–Penrose pseudo-inverse of a symmetric matrix; eigenvalues below `relTol` × the largest
 * are treated as zero (as R's `MASS::ginv`, tolerance √ε).
 *
 * @example
 * symmetricPseudoInverse([[1, 1], [1, 1]]) // => [[0.25, 0.25], [0.25, 0.25]]
 */
export declare function symmetricPseudoInverse(a: Matrix, relTol?: number): Matrix;
/**
 * Matrix–vector product A x.
 *
 * @example
 * matVec([[1, 2], [3, 4]], [1, 1]) // => [3, 7]
 */
export declare function matVec(a: Matrix, x: ArrayLike<number>): number[];
