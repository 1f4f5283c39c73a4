/**
 * The exponential function eˣ with the same bits in every JavaScript engine: the algorithm of
 * stdlib's `@stdlib/math-base-special-exp` (FreeBSD msun / Go's `math.Exp`), built only from
 * + − × ÷ and `Math.trunc`, which IEEE 754 and ECMAScript fix exactly. `Math.exp` is
 * implementation-approximated: Node 20 and Chromium can differ in the last bit.
 *
 * Why a copy of stdlib's function rather than stdlib's function itself: stdlib scales the result by
 * 2ᵏ with `ldexp`, which splits the double into 32-bit words on every call (about 2.7 times the
 * cost of `Math.exp` here). The bootstrap's replicate engine evaluates the logistic function tens
 * of millions of times per analysis, so this copy scales by a power of two read from a table
 * instead: an exact multiplication, so the result is bit for bit stdlib's (checked on millions of
 * arguments in tests/estimators/exp.test.ts). Results that are subnormal (x < −708.4) are scaled
 * in two steps, y·2^(k+1000)·2^−1000, the first exact, so the result is rounded once, as fdlibm
 * does; there stdlib's `ldexp` returns 0 below 2^−1074 instead of rounding up to it (exp(−745) is
 * 4.9e−324, not 0), which is the one place this function and stdlib's differ.
 *
 * Method: x = k·ln 2 + r with |r| ≤ ln 2 / 2, ln 2 split in two parts (Cody–Waite) so that k·ln2_hi
 * is exact; eʳ = 1 + 2r/(R(r) − r) with R a degree-5 polynomial in r² (max error below 1 ulp).
 */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
// biome-ignore lint/suspicious/noApproximativeNumericConstant: fdlibm's constants as fdlibm writes them (the estimators use no Math.* value: engine-math-lint)
const LOG2_E = 1.442695040888963387;
const OVERFLOW = 7.09782712893383973096e2;
const UNDERFLOW = -7.4513321910194110842e2;
const NEARZERO = 1 / (1 << 28);

/** 2^(i − 1022) for i = 0 … 2045 (k = −1022 … 1023), built by exact doublings and halvings. */
const POW2 = (() => {
  const table = new Float64Array(2046);
  let v = 1;
  table[1022] = 1;
  for (let i = 1023; i < 2046; i++) table[i] = v *= 2;
  v = 1;
  for (let i = 1021; i >= 0; i--) table[i] = v /= 2;
  return table;
})();

/**
 * eˣ, bit for bit equal to `@stdlib/math-base-special-exp` but where the result is below 2^−1074
 * (see above); error below 1 ulp.
 *
 * @param x any number (NaN gives NaN, −∞ gives 0, +∞ gives +∞)
 * @example
 * exp(0) // => 1
 * exp(1) // => 2.718281828459045
 * exp(-745) // => 5e-324
 * exp(-745.2) // => 0
 */
export function exp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x > OVERFLOW) return Infinity;
  if (x < UNDERFLOW) return 0;
  if (x > -NEARZERO && x < NEARZERO) return 1 + x;
  const k = x < 0 ? Math.trunc(LOG2_E * x - 0.5) : Math.trunc(LOG2_E * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const p = 0.16666666666666602 + t * (-0.0027777777777015593 + t * (0.00006613756321437934 + t * (-0.0000016533902205465252 + t * 4.1381367970572385e-8)));
  const c = r - t * p;
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  // y is in [0.7, 1.42]: y·2ᵏ is a normal number, and the multiplication exact, for k ≥ −1021.
  if (k >= -1021) return k <= 1023 ? y * (POW2[k + 1022] as number) : y * 2 * (POW2[2045] as number);
  return y * (POW2[k + 2022] as number) * (POW2[22] as number);
}
