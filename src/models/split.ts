/**
 * Subject-level splits: every subject (and so every row of it) in exactly one of train, validation
 * and test, stratified by whether the subject has any positive row; and k cross-validation folds of
 * the non-test subjects, stratified the same way. Seeded: the same rows and seed give the same split.
 */
import { createPrng, type Prng } from "@trial/estimators";
import type { PredictionRow } from "./prediction-rows.ts";

export type SplitName = "train" | "validation" | "test";

function shuffled<T>(items: readonly T[], rng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.integer(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Subjects in first-appearance order, split by "has any positive row". */
function strata(rows: readonly PredictionRow[]): [string[], string[]] {
  const positive = new Map<string, boolean>();
  for (const r of rows) positive.set(r.subject_id, (positive.get(r.subject_id) ?? false) || r.label === 1);
  const ids = [...positive.keys()];
  return [ids.filter((id) => positive.get(id)), ids.filter((id) => !positive.get(id))];
}

/**
 * @param fractions shares of subjects for train and validation (test gets the rest), default 0.6 / 0.2
 * @returns subject id → split
 */
export function stratifiedSubjectSplit(rows: readonly PredictionRow[], seed: number, fractions: [number, number] = [0.6, 0.2]): Map<string, SplitName> {
  const rng = createPrng(seed);
  const out = new Map<string, SplitName>();
  for (const stratum of strata(rows)) {
    const ids = shuffled(stratum, rng);
    const nTrain = Math.round(ids.length * fractions[0]);
    const nVal = Math.round(ids.length * fractions[1]);
    ids.forEach((id, i) => out.set(id, i < nTrain ? "train" : i < nTrain + nVal ? "validation" : "test"));
  }
  return out;
}

/** k folds of the subjects of `rows` (subject id → fold 0..k−1), stratified, seeded. */
export function subjectFolds(rows: readonly PredictionRow[], k: number, seed: number): Map<string, number> {
  const rng = createPrng(seed);
  const out = new Map<string, number>();
  let offset = 0;
  for (const stratum of strata(rows)) {
    shuffled(stratum, rng).forEach((id, i) => out.set(id, (i + offset) % k));
    offset += stratum.length;
  }
  return out;
}

/** A seeded subsample of at most `max` items (order kept), for budgeted training. */
export function subsample<T>(items: readonly T[], max: number, seed: number): T[] {
  if (items.length <= max) return [...items];
  const keep = new Set(
    shuffled(
      items.map((_, i) => i),
      createPrng(seed),
    ).slice(0, max),
  );
  return items.filter((_, i) => keep.has(i));
}

/** A seeded permutation of 0..n−1. */
export function permutation(n: number, rng: Prng): number[] {
  return shuffled(
    Array.from({ length: n }, (_, i) => i),
    rng,
  );
}
