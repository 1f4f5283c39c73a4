/**
 * The little dense linear algebra the estimators need: Householder QR with a rank check,
 * Cholesky, triangular solves, and a symmetric eigen-decomposition (Jacobi) for pseudo-inverses.
 *
 * Why by hand rather than a library: the problems are small and dense (n up to ~10⁵ rows,
 * p ≤ ~50 columns); the results must be bit-for-bit the same in Node and in every browser, which
 * rules out WASM/BLAS back-ends whose summation order varies; and no small, well-maintained
 * JavaScript package offers weighted QR with a rank check that names the collinear column, or
 * IRLS with convergence and separation diagnostics. Every loop below runs in a fixed order using
 * only +, −, ×, ÷ and `Math.sqrt` (correctly rounded in IEEE 754), so results are deterministic.
 *
 * Matrices are arrays of rows (`number[][]`), as the rest of the library passes them.
 */
import { EstimatorInputError } from "./validate.js";
import { square } from "./elementary-functions.js";
/** Default relative tolerance of the rank check, the same as R's `lm` / `qr` (1e-7). */
export const RANK_TOLERANCE = 1e-7;
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
export function householderQr(a, columnNames, argument = "X", tolerance = RANK_TOLERANCE) {
    const n = a.length;
    const p = n === 0 ? 0 : a[0].length;
    if (n < p) {
        throw new EstimatorInputError(argument, `has fewer rows (${n}) than columns/parameters (${p}); the model cannot be estimated`);
    }
    const name = (j) => (columnNames?.[j] !== undefined ? `"${columnNames[j]}" (column ${j})` : `column ${j}`);
    const cols = [];
    const originalNorms = new Float64Array(p);
    for (let j = 0; j < p; j++) {
        const c = new Float64Array(n);
        for (let i = 0; i < n; i++)
            c[i] = a[i][j];
        cols.push(c);
        originalNorms[j] = norm2(c, 0);
    }
    const betas = new Float64Array(p);
    const r = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let k = 0; k < p; k++) {
        const v = cols[k];
        const alphaNorm = norm2(v, k);
        if (!(alphaNorm > tolerance * originalNorms[k]) || originalNorms[k] === 0) {
            const what = originalNorms[k] === 0 ? "is all zeros" : k === 0 ? "is numerically zero" : "is a linear combination of the preceding columns (collinear)";
            const hint = originalNorms[k] === 0 || k === 0 ? "" : " — e.g. a constant covariate alongside the intercept, a duplicated covariate, or all levels of a categorical covariate";
            throw new EstimatorInputError(argument, `${name(k)} ${what}${hint}; remove it or combine it with another column`);
        }
        // Reflector v = x − alpha e₁ with alpha = −sign(x₀)‖x‖ (no cancellation).
        const x0 = v[k];
        const alpha = x0 >= 0 ? -alphaNorm : alphaNorm;
        v[k] = x0 - alpha;
        let vtv = 0;
        for (let i = k; i < n; i++)
            vtv += v[i] * v[i];
        const beta = vtv === 0 ? 0 : 2 / vtv;
        betas[k] = beta;
        r[k][k] = alpha;
        for (let j = k + 1; j < p; j++) {
            const c = cols[j];
            let s = 0;
            for (let i = k; i < n; i++)
                s += v[i] * c[i];
            s *= beta;
            for (let i = k; i < n; i++)
                c[i] = c[i] - s * v[i];
            r[k][j] = c[k];
        }
    }
    return { n, p, reflectors: cols, betas, r };
}
/** Euclidean norm of v[from..], scaled to avoid overflow. */
function norm2(v, from) {
    let scale = 0;
    for (let i = from; i < v.length; i++)
        scale = Math.max(scale, Math.abs(v[i]));
    if (scale === 0)
        return 0;
    let s = 0;
    for (let i = from; i < v.length; i++) {
        const t = v[i] / scale;
        s += t * t;
    }
    return scale * Math.sqrt(s);
}
/**
 * Qᵀy for a QR decomposition (y of length n; returns a new array).
 *
 * @example
 * applyQTranspose(householderQr([[3], [4]]), [3, 4]) // => [−5, 0] (up to rounding): Qᵀy for y in the column space
 */
