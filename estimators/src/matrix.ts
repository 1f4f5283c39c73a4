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
export function householderQr(a: Matrix, columnNames?: readonly string[], argument = "X", tolerance = RANK_TOLERANCE): QrDecomposition {
  const n = a.length;
  const p = n === 0 ? 0 : (a[0] as number[]).length;
  if (n < p) {
    throw new EstimatorInputError(argument, `has fewer rows (${n}) than columns/parameters (${p}); the model cannot be estimated`);
  }
  const name = (j: number) => (columnNames?.[j] !== undefined ? `"${columnNames[j]}" (column ${j})` : `column ${j}`);
  const cols: Float64Array[] = [];
  const originalNorms = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = (a[i] as number[])[j] as number;
    cols.push(c);
    originalNorms[j] = norm2(c, 0);
  }
  const betas = new Float64Array(p);
  const r: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const v = cols[k] as Float64Array;
    const alphaNorm = norm2(v, k);
    if (!(alphaNorm > tolerance * (originalNorms[k] as number)) || originalNorms[k] === 0) {
      const what = originalNorms[k] === 0 ? "is all zeros" : k === 0 ? "is numerically zero" : "is a linear combination of the preceding columns (collinear)";
      const hint =
        originalNorms[k] === 0 || k === 0 ? "" : " — e.g. a constant covariate alongside the intercept, a duplicated covariate, or all levels of a categorical covariate";
      throw new EstimatorInputError(argument, `${name(k)} ${what}${hint}; remove it or combine it with another column`);
    }
    // Reflector v = x − alpha e₁ with alpha = −sign(x₀)‖x‖ (no cancellation).
    const x0 = v[k] as number;
    const alpha = x0 >= 0 ? -alphaNorm : alphaNorm;
    v[k] = x0 - alpha;
    let vtv = 0;
    for (let i = k; i < n; i++) vtv += (v[i] as number) * (v[i] as number);
    const beta = vtv === 0 ? 0 : 2 / vtv;
    betas[k] = beta;
    (r[k] as number[])[k] = alpha;
    for (let j = k + 1; j < p; j++) {
      const c = cols[j] as Float64Array;
      let s = 0;
      for (let i = k; i < n; i++) s += (v[i] as number) * (c[i] as number);
      s *= beta;
      for (let i = k; i < n; i++) c[i] = (c[i] as number) - s * (v[i] as number);
      (r[k] as number[])[j] = c[k] as number;
    }
  }
  return { n, p, reflectors: cols, betas, r };
}

/** Euclidean norm of v[from..], scaled to avoid overflow. */
function norm2(v: Float64Array, from: number): number {
  let scale = 0;
  for (let i = from; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i] as number));
  if (scale === 0) return 0;
  let s = 0;
  for (let i = from; i < v.length; i++) {
    const t = (v[i] as number) / scale;
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
export function applyQTranspose(qr: QrDecomposition, y: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(y as ArrayLike<number>);
  for (let k = 0; k < qr.p; k++) {
    const v = qr.reflectors[k] as Float64Array;
    const beta = qr.betas[k] as number;
    let s = 0;
    for (let i = k; i < qr.n; i++) s += (v[i] as number) * (out[i] as number);
    s *= beta;
    for (let i = k; i < qr.n; i++) out[i] = (out[i] as number) - s * (v[i] as number);
  }
  return out;
}

/**
 * Solves the upper-triangular system R b = c (R p × p, c of length ≥ p).
 *
 * @example
 * solveUpperTriangular([[2, 1], [0, 4]], [4, 8]) // => [1, 2]
 */
export function solveUpperTriangular(r: Matrix, c: ArrayLike<number>): number[] {
  const p = r.length;
  const b = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    const row = r[i] as number[];
    let s = c[i] as number;
    for (let j = i + 1; j < p; j++) s -= (row[j] as number) * (b[j] as number);
    b[i] = s / (row[i] as number);
  }
  return b;
}

/**
 * (RᵀR)⁻¹ = R⁻¹R⁻ᵀ for an upper-triangular, non-singular R: the unscaled covariance of least squares.
 *
 * @example
 * inverseFromR(householderQr([[1, 0], [1, 1], [1, 2], [1, 3]]).r) // => [[0.7, −0.3], [−0.3, 0.2]] = (XᵀX)⁻¹
 */
