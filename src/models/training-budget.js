/** Seed of every split, subsample, initializer and dropout mask. */
export const MODEL_SEED = 606;
export const DROPOUT_BUDGET = { seed: MODEL_SEED, ridge: 1, logisticRows: 10000, mlpTrainRows: 4000, mlpValidationRows: 1500, mlpMaxEpochs: 25, referenceRows: 1500 };
export const ADVERSE_EVENT_BUDGET = { seed: MODEL_SEED, ridge: 1, logisticRows: 10000, mlpTrainRows: 6000, mlpValidationRows: 1500, mlpMaxEpochs: 25, referenceRows: 1500 };
/** The budget in words, for the model card. */
export function describeBudget() {
    const d = DROPOUT_BUDGET;
    const a = ADVERSE_EVENT_BUDGET;
    return (`The MLP is trained on a seeded subsample of the training rows (dropout: at most ${d.mlpTrainRows.toLocaleString("en-US")} rows and ${d.mlpMaxEpochs} epochs; ` +
        `adverse events: at most ${a.mlpTrainRows.toLocaleString("en-US")} rows and ${a.mlpMaxEpochs} epochs) to keep the build within budget; ` +
        `each logistic fit (final and cross-validation) uses at most ${d.logisticRows.toLocaleString("en-US")} rows (seeded subsample).`);
}