export function applyQTranspose(qr, y) {
    const out = Float64Array.from(y);
    for (let k = 0; k < qr.p; k++) {
        const v = qr.reflectors[k];
        const beta = qr.betas[k];
        let s = 0;
        for (let i = k; i < qr.n; i++)
            s += v[i] * out[i];
        s *= beta;
        for (let i = k; i < qr.n; i++)
            out[i] = out[i] - s * v[i];
    }
    return out;
}
/**
 * Solves the upper-triangular system R b = c (R p × p, c of length ≥ p).
 *
 * @example
 * solveUpperTriangular([[2, 1], [0, 4]], [4, 8]) // => [1, 2]
 */
export function solveUpperTriangular(r, c) {
    const p = r.length;
    const b = new Array(p).fill(0);
    for (let i = p - 1; i >= 0; i--) {
        const row = r[i];
        let s = c[i];
        for (let j = i + 1; j < p; j++)
            s -= row[j] * b[j];
        b[i] = s / row[i];
    }
    return b;
}
/**
 * (RᵀR)⁻¹ = R⁻¹R⁻ᵀ for an upper-triangular, non-singular R: the unscaled covariance of least squares.
 *
 * @example
 * inverseFromR(householderQr([[1, 0], [1, 1], [1, 2], [1, 3]]).r) // => [[0.7, −0.3], [−0.3, 0.2]] = (XᵀX)⁻¹
 */
export function inverseFromR(r) {
    const p = r.length;
    // Rinv, upper triangular, column by column.
    const rinv = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let j = 0; j < p; j++) {
        const e = new Array(p).fill(0);
        e[j] = 1;
        const col = solveUpperTriangular(r, e);
        for (let i = 0; i < p; i++)
            rinv[i][j] = col[i];
    }
    const out = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let i = 0; i < p; i++) {
        for (let j = i; j < p; j++) {
            let s = 0;
            for (let k = Math.max(i, j); k < p; k++)
                s += rinv[i][k] * rinv[j][k];
            out[i][j] = s;
            out[j][i] = s;
        }
    }
    return out;
}
/**
 * Cholesky factor L (lower triangular, A = LLᵀ) of a symmetric positive-definite matrix.
 * Returns `null` when A is not numerically positive definite (a pivot ≤ `relTol` × the diagonal).
 *
 * @example
 * cholesky([[4, 2], [2, 5]]) // => [[2, 0], [1, 2]]
 * cholesky([[1, 2], [2, 1]]) // => null (indefinite)
 */
export function cholesky(a, relTol = 1e-12) {
    const p = a.length;
    const l = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let j = 0; j < p; j++) {
        const lj = l[j];
        let d = a[j][j];
        for (let k = 0; k < j; k++)
            d -= lj[k] * lj[k];
        const diag = a[j][j];
        if (!(d > relTol * Math.abs(diag)) || !Number.isFinite(d))
            return null;
        const ljj = Math.sqrt(d);
        lj[j] = ljj;
        for (let i = j + 1; i < p; i++) {
            const li = l[i];
            let s = a[i][j];
            for (let k = 0; k < j; k++)
                s -= li[k] * lj[k];
            li[j] = s / ljj;
        }
    }
    return l;
}
/**
 * Solves A x = b given the Cholesky factor L of A.
 *
 * @example
 * choleskySolve([[2, 0], [1, 2]], [8, 9]) // => [1.375, 1.25]  (solves [[4, 2], [2, 5]]x = [8, 9])
 */
export function choleskySolve(l, b) {
    const p = l.length;
    const z = new Array(p).fill(0);
    for (let i = 0; i < p; i++) {
        const li = l[i];
        let s = b[i];
        for (let k = 0; k < i; k++)
            s -= li[k] * z[k];
        z[i] = s / li[i];
    }
    const x = new Array(p).fill(0);
    for (let i = p - 1; i >= 0; i--) {
        let s = z[i];
        for (let k = i + 1; k < p; k++)
            s -= l[k][i] * x[k];
        x[i] = s / l[i][i];
    }
    return x;
}
/**
 * Inverse of a symmetric positive-definite matrix from its Cholesky factor.
 *
 * @example
 * choleskyInverse([[2, 0], [1, 2]]) // => [[0.3125, −0.125], [−0.125, 0.25]]  (inverse of [[4, 2], [2, 5]])
 */
