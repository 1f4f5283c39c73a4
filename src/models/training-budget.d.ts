/**
 * The training budget of each prediction task: how many rows each fit sees and how long the MLP
 * trains. One place, read by the build (build-models.ts) and quoted by the model card, so the
 * card never states a budget the build did not use. The row caps keep every study-month's models
 * inside the CI budget; the MLP caps were raised until the MLP matched the logistic model on the
 * study with a real signal (SYN-SAFE-C; README "Prediction models").
 */
import type { TaskOptions } from "./train-task.ts";
/** Seed of every split, subsample, initializer and dropout mask. */
export declare const MODEL_SEED = 606;
export type TrainingBudget = Omit<TaskOptions, "task" | "features">;
export declare const DROPOUT_BUDGET: TrainingBudget;
export declare const ADVERSE_EVENT_BUDGET: TrainingBudget;
/** The budget in words, for the model card. */
export declare function describeBudget(): string;
