/**
 * Monitoring of a deployed model across data cuts. A study's models are deployed when they are
 * first trained (the training month: the earliest data cut on which the task trains); every later
 * month's report scores that month's data with the training month's models and reports
 *   - drift: the KS statistic of each feature between the training month's reference rows and the
 *     rows of each later calendar month (flag above 0.2);
 *   - decay: the AUROC of the deployed models by calendar month (alert below 0.75, warning below 0.80).
 * The rows monitored are this cut's prediction rows whose prediction date is after the training
 * cut: times the deployed model could not have seen, with labels observable by this cut. Their
 * features are computed on this cut's snapshot, point in time correct, like every prediction row.
 * The scored rows go into the artifact, so that the page recomputes the decay with the same code.
 */
import { aurocByMonth, columnarRows, featureDriftByMonth, linearRisk, recalibrate, rowMonths, scaleFeatures, type MonitoredRow, type TaskMonitoring } from "@trial/estimators";
import { isTrained, type ModelInputs, type ModelsBuild } from "./models-build.ts";
import { mlpNetwork, mlpPredict } from "./mlp.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import type { TaskArtifact } from "./train-task.ts";

export type TaskKey = "dropout" | "adverseEvents";

export type { TaskMonitoring };

export interface ModelsMonitoring {
  study: string;
  month: string;
  dropout: TaskMonitoring;
  adverseEvents: TaskMonitoring;
}

/** An earlier data cut's trained models (the models step's output of that month). */
export interface EarlierModels {
  month: string;
  cutDate: string;
  built: ModelsBuild;
}

/** Scores rows with a trained task's recalibrated logistic and MLP models (as the page does). */
export async function scoreWithArtifact(artifact: TaskArtifact, rows: readonly PredictionRow[]): Promise<{ p_logistic: number[]; p_mlp: number[] }> {
  const Z = rows.map((r) => scaleFeatures(artifact.scaling, r.features));
  const p_logistic = Z.map((z) => recalibrate(artifact.logistic.recalibration, linearRisk(artifact.logistic, z)));
  if (Z.length === 0) return { p_logistic, p_mlp: [] };
  return { p_logistic, p_mlp: mlpPredict(mlpNetwork(artifact.mlp.model), Z).map((p) => recalibrate(artifact.mlp.recalibration, p)) };
}

async function monitorTask(task: TaskKey, inputs: ModelInputs, built: ModelsBuild, earlier: readonly EarlierModels[]): Promise<TaskMonitoring> {
  let deployed: { inputs: { month: string; cutDate: string }; artifact: TaskArtifact } | null = null;
  for (const e of earlier) {
    const t = e.built[task];
    if (isTrained(t)) {
      deployed = { inputs: e, artifact: t };
      break;
    }
  }
  if (!deployed) {
    return isTrained(built[task])
      ? {
          status: "training month",
          trainingMonth: inputs.month,
          reason: `${inputs.month} is the first data cut on which this model was trained; later months are monitored against it`,
        }
      : { status: "not monitored", trainingMonth: null, reason: "no model was trained on this or an earlier data cut" };
  }
  const rows = inputs.rows();
  if (rows instanceof Error) return { status: "not monitored", trainingMonth: deployed.inputs.month, reason: rows.message };
  const after = rows[task].filter((r) => r.date > deployed.inputs.cutDate);
  if (after.length === 0)
    return {
      status: "not monitored",
      trainingMonth: deployed.inputs.month,
      reason: `no prediction time after the training cut (${deployed.inputs.cutDate}) has its label observed by this cut`,
    };
  const p = await scoreWithArtifact(deployed.artifact, after);
  const scoredRows: MonitoredRow[] = after.map((r, i) => ({ date: r.date, label: r.label, p_logistic: p.p_logistic[i] as number, p_mlp: p.p_mlp[i] as number }));
  const featureRows: MonitoredRow[] = after.map((r) => ({ date: r.date, ...r.features }));
  return {
    status: "monitored",
    trainingMonth: deployed.inputs.month,
    trainingCutDate: deployed.inputs.cutDate,
    months: rowMonths(scoredRows),
    scored: { columns: ["date", "label", "p_logistic", "p_mlp"], rows: scoredRows.map((r) => [r.date, r.label, r.p_logistic, r.p_mlp] as Array<string | number | null>) },
    drift: featureDriftByMonth(columnarRows(deployed.artifact.reference), featureRows, deployed.artifact.features),
    decay: { p_logistic: aurocByMonth(scoredRows, "p_logistic"), p_mlp: aurocByMonth(scoredRows, "p_mlp") },
  };
}

/**
 * Monitors the study's training-month models (both tasks) on this study-month's rows.
 *
 * @param earlier the models of every earlier data cut of the study, in ascending month order
 */
export async function monitorTrainingMonthModels(inputs: ModelInputs, built: ModelsBuild, earlier: readonly EarlierModels[]): Promise<ModelsMonitoring> {
  const sorted = [...earlier].filter((e) => e.month < inputs.month).sort((a, b) => a.month.localeCompare(b.month));
  return {
    study: inputs.study,
    month: inputs.month,
    dropout: await monitorTask("dropout", inputs, built, sorted),
    adverseEvents: await monitorTask("adverseEvents", inputs, built, sorted),
  };
}
