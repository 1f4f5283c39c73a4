import { type DropoutReason } from "./parameters.ts";
import type { Rng } from "./prng.ts";
import type { Covariates } from "./types.ts";
export interface IntervalBurden {
    adverseEvents: number;
    seriousAdverseEvents: number;
    missedSoFar: number;
}
/** Per-reason probabilities of discontinuing in one interval. */
export declare function dropoutProbabilities(x: Pick<Covariates, "age" | "baseline_severity">, treated: 0 | 1, burden: IntervalBurden, informative: boolean): Record<DropoutReason, number>;
/**
 * Whether and why the subject discontinues in this interval, and on which day.
 *
 * @param firstOnset the first adverse-event onset day in the interval, if any
 */
export declare function drawDropout(probabilities: Record<DropoutReason, number>, startDay: number, endDay: number, firstOnset: number | null, rng: Rng): {
    reason: DropoutReason;
    day: number;
} | null;
