/**
 * The range of the propensity scores within one arm.
 */

/**
 * The smallest and largest score among the subjects of one arm: [min eᵢ, max eᵢ] over i with Tᵢ = arm
 * ([Infinity, -Infinity] when the arm is empty).
 *
 * @param scores one propensity score per subject
 * @param treatment 1 = treated, 0 = control, one per subject
 * @param arm 1 for the treated arm, 0 for the control arm
 * @example
 * scoreRange([0.2, 0.7, 0.4, 0.5], [1, 1, 0, 0], 1) // => [0.2, 0.7]
 */
export function scoreRange(scores: ArrayLike<number>, treatment: ArrayLike<number>, arm: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < treatment.length; i++) {
    if (treatment[i] === arm) {
      lo = Math.min(lo, scores[i] as number);
      hi = Math.max(hi, scores[i] as number);
    }
  }
  return [lo, hi];
}
