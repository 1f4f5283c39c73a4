/**
 * Subject-level splits: every subject (and so every row of it) in exactly one of train, validation
 * and test, stratified by whether the subject has any positive row; and k cross-validation folds of
 * the non-test subjects, stratified the same way. Seeded: the same rows and seed give the same split.
 */
import { type Prng } from "@trial/estimators";
import type { PredictionRow } from "./prediction-rows.ts";
export type SplitName = "train" | "validation" | "test";
/**
 * @param fractions shares of subjects for train and validation (test gets the rest), default 0.6 / 0.2
 * @returns subject id → split
 */
export declare function stratifiedSubjectSplit(rows: readonly PredictionRow[], seed: number, fractions?: [number, number]): Map<string, SplitName>;
/** k folds of the subjects of `rows` (subject id → fold 0..k−1), stratified, seeded. */
export declare function subjectFolds(rows: readonly PredictionRow[], k: number, seed: number): Map<string, number>;
/** A seeded subsample of at most `max` items (order kept), for budgeted training. */
export declare function subsample<T>(items: readonly T[], max: number, seed: number): T[];
/** A seeded permutation of 0..n−1. */
export declare function permutation(n: number, rng: Prng): number[];
