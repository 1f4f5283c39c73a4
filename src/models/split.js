/**
 * Subject-level splits: every subject (and so every row of it) in exactly one of train, validation
 * and test, stratified by whether the subject has any positive row; and k cross-validation folds of
 * the non-test subjects, stratified the same way. Seeded: the same rows and seed give the same split.
 */
import { createPrng } from "@trial/estimators";
function shuffled(items, rng) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
        const j = rng.integer(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/** Subjects in first-appearance order, split by "has any positive row". */
function strata(rows) {
    const positive = new Map();
    for (const r of rows)
        positive.set(r.subject_id, (positive.get(r.subject_id) ?? false) || r.label === 1);
    const ids = [...positive.keys()];
    return [ids.filter((id) => positive.get(id)), ids.filter((id) => !positive.get(id))];
}
/**
 * @param fractions shares of subjects for train and validation (test gets the rest), default 0.6 / 0.2
 * @returns subject id → split
 */
export function stratifiedSubjectSplit(rows, seed, fractions = [0.6, 0.2]) {
    const rng = createPrng(seed);
    const out = new Map();
    for (const stratum of strata(rows)) {
        const ids = shuffled(stratum, rng);
        const nTrain = Math.round(ids.length * fractions[0]);
        const nVal = Math.round(ids.length * fractions[1]);
        ids.forEach((id, i) => out.set(id, i < nTrain ? "train" : i < nTrain + nVal ? "validation" : "test"));
    }
    return out;
}
/** k folds of the subjects of `rows` (subject id → fold 0..k−1), stratified, seeded. */
export function subjectFolds(rows, k, seed) {
    const rng = createPrng(seed);
    const out = new Map();
    let offset = 0;
    for (const stratum of strata(rows)) {
        shuffled(stratum, rng).forEach((id, i) => out.set(id, (i + offset) % k));
        offset += stratum.length;
    }
    return out;
}
/** A seeded subsample of at most `max` items (order kept), for budgeted training. */
export function subsample(items, max, seed) {
    if (items.length <= max)
        return [...items];
    const keep = new Set(shuffled(items.map((_, i) => i), createPrng(seed)).slice(0, max));
    return items.filter((_, i) => keep.has(i));
}
/** A seeded permutation of 0..n−1. */
export function permutation(n, rng) {
    return shuffled(Array.from({ length: n }, (_, i) => i), rng);
}
