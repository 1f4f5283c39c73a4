/**
 * How the CDISC pilot CSR prints numbers: fixed decimals, counts with whole-number percentages
 * ("14 ( 16%)", "1 ( <1%)", a bare "0"), p-values to 4 decimals with "<.0001", AE p-values to 3
 * decimals with ">.99" and an asterisk below a flag level. Rounding is on the exact binary value;
 * an exact tie (e.g. a median of 40.25 to 1 decimal) goes to the even digit, as C's and R's
 * `sprintf` (the published replication is R's: it prints 40.2 where `toFixed` gives 40.3).
 */

/** Whether the exact decimal expansion of `x` is a tie at `digits` decimals (…5000… exactly). */
function isTie(x: number, digits: number): boolean {
  const exact = Math.abs(x).toFixed(Math.min(100, digits + 40));
  const tail = exact.slice(exact.indexOf(".") + 1 + digits);
  return /^50*$/.test(tail);
}

/** `x` to `digits` decimals; "" for null or NaN. */
export function fixed(x: number | null, digits: number): string {
  if (x === null || Number.isNaN(x)) return "";
  let text = x.toFixed(digits);
  if (isTie(x, digits)) {
    const last = text.replace(/[^0-9]/g, "").slice(-1);
    // toFixed rounded the tie away from zero; step back when that made the last digit odd.
    if (Number(last) % 2 === 1) text = (x < 0 ? x + 0.5 * unit(digits) : x - 0.5 * unit(digits)).toFixed(digits);
  }
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** 10^−digits, by repeated division (no Math.pow). */
function unit(digits: number): number {
  let u = 1;
  for (let i = 0; i < digits; i++) u /= 10;
  return u;
}

export interface CountPercentOptions {
  /** A zero count as a bare "0" (default, Table 14-2.01) or "0 (  0%)" (Table 14-1.02). */
  zero?: "bare" | "percent";
  /** Print "<1" for a positive count under 1% (default true; Table 14-1.02 prints "0"). */
  lessThanOne?: boolean;
  /** Decimals of the percentage (default 0). */
  digits?: number;
}

/** A count with its percentage of `denominator`: "14 ( 16%)", "1 ( <1%)", "0", "2 ( 2.3%)". */
export function countPercent(n: number, denominator: number, options: CountPercentOptions = {}): string {
  const { zero = "bare", lessThanOne = true, digits = 0 } = options;
  if (n === 0 && zero === "bare") return "0";
  const pct = denominator > 0 ? (100 * n) / denominator : 0;
  const text = lessThanOne && n > 0 && pct < 1 && digits === 0 ? "<1" : fixed(pct, digits);
  return `${n} (${text.padStart(digits === 0 ? 3 : 3 + digits, " ")}%)`;
}

/** A p-value to 4 decimals, "<.0001" below 0.0001 (Table 14-2.01, 14-1.02). */
export function pValue4(p: number): string {
  return p < 0.0001 ? "<.0001" : p.toFixed(4);
}

/** A p-value to 3 decimals, ">.99" above 0.99 and "*" below `flag` (Table 14-5.01). */
export function pValue3(p: number, flag = 0.15): string {
  const text = p > 0.99 ? ">.99" : p.toFixed(3);
  return p < flag ? `${text}*` : text;
}
