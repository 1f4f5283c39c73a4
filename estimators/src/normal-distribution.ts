/**
 * The standard normal distribution function and its inverse, for confidence intervals, BCa
 * bootstrap intervals and normal draws. Written here (rather than taken from jstat) so that the
 * library has no run-time dependency and the algorithms are the ones R uses, to full double
 * precision: Cody (1993) for Φ and Wichura (1988, AS 241) for Φ⁻¹.
 */
import { checkNumberInRange, describeValue, EstimatorInputError } from "./validate.js";
import { exp, ln } from "./elementary-functions.js";

// W. J. Cody (1993), ACM TOMS 715 (SPECFUN), rational Chebyshev approximations for Φ.
const CODY_A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const CODY_B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const CODY_C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124,
  9842.7148383839780218, 1.0765576773720192317e-8,
];
const CODY_D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
  19685.429676859990727,
];
const CODY_P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const CODY_Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

const c = (a: number[], i: number) => a[i] as number;

/**
 * Standard normal distribution function Φ(x) = P(Z ≤ x), Cody's algorithm as in R's `pnorm`
 * (relative accuracy about 1e-15, including the tails).
 *
 * @param x a finite number (±Infinity give 0 and 1)
 * @throws EstimatorInputError for NaN
 * @example
 * normalCdf(1.959963984540054) // => 0.975
 * normalCdf(0) // => 0.5
 */
export function normalCdf(x: number): number {
  if (typeof x !== "number" || Number.isNaN(x)) throw new EstimatorInputError("x", `must be a number, got ${describeValue(x)}`);
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    let xnum = 0;
    let xden = 0;
    if (y > Number.EPSILON * 0.5) {
      const xsq = x * x;
      xnum = c(CODY_A, 4) * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + c(CODY_A, i)) * xsq;
        xden = (xden + c(CODY_B, i)) * xsq;
      }
    }
    const temp = (x * (xnum + c(CODY_A, 3))) / (xden + c(CODY_B, 3));
    return 0.5 + temp;
  }
  let tail: number; // P(Z > |x|)
  if (y <= SQRT_32) {
    let xnum = c(CODY_C, 8) * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + c(CODY_C, i)) * y;
      xden = (xden + c(CODY_D, i)) * y;
    }
    tail = tailFactor(y) * ((xnum + c(CODY_C, 7)) / (xden + c(CODY_D, 7)));
  } else if (y < 37.5193) {
    const xsq = 1 / (x * x);
    let xnum = c(CODY_P, 5) * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + c(CODY_P, i)) * xsq;
      xden = (xden + c(CODY_Q, i)) * xsq;
    }
    let temp = (xsq * (xnum + c(CODY_P, 4))) / (xden + c(CODY_Q, 4));
    temp = (ONE_OVER_SQRT_2PI - temp) / y;
    tail = tailFactor(y) * temp;
  } else {
    tail = 0;
  }
  return x > 0 ? 1 - tail : tail;
}

/** exp(−y²/2) computed as exp(−ys²/2)·exp(−(y−ys)(y+ys)/2) with ys = y rounded down to 1/16 (exact products). */
function tailFactor(y: number): number {
  const ysq = Math.trunc(y * 16) / 16;
  const del = (y - ysq) * (y + ysq);
  return exp(-ysq * ysq * 0.5) * exp(-del * 0.5);
}

// M. J. Wichura (1988), Algorithm AS 241, PPND16: the percentage points of the normal distribution.
const AS241_A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105,
  2509.0809287301226727,
];
const AS241_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const AS241_C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
  7.7454501427834140764e-4,
];
const AS241_D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const AS241_E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
  2.01033439929228813265e-7,
];
const AS241_F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
];

/** Horner evaluation of c₀ + c₁r + … + c₇r⁷. */
function poly7(coef: number[], r: number): number {
  let v = c(coef, 7);
  for (let i = 6; i >= 0; i--) v = v * r + c(coef, i);
  return v;
}

/**
 * Standard normal quantile Φ⁻¹(p), Wichura's AS 241 (relative accuracy about 1e-16), the
 * algorithm of R's `qnorm`.
 *
 * @param p a probability strictly between 0 and 1
 * @throws EstimatorInputError unless 0 < p < 1
 * @example
 * normalQuantile(0.975) // => 1.9599639845400536
 * normalQuantile(0.5) // => 0
 */
export function normalQuantile(p: number): number {
  checkNumberInRange("p", p, 0, 1, true);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly7(AS241_A, r)) / poly7(AS241_B, r);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-ln(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = poly7(AS241_C, r) / poly7(AS241_D, r);
  } else {
    r -= 5;
    value = poly7(AS241_E, r) / poly7(AS241_F, r);
  }
  return q < 0 ? -value : value;
}
