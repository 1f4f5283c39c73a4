/**
 * Test helpers: ordinary least squares with heteroskedasticity-robust (HC1) standard errors, and a
 * difference in means with its standard error. Small and dense: solved by Gauss–Jordan elimination.
 */
/** Inverse of a small symmetric positive-definite matrix (Gauss–Jordan with partial pivoting). */
export function invert(a) {
    const n = a.length;
    const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
    for (let c = 0; c < n; c++) {
        let pivot = c;
        for (let r = c + 1; r < n; r++)
            if (Math.abs(m[r][c]) > Math.abs(m[pivot][c]))
                pivot = r;
        [m[c], m[pivot]] = [m[pivot], m[c]];
        const p = m[c][c];
        if (Math.abs(p) < 1e-12)
            throw new Error("singular design matrix");
        for (let k = 0; k < 2 * n; k++)
            m[c][k] /= p;
        for (let r = 0; r < n; r++) {
            if (r === c)
                continue;
            const f = m[r][c];
            if (f !== 0)
                for (let k = 0; k < 2 * n; k++)
                    m[r][k] -= f * m[c][k];
        }
    }
    return m.map((row) => row.slice(n));
}
/** OLS coefficients and HC1 standard errors of y on the columns of X (X includes the intercept). */
export function ols(X, y) {
    const p = X[0].length;
    const n = X.length;
    const xtx = Array.from({ length: p }, () => Array(p).fill(0));
    const xty = Array(p).fill(0);
    X.forEach((row, i) => {
        for (let a = 0; a < p; a++) {
            xty[a] += row[a] * y[i];
            for (let b = 0; b < p; b++)
                xtx[a][b] += row[a] * row[b];
        }
    });
    const inv = invert(xtx);
    const beta = inv.map((r) => r.reduce((s, v, j) => s + v * xty[j], 0));
    const meat = Array.from({ length: p }, () => Array(p).fill(0));
    X.forEach((row, i) => {
        const e = y[i] - row.reduce((s, v, j) => s + v * beta[j], 0);
        for (let a = 0; a < p; a++)
            for (let b = 0; b < p; b++)
                meat[a][b] += row[a] * row[b] * e * e;
    });
    const scale = n / (n - p);
    const se = Array.from({ length: p }, (_, k) => {
        let v = 0;
        for (let a = 0; a < p; a++)
            for (let b = 0; b < p; b++)
                v += inv[k][a] * meat[a][b] * inv[b][k];
        return Math.sqrt(v * scale);
    });
    return { beta, se };
}
/** Difference in means (group 1 − group 0) and its standard error. */
export function differenceInMeans(y, t) {
    const stats = [0, 1].map((g) => {
        const v = y.filter((_, i) => t[i] === g);
        const mean = v.reduce((s, x) => s + x, 0) / v.length;
        const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1);
        return { mean, variance, n: v.length };
    });
    const [c, tr] = stats;
    return { estimate: tr.mean - c.mean, se: Math.sqrt(tr.variance / tr.n + c.variance / c.n) };
}
