/**
 * Trains the prediction models of one study-month from its inputs (model-inputs.ts): the dropout
 * and adverse-event tasks (train-task.ts) and the model card. A task with too few events on this
 * cut becomes an UntrainedTask with the reason, instead of failing the build.
 */
import { modelCard } from "./model-card.ts";
import { MODELS_VERSION, type ModelInputs, type ModelsBuild, type UntrainedTask } from "./models-build.ts";
import { AE_FEATURES } from "./ae-features.ts";
import { DROPOUT_FEATURES } from "./dropout-features.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { MissingModelInputError } from "./subject-history.ts";
import { ADVERSE_EVENT_BUDGET, DROPOUT_BUDGET } from "./training-budget.ts";
import { InsufficientEventsError, trainTask, type TaskArtifact, type TaskOptions } from "./train-task.ts";

async function trainOrExplain(rows: PredictionRow[], options: TaskOptions): Promise<TaskArtifact | UntrainedTask> {
  try {
    return await trainTask(rows, options);
  } catch (error) {
    if (!(error instanceof InsufficientEventsError)) throw error;
    return { task: options.task, status: "not trained", reason: error.message, rows: rows.length, events: rows.filter((r) => r.label === 1).length };
  }
}

/** Trains both tasks on a study-month's rows (or explains why not) and writes the model card. */
export async function trainModels(inputs: ModelInputs): Promise<ModelsBuild> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { study, month, cutDate, snapshotSha, subjectsSha } = inputs;
  const rows = inputs.rows();
  const card = (dropout: TaskArtifact | UntrainedTask, adverseEvents: TaskArtifact | UntrainedTask, cpuMs: number) =>
    modelCard({
      study,
      month,
      cutDate,
      snapshotSubjectsSha256: subjectsSha,
      snapshotSha,
      version: MODELS_VERSION,
      dropout,
      adverseEvents,
      ms: Math.round(performance.now() - start),
      cpuMs,
    });
  if (rows instanceof MissingModelInputError) {
    const untrained = (task: UntrainedTask["task"]): UntrainedTask => ({ task, status: "not trained", reason: rows.message, rows: 0, events: 0 });
    const dropout = untrained("dropout");
    const adverseEvents = untrained("adverse-events");
    return { dropout, adverseEvents, card: card(dropout, adverseEvents, 0) };
  }
  const dropout = await trainOrExplain(rows.dropout, { task: "dropout", features: DROPOUT_FEATURES, ...DROPOUT_BUDGET });
  const adverseEvents = await trainOrExplain(rows.adverseEvents, { task: "adverse-events", features: AE_FEATURES, ...ADVERSE_EVENT_BUDGET });
  const cpu = process.cpuUsage(cpuStart);
  return { dropout, adverseEvents, card: card(dropout, adverseEvents, Math.round((cpu.user + cpu.system) / 1000)) };
}
