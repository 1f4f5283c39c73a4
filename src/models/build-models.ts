/**
 * Builds the prediction-model artifacts of one study-month: reads the snapshot's tables, derives the
 * dropout and adverse-event rows, trains both tasks and writes `dropout.json`,
 * `adverse-events.json` and `model-card.json` (members of `/data/<study>/<month>/models.zip`).
 */
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { AE_FEATURES, aeRows } from "./ae-features.ts";
import { DROPOUT_FEATURES, dropoutRows } from "./dropout-features.ts";
import { modelCard, type ModelCard } from "./model-card.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { tablesFromSnapshot } from "./snapshot-tables.ts";
import { epochDay, MissingModelInputError, subjectHistories, type SubjectHistory } from "./subject-history.ts";
import { ADVERSE_EVENT_BUDGET, DROPOUT_BUDGET } from "./training-budget.ts";
import { InsufficientEventsError, trainTask, type TaskArtifact, type TaskOptions } from "./train-task.ts";

export const MODELS_VERSION = "1.0.0";

/** Rounds every feature to 6 significant digits once, so that the page sees exactly what was scored. */
function rounded(rows: PredictionRow[]): PredictionRow[] {
  return rows.map((r) => ({ ...r, features: Object.fromEntries(Object.entries(r.features).map(([k, v]) => [k, v === null ? null : Number(v.toPrecision(6))])) }));
}

/** A task that could not be trained on this cut, with the reason (shown by the page). */
export interface UntrainedTask {
  task: TaskOptions["task"];
  status: "not trained";
  reason: string;
  rows: number;
  events: number;
}

export interface ModelsBuild {
  dropout: TaskArtifact | UntrainedTask;
  adverseEvents: TaskArtifact | UntrainedTask;
  card: ModelCard;
}

/** Trains a task; too few events (an early data cut, a small study) gives an UntrainedTask instead of failing the build. */
async function trainOrExplain(rows: PredictionRow[], options: TaskOptions): Promise<TaskArtifact | UntrainedTask> {
  try {
    return await trainTask(rows, options);
  } catch (error) {
    if (!(error instanceof InsufficientEventsError)) throw error;
    return { task: options.task, status: "not trained", reason: error.message, rows: rows.length, events: rows.filter((r) => r.label === 1).length };
  }
}

export async function buildModels(study: string, month: string): Promise<ModelsBuild> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const snapshot = await buildSnapshot(study, month);
  const tables = await tablesFromSnapshot(snapshot.members, snapshot.record.cut_date);
  const snapshotSha = snapshot.record.members.find((m) => m.name === "snapshot.json")?.sha256 ?? "";
  const subjectsSha = snapshot.record.members.find((m) => m.name === "subjects.parquet")?.sha256 ?? "";
  let histories: SubjectHistory[];
  try {
    histories = subjectHistories(tables);
  } catch (error) {
    if (!(error instanceof MissingModelInputError)) throw error;
    const untrained = (task: UntrainedTask["task"]): UntrainedTask => ({ task, status: "not trained", reason: error.message, rows: 0, events: 0 });
    const dropout = untrained("dropout");
    const adverseEvents = untrained("adverse-events");
    const card = modelCard({ study, month, cutDate: tables.cutDate, snapshotSubjectsSha256: subjectsSha, snapshotSha, version: MODELS_VERSION, dropout, adverseEvents, ms: Math.round(performance.now() - start), cpuMs: 0 });
    return { dropout, adverseEvents, card };
  }
  const cut = epochDay(tables.cutDate, "data cut");
  const dropout = await trainOrExplain(rounded(dropoutRows(histories, cut)), {
    task: "dropout", features: DROPOUT_FEATURES, ...DROPOUT_BUDGET,
  });
  const adverseEvents = await trainOrExplain(rounded(aeRows(histories, cut)), {
    task: "adverse-events", features: AE_FEATURES, ...ADVERSE_EVENT_BUDGET,
  });
  const cpu = process.cpuUsage(cpuStart);
  const card = modelCard({ study, month, cutDate: tables.cutDate, snapshotSubjectsSha256: subjectsSha, snapshotSha, version: MODELS_VERSION, dropout, adverseEvents, ms: Math.round(performance.now() - start), cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
  return { dropout, adverseEvents, card };
}
