/**
 * Feature standardisation for prediction models: z = (x − mean)/sd with the mean and SD of the
 * training rows; a missing value becomes the training mean (z = 0). The fitted scaling travels with
 * a model, so the page transforms rows exactly as the build did.
 */
import { square } from "./elementary-functions.js";

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
export function fitFeatureScaling(rows: readonly FeatureValues[], features: readonly string[]): FeatureScaling {
  // Per feature, its observed values are read once into one reused buffer (a row's features are
  // looked up by name, the slow part), then summed in row order: the same additions in the same
  // order as summing an array of them with reduce, so the same bits, without an array per feature.
  const mean: number[] = [];
  const sd: number[] = [];
  const xs = new Float64Array(rows.length);
  for (const f of features) {
    let count = 0;
    for (const r of rows) {
      const x = r[f];
      if (x !== null && x !== undefined) xs[count++] = x;
    }
    let sum = 0;
    for (let i = 0; i < count; i++) sum += xs[i] as number;
    const m = count ? sum / count : 0;
    let ss = 0;
    for (let i = 0; i < count; i++) ss += square((xs[i] as number) - m);
    const v = count > 1 ? ss / (count - 1) : 0;
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
export function scaleFeatures(s: FeatureScaling, values: FeatureValues): number[] {
  return s.features.map((f, j) => {
    const x = values[f];
    return x === null || x === undefined ? 0 : (x - (s.mean[j] as number)) / (s.sd[j] as number);
  });
}
