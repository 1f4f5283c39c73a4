export interface FeatureScaling {
    features: string[];
    mean: number[];
    /** Sample SD (n − 1); 1 for a constant or all-missing feature. */
    sd: number[];
}
export type FeatureValues = Record<string, number | null | undefined>;
/**
 * @example
 * fitFeatureScaling([{ a: 1 }, { a: 3 }, { a: null }], ["a"]) // => { features: ["a"], mean: [2], sd: [1.4142135623730951] }
 */
export declare function fitFeatureScaling(rows: readonly FeatureValues[], features: readonly string[]): FeatureScaling;
/**
 * Standardised feature vector of one row.
 *
 * @example
 * scaleFeatures({ features: ["a"], mean: [2], sd: [2] }, { a: 6 }) // => [2]
 */
export declare function scaleFeatures(s: FeatureScaling, values: FeatureValues): number[];
