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
export declare function exp(x: number): number;
