import type { Rng } from "./prng.ts";
import type { Covariates } from "./types.ts";
/** Standardized covariates used by every model (see parameters.ts). */
export interface Standardized {
    zAge: number;
    zSev: number;
    zBmi: number;
    zEgfr: number;
}
/** Standardized age, (age − 60)/10, for the models that read no other covariate. */
export declare const zAge: (age: number) => number;
/** Standardized baseline severity, (severity − 19)/6. */
export declare const zSev: (severity: number) => number;
export declare function standardize(x: Pick<Covariates, "age" | "baseline_severity" | "bmi" | "egfr">): Standardized;
/**
 * Draws one subject's covariates (and the height used for weights) from its own stream.
 *
 * @param rng the subject's baseline stream
 */
export declare function drawBaseline(rng: Rng): Covariates & {
    height: number;
};
