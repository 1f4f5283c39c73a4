/**
 * Builds the prediction-model artifacts of one study-month: reads the snapshot's tables, derives the
 * dropout and adverse-event rows, trains both tasks and writes `dropout.json`,
 * `adverse-events.json`, `model-card.json` and `monitoring.json` (members of
 * `/data/<study>/<month>/models.zip`).
 */
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { AE_FEATURES, aeRows } from "./ae-features.ts";
import { DROPOUT_FEATURES, dropoutRows } from "./dropout-features.ts";
import { modelCard } from "./model-card.ts";
import { tablesFromSnapshot } from "./snapshot-tables.ts";
import { epochDay, MissingModelInputError, subjectHistories } from "./subject-history.ts";
import { ADVERSE_EVENT_BUDGET, DROPOUT_BUDGET } from "./training-budget.ts";
import { cachedJson, modelCacheKey } from "./model-cache.ts";
import { monitorTrainingMonthModels } from "./deployed-monitoring.ts";
import { InsufficientEventsError, trainTask } from "./train-task.ts";
export const MODELS_VERSION = "1.0.0";
/** Rounds every feature to 6 significant digits once, so that the page sees exactly what was scored. */
function rounded(rows) {
    return rows.map((r) => ({ ...r, features: Object.fromEntries(Object.entries(r.features).map(([k, v]) => [k, v === null ? null : Number(v.toPrecision(6))])) }));
}
/** Trains a task; too few events (an early data cut, a small study) gives an UntrainedTask instead of failing the build. */
async function trainOrExplain(rows, options) {
    try {
        return await trainTask(rows, options);
    }
    catch (error) {
        if (!(error instanceof InsufficientEventsError))
            throw error;
        return { task: options.task, status: "not trained", reason: error.message, rows: rows.length, events: rows.filter((r) => r.label === 1).length };
    }
}
export async function modelInputs(study, month) {
    const snapshot = await buildSnapshot(study, month);
    const tables = await tablesFromSnapshot(snapshot.members, snapshot.record.cut_date);
    let rows = null;
    return {
        study,
        month,
        cutDate: tables.cutDate,
        snapshotSha: snapshot.record.members.find((m) => m.name === "snapshot.json")?.sha256 ?? "",
        subjectsSha: snapshot.record.members.find((m) => m.name === "subjects.parquet")?.sha256 ?? "",
        cacheKey: modelCacheKey(study, month, snapshot.members),
        rows() {
            if (rows)
                return rows;
            let histories;
            try {
                histories = subjectHistories(tables);
            }
            catch (error) {
                if (!(error instanceof MissingModelInputError))
                    throw error;
                return (rows = error);
            }
            const cut = epochDay(tables.cutDate, "data cut");
            return (rows = { dropout: rounded(dropoutRows(histories, cut)), adverseEvents: rounded(aeRows(histories, cut)) });
        },
    };
}
/** Trains both tasks on a study-month's rows (or explains why not) and writes the model card. */
async function trainModels(inputs) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const { study, month, cutDate, snapshotSha, subjectsSha } = inputs;
    const rows = inputs.rows();
    if (rows instanceof MissingModelInputError) {
        const reason = rows.message;
        const untrained = (task) => ({ task, status: "not trained", reason, rows: 0, events: 0 });
        const dropout = untrained("dropout");
        const adverseEvents = untrained("adverse-events");
        const card = modelCard({ study, month, cutDate, snapshotSubjectsSha256: subjectsSha, snapshotSha, version: MODELS_VERSION, dropout, adverseEvents, ms: Math.round(performance.now() - start), cpuMs: 0 });
        return { dropout, adverseEvents, card };
    }
    const dropout = await trainOrExplain(rows.dropout, { task: "dropout", features: DROPOUT_FEATURES, ...DROPOUT_BUDGET });
    const adverseEvents = await trainOrExplain(rows.adverseEvents, { task: "adverse-events", features: AE_FEATURES, ...ADVERSE_EVENT_BUDGET });
    const cpu = process.cpuUsage(cpuStart);
    const card = modelCard({ study, month, cutDate, snapshotSubjectsSha256: subjectsSha, snapshotSha, version: MODELS_VERSION, dropout, adverseEvents, ms: Math.round(performance.now() - start), cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
    return { dropout, adverseEvents, card };
}
/** The trained models of a study-month, from the model cache when the same inputs were trained before. */
export async function trainedModels(inputs) {
    return cachedJson(inputs.cacheKey, () => trainModels(inputs));
}
/**
 * The models of one study-month (trained on its snapshot) and the monitoring of the study's
 * training-month models on this month's data (src/models/deployed-monitoring.ts).
 */
export async function buildModels(study, month) {
    const inputs = await modelInputs(study, month);
    const built = await trainedModels(inputs);
    const monitoring = await monitorTrainingMonthModels(inputs, built);
    return { ...built, monitoring };
}
