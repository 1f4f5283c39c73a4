/**
 * The Mantel–Haenszel common odds ratio of stratified 2 × 2 tables, with the Robins–Breslow–
 * Greenland (1986) variance of its logarithm and a Wald interval on the log scale, as R's
 * `mantelhaen.test(x)$estimate` and `$conf.int` and SAS PROC FREQ's CMH "Common Odds Ratio"
 * (Mantel-Haenszel). The stratified estimate that accompanies the CMH test of a binary response.
 */
import { exp, ln } from "./elementary-functions.js";
import { normalQuantile } from "./normal-distribution.js";
import { checkNumberInRange, describeValue, EstimatorInputError } from "./validate.js";

export interface MantelHaenszelOddsRatio {
  /** OR_MH = Σₖ aₖdₖ/nₖ ÷ Σₖ bₖcₖ/nₖ. */
  estimate: number;
  /** √Var(ln OR_MH), Robins–Breslow–Greenland. */
  logSe: number;
  lower: number;
  upper: number;
  /** Strata used (with at least two subjects). */
  strataUsed: number;
}

/**
 * OR_MH = R/S with R = Σ aₖdₖ/nₖ, S = Σ bₖcₖ/nₖ (table k = [[aₖ, bₖ], [cₖ, dₖ]]: rows the arms,
 * treated first; columns the response, event first). With Pₖ = (aₖ + dₖ)/nₖ, Qₖ = (bₖ + cₖ)/nₖ,
 * Rₖ = aₖdₖ/nₖ, Sₖ = bₖcₖ/nₖ:
 * Var(ln OR_MH) = ΣPₖRₖ/(2R²) + Σ(PₖSₖ + QₖRₖ)/(2RS) + ΣQₖSₖ/(2S²); CI exp(ln OR_MH ∓ z·SE).
 * Strata with fewer than two subjects carry no information and are skipped.
 *
 * @param tables one 2 × 2 table of counts per stratum
 * @param level confidence level (default 0.95)
 * @throws EstimatorInputError for a table that is not 2 × 2 of counts (named), no informative
 *   stratum, or R = 0 or S = 0 (the estimate is 0 or infinite)
 * @example
 * mantelHaenszelOddsRatio([[[10, 5], [5, 10]], [[8, 4], [4, 8]]]).estimate // => 4 (R/S = (100/30 + 64/24)/(25/30 + 16/24))
 */
export function mantelHaenszelOddsRatio(tables: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>, level = 0.95): MantelHaenszelOddsRatio {
  if (!Array.isArray(tables) || tables.length === 0) throw new EstimatorInputError("tables", `must be a non-empty array of 2 × 2 tables, got ${describeValue(tables)}`);
  checkNumberInRange("level", level, 0, 1, true);
  let R = 0;
  let S = 0;
  let PR = 0;
  let PSQR = 0;
  let QS = 0;
  let used = 0;
  tables.forEach((t, k) => {
    if (!Array.isArray(t) || t.length !== 2 || t.some((row) => !Array.isArray(row) || row.length !== 2)) {
      throw new EstimatorInputError(`tables[${k}]`, `must be a 2 × 2 table, got ${describeValue(t)}`);
    }
    const cells = [...(t[0] as number[]), ...(t[1] as number[])];
    cells.forEach((v, m) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
        throw new EstimatorInputError(`tables[${k}][${m >> 1}][${m & 1}]`, `must be a count (a non-negative integer), got ${describeValue(v)}`);
    });
    const [a, b, c, d] = cells as [number, number, number, number];
    const n = a + b + c + d;
    if (n < 2) return;
    used++;
    const Pk = (a + d) / n;
    const Qk = (b + c) / n;
    const Rk = (a * d) / n;
    const Sk = (b * c) / n;
    R += Rk;
    S += Sk;
    PR += Pk * Rk;
    PSQR += Pk * Sk + Qk * Rk;
    QS += Qk * Sk;
  });
  if (used === 0) throw new EstimatorInputError("tables", "has no stratum with at least two subjects");
  if (!(R > 0) || !(S > 0))
    throw new EstimatorInputError("tables", `give ${R > 0 ? "an infinite" : "a zero"} Mantel–Haenszel odds ratio (Σad/n = ${R}, Σbc/n = ${S}); no interval can be formed`);
  const estimate = R / S;
  const logSe = Math.sqrt(PR / (2 * R * R) + PSQR / (2 * R * S) + QS / (2 * S * S));
  const z = normalQuantile(1 - (1 - level) / 2);
  return { estimate, logSe, lower: exp(ln(estimate) - z * logSe), upper: exp(ln(estimate) + z * logSe), strataUsed: used };
}
