/**
 * Feature standardisation for prediction models: z = (x − mean)/sd with the mean and SD of the
 * training rows; a missing value becomes the training mean (z = 0). The fitted scaling travels with
 * a model, so the page transforms rows exactly as the build did.
 */
import { square } from "./elementary-functions.js";
/**
 * @example
 * fitFeatureScaling([{ a: 1 }, { a: 3 }, { a: null }], ["a"]) // => { features: ["a"], mean: [2], sd: [1.4142135623730951] }
 */
export function fitFeatureScaling(rows, features) {
    const mean = [];
    const sd = [];
    for (const f of features) {
        const xs = rows.map((r) => r[f]).filter((x) => x !== null && x !== undefined);
        const m = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
        const v = xs.length > 1 ? xs.reduce((s, x) => s + square(x - m), 0) / (xs.length - 1) : 0;
        mean.push(m);
        sd.push(v > 0 ? Math.sqrt(v) : 1);
    }
    return { features: [...features], mean, sd };
}
/**
 * Standardised feature vector of one row.
 *
 * @example
 * scaleFeatures({ features: ["a"], mean: [2], sd: [2] }, { a: 6 }) // => [2]
 */
export function scaleFeatures(s, values) {
    return s.features.map((f, j) => {
        const x = values[f];
        return x === null || x === undefined ? 0 : (x - s.mean[j]) / s.sd[j];
    });
}