export function choleskyInverse(l) {
    const p = l.length;
    const out = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let j = 0; j < p; j++) {
        const e = new Array(p).fill(0);
        e[j] = 1;
        const col = choleskySolve(l, e);
        for (let i = 0; i < p; i++)
            out[i][j] = col[i];
    }
    // Symmetrise exactly.
    for (let i = 0; i < p; i++) {
        for (let j = i + 1; j < p; j++) {
            const m = 0.5 * (out[i][j] + out[j][i]);
            out[i][j] = m;
            out[j][i] = m;
        }
    }
    return out;
}
/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.
 * Returns eigenvalues (descending) and eigenvectors as the columns of `vectors`.
 *
 * @example
 * symmetricEigen([[2, 1], [1, 2]]).values // => [3, 1]
 */
export function symmetricEigen(a) {
    const p = a.length;
    const m = a.map((row) => row.slice());
    const v = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)));
    for (let sweep = 0; sweep < 100; sweep++) {
        let off = 0;
        for (let i = 0; i < p; i++)
            for (let j = i + 1; j < p; j++)
                off += square(m[i][j]);
        if (off === 0)
            break;
        for (let i = 0; i < p; i++) {
            for (let j = i + 1; j < p; j++) {
                const aij = m[i][j];
                if (aij === 0)
                    continue;
                const aii = m[i][i];
                const ajj = m[j][j];
                const theta = (ajj - aii) / (2 * aij);
                const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                const c = 1 / Math.sqrt(t * t + 1);
                const s = t * c;
                for (let k = 0; k < p; k++) {
                    const mki = m[k][i];
                    const mkj = m[k][j];
                    m[k][i] = c * mki - s * mkj;
                    m[k][j] = s * mki + c * mkj;
                }
                for (let k = 0; k < p; k++) {
                    const mik = m[i][k];
                    const mjk = m[j][k];
                    m[i][k] = c * mik - s * mjk;
                    m[j][k] = s * mik + c * mjk;
                }
                for (let k = 0; k < p; k++) {
                    const vki = v[k][i];
                    const vkj = v[k][j];
                    v[k][i] = c * vki - s * vkj;
                    v[k][j] = s * vki + c * vkj;
                }
            }
        }
    }
    const order = Array.from({ length: p }, (_, i) => i).sort((x, y) => m[y][y] - m[x][x] || x - y);
    return {
        values: order.map((i) => m[i][i]),
        vectors: v.map((row) => order.map((i) => row[i])),
    };
}
/**
 * Moore–Penrose pseudo-inverse of a symmetric matrix; eigenvalues below `relTol` × the largest
 * are treated as zero (as R's `MASS::ginv`, tolerance √ε).
 *
 * @example
 * symmetricPseudoInverse([[1, 1], [1, 1]]) // => [[0.25, 0.25], [0.25, 0.25]]
 */
export function symmetricPseudoInverse(a, relTol = Math.sqrt(Number.EPSILON)) {
    const p = a.length;
    const { values, vectors } = symmetricEigen(a);
    const largest = Math.max(0, ...values.map(Math.abs));
    const out = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let k = 0; k < p; k++) {
        const lambda = values[k];
        if (!(Math.abs(lambda) > relTol * largest))
            continue;
        for (let i = 0; i < p; i++) {
            for (let j = 0; j < p; j++) {
                out[i][j] = out[i][j] + (vectors[i][k] * vectors[j][k]) / lambda;
            }
        }
    }
    return out;
}
/**
 * Matrix–vector product A x.
 *
 * @example
 * matVec([[1, 2], [3, 4]], [1, 1]) // => [3, 7]
 */
export function matVec(a, x) {
    return a.map((row) => {
        let s = 0;
        for (let j = 0; j < row.length; j++)
            s += row[j] * x[j];
        return s;
    });
}
