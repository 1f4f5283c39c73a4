/**
 * The training budget of each prediction task: how many rows each fit sees and how long the MLP
 * trains. One place, read by the build (build-models.ts) and quoted by the model card, so the
 * card never states a budget the build did not use. The row caps keep every study-month's models
 * inside the CI budget; the MLP caps were raised until the MLP matched the logistic model on the
 * study with a real signal (SYN-SAFE-C; docs/prediction-models.md). The MLP stops early on its
 * validation AUROC (patience 5, at most 50 epochs), with Adam at a learning rate of 1e-2: it reaches
 * its best epoch in about a third of the epochs it needed at 1e-3, with the same test AUROC.
 */
import type { TaskOptions } from "./train-task.ts";

/** Seed of every split, subsample, initializer and dropout mask. */
export const MODEL_SEED = 606;

export type TrainingBudget = Omit<TaskOptions, "task" | "features">;

export const DROPOUT_BUDGET: TrainingBudget = {
  seed: MODEL_SEED,
  ridge: 1,
  logisticRows: 10000,
  mlpTrainRows: 4000,
  mlpValidationRows: 1500,
  mlpMaxEpochs: 50,
  referenceRows: 1500,
};
export const ADVERSE_EVENT_BUDGET: TrainingBudget = {
  seed: MODEL_SEED,
  ridge: 1,
  logisticRows: 10000,
  mlpTrainRows: 6000,
  mlpValidationRows: 1500,
  mlpMaxEpochs: 50,
  referenceRows: 1500,
};

/** The budget in words, for the model card. */
export function describeBudget(): string {
  const d = DROPOUT_BUDGET;
  const a = ADVERSE_EVENT_BUDGET;
  return (
    `The MLP is trained on a seeded subsample of the training rows (dropout: at most ${d.mlpTrainRows.toLocaleString("en-US")} rows and ${d.mlpMaxEpochs} epochs; ` +
    `adverse events: at most ${a.mlpTrainRows.toLocaleString("en-US")} rows and ${a.mlpMaxEpochs} epochs) to keep the build within budget; ` +
    `each logistic fit (final and cross-validation) uses at most ${d.logisticRows.toLocaleString("en-US")} rows (seeded subsample).`
  );
}
