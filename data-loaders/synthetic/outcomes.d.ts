import { type ProcessModel } from "./processes.ts";
import type { Rng } from "./prng.ts";
import type { Covariates } from "./types.ts";
export interface PotentialOutcomes {
    /** Y_k(0), Y_k(1) for k = 1..K (index k − 1). */
    y0: number[];
    y1: number[];
    /** Binary only: p_k(0), p_k(1). */
    p0: number[] | null;
    p1: number[] | null;
}
/**
 * @param model the study's process
 * @param x the subject's covariates
 * @param weeks the scheduled follow-up weeks w_1..w_K (w_K is the primary week)
 * @param rng the subject's outcome stream
 */
export declare function potentialOutcomes(model: ProcessModel, x: Covariates, weeks: readonly number[], rng: Rng): PotentialOutcomes;