export function inverseFromR(r: Matrix): Matrix {
  const p = r.length;
  // Rinv, upper triangular, column by column.
  const rinv: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    const e = new Array<number>(p).fill(0);
    e[j] = 1;
    const col = solveUpperTriangular(r, e);
    for (let i = 0; i < p; i++) (rinv[i] as number[])[j] = col[i] as number;
  }
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += ((rinv[i] as number[])[k] as number) * ((rinv[j] as number[])[k] as number);
      (out[i] as number[])[j] = s;
      (out[j] as number[])[i] = s;
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
export function cholesky(a: Matrix, relTol = 1e-12): Matrix | null {
  const p = a.length;
  const l: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    const lj = l[j] as number[];
    let d = (a[j] as number[])[j] as number;
    for (let k = 0; k < j; k++) d -= (lj[k] as number) * (lj[k] as number);
    const diag = (a[j] as number[])[j] as number;
    if (!(d > relTol * Math.abs(diag)) || !Number.isFinite(d)) return null;
    const ljj = Math.sqrt(d);
    lj[j] = ljj;
    for (let i = j + 1; i < p; i++) {
      const li = l[i] as number[];
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
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
export function choleskySolve(l: Matrix, b: ArrayLike<number>): number[] {
  const p = l.length;
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    const li = l[i] as number[];
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (li[k] as number) * (z[k] as number);
    z[i] = s / (li[i] as number);
  }
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < p; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as number[])[i] as number);
  }
  return x;
}

/**
 * Inverse of a symmetric positive-definite matrix from its Cholesky factor.
 *
 * @example
 * choleskyInverse([[2, 0], [1, 2]]) // => [[0.3125, −0.125], [−0.125, 0.25]]  (inverse of [[4, 2], [2, 5]])
 */
export function choleskyInverse(l: Matrix): Matrix {
  const p = l.length;
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    const e = new Array<number>(p).fill(0);
    e[j] = 1;
    const col = choleskySolve(l, e);
    for (let i = 0; i < p; i++) (out[i] as number[])[j] = col[i] as number;
  }
  // Symmetrise exactly.
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) {
      const m = 0.5 * (((out[i] as number[])[j] as number) + ((out[j] as number[])[i] as number));
      (out[i] as number[])[j] = m;
      (out[j] as number[])[i] = m;
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
export function symmetricEigen(a: Matrix): { values: number[]; vectors: Matrix } {
  const p = a.length;
  const m: Matrix = a.map((row) => row.slice());
  const v: Matrix = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += square((m[i] as number[])[j] as number);
    if (off === 0) break;
    for (let i = 0; i < p; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = (m[i] as number[])[j] as number;
        if (aij === 0) continue;
        const aii = (m[i] as number[])[i] as number;
        const ajj = (m[j] as number[])[j] as number;
        const theta = (ajj - aii) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const mki = (m[k] as number[])[i] as number;
          const mkj = (m[k] as number[])[j] as number;
          (m[k] as number[])[i] = c * mki - s * mkj;
          (m[k] as number[])[j] = s * mki + c * mkj;
        }
        for (let k = 0; k < p; k++) {
          const mik = (m[i] as number[])[k] as number;
          const mjk = (m[j] as number[])[k] as number;
          (m[i] as number[])[k] = c * mik - s * mjk;
          (m[j] as number[])[k] = s * mik + c * mjk;
        }
        for (let k = 0; k < p; k++) {
          const vki = (v[k] as number[])[i] as number;
          const vkj = (v[k] as number[])[j] as number;
          (v[k] as number[])[i] = c * vki - s * vkj;
          (v[k] as number[])[j] = s * vki + c * vkj;
        }
      }
    }
  }
  const order = Array.from({ length: p }, (_, i) => i).sort((x, y) => ((m[y] as number[])[y] as number) - ((m[x] as number[])[x] as number) || x - y);
  return {
    values: order.map((i) => (m[i] as number[])[i] as number),
    vectors: v.map((row) => order.map((i) => row[i] as number)),
  };
}

/**
 * Moore–Penrose pseudo-inverse of a symmetric matrix; eigenvalues below `relTol` × the largest
 * are treated as zero (as R's `MASS::ginv`, tolerance √ε).
 *
 * @example
 * symmetricPseudoInverse([[1, 1], [1, 1]]) // => [[0.25, 0.25], [0.25, 0.25]]
 */
export function symmetricPseudoInverse(a: Matrix, relTol = Math.sqrt(Number.EPSILON)): Matrix {
  const p = a.length;
  const { values, vectors } = symmetricEigen(a);
  const largest = Math.max(0, ...values.map(Math.abs));
  const out: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let k = 0; k < p; k++) {
    const lambda = values[k] as number;
    if (!(Math.abs(lambda) > relTol * largest)) continue;
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        (out[i] as number[])[j] = ((out[i] as number[])[j] as number) + (((vectors[i] as number[])[k] as number) * ((vectors[j] as number[])[k] as number)) / lambda;
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
export function matVec(a: Matrix, x: ArrayLike<number>): number[] {
  return a.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += (row[j] as number) * (x[j] as number);
    return s;
  });
}
