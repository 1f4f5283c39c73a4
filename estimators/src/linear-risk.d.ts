export interface LinearRisk {
    intercept: number;
    /** One coefficient per standardised feature. */
    coefficients: number[];
}
/** Recalibration p' = plogis(a + b·logit(p)), fitted on validation predictions. */
export interface Recalibration {
    a: number;
    b: number;
}
/**
 * Risk plogis(β₀ + Σ βⱼzⱼ).
 *
 * @example
 * linearRisk({ intercept: 0, coefficients: [1] }, [0]) // => 0.5
 */
export declare function linearRisk(model: LinearRisk, z: readonly number[]): number;
/**
 * Contributions βⱼzⱼ to the log-odds, largest absolute first: which features push this row's risk
 * above or below that of an average row (z = 0).
 *
 * @example
 * riskContributions({ intercept: 0, coefficients: [1, -2] }, [0.5, 1], ["a", "b"])[0] // => { feature: "b", value: -2 }
 */
export declare function riskContributions(model: LinearRisk, z: readonly number[], features: readonly string[]): Array<{
    feature: string;
    value: number;
}>;
/**
 * Applies a recalibration to a raw probability (clamped away from 0 and 1 for the logit).
 *
 * @example
 * recalibrate({ a: 0, b: 1 }, 0.3) // => 0.3 (up to rounding)
 */
export declare function recalibrate(r: Recalibration, p: number): number;
