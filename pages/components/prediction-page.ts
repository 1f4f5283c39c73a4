/**
 * The prediction pages (dropout, adverse events): one component for both. The page loads the
 * study-month's files and calls this; each section of the page is one call returning an element.
 * Every number is recomputed here from the artifact's test predictions with the build's estimator
 * code (model-evaluation.ts), and the figures come from one chart module each (roc-chart.ts,
 * precision-recall-chart.ts, reliability-chart.ts). Plot, Inputs and html are passed in, so that
 * the page and this component use the same copies.
 *
 * A task with too few events on the cut was not trained: `artifact` is then a promise that never
 * settles, so every cell that needs the model waits (nothing is drawn, nothing fails) and the
 * page says why (`notTrained`).
 *
 * The artifact and the monitoring file hold patient-level rows (each test row's subject, date,
 * features and label; each later row's date, label and scores), so an encrypted site encrypts them:
 * the page passes `patientJson(...)`, promises that wait for the reader's passphrase. What the page
 * knows without them comes from the model card (whether the task was trained, its test AUROC,
 * split and limits), an aggregate; `locked` says what appears once the page is unlocked.
 */
import { aurocByMonth, type TaskMonitoring } from "@trial/estimators";
import type { PredictionTask, TaskArtifact } from "@trial/foundation";
import { agreementBadge, compareResults, type Engines } from "./agreement.js";
import { bandTicks } from "./band-ticks.js";
import { downloadCsvButton } from "./download.js";
import {
  alertStats,
  columnarRows,
  costAnalysis,
  currentRisk,
  curves,
  drift,
  fairness,
  headlineMetrics,
  logisticExplanation,
  mlpPredictor,
  recomputedPredictions,
  storedPredictions,
  type ModelKey,
  type Row,
} from "./model-evaluation.js";
import { monitoringSection } from "./monitoring-section.js";
import { lockedNote } from "./patient-data.js";
import type { StudySummary } from "./picker.js";
import type { PlotModule } from "./plot-module.js";
import { f3, f4, fmt } from "./prediction-format.js";
import type { ReliabilityData } from "./reliability-chart.js";
import { studyHeader } from "./study-header.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Drawing {
  Plot: PlotModule;
  Inputs: any;
  html: (strings: TemplateStringsArray, ...values: unknown[]) => HTMLElement;
}

/** What the build wrote instead of an artifact when a task could not be trained. */
export interface UntrainedTask {
  task: PredictionTask;
  status: "not trained";
  reason: string;
  rows: number;
  events: number;
}

/** The part of model-card.json the page shows (src/models/model-card.ts writes it). */
export interface ModelCardView {
  cutDate: string;
  version: string;
  snapshot: { subjectsSha256: string };
  trainingMs: number;
  trainingCpuMs: number;
  limits: string[];
  tasks: Array<any>;
}

/** A study-month's files the prediction page reads. */
export interface PredictionPageData {
  studies: StudySummary[];
  study: string;
  month: string;
  /** models/<task>.json: the artifact (or why the task was not trained); a promise while the page is locked. */
  loaded: TaskArtifact | UntrainedTask | Promise<TaskArtifact | UntrainedTask>;
  card: ModelCardView;
  /** models/monitoring.json (the training-month models' scores on later rows: patient-level); a promise while the page is locked. */
  monitoring: MonitoringFile | Promise<MonitoringFile>;
  engines: Engines;
}

/** What models/monitoring.json holds, per task. */
export interface MonitoringFile {
  dropout: TaskMonitoring;
  adverseEvents: TaskMonitoring;
}

/** What differs between the two tasks, besides their prose. */
export const predictionTasks = {
  dropout: { monitoring: "dropout", csv: "dropout", outcome: ["discontinued within 28 days", "stayed on study"] },
  "adverse-events": { monitoring: "adverseEvents", csv: "ae", outcome: ["adverse event within 14 days", "no adverse event within 14 days"] },
} as const satisfies Record<PredictionTask, { monitoring: keyof MonitoringFile; csv: string; outcome: readonly [string, string] }>;

const MODELS: Array<[ModelKey, string]> = [
  ["p_mlp", "MLP (TF.js)"],
  ["p_logistic", "Logistic"],
];

/** The page of one task: the sections that need no model, and `evaluate` for those that do. */
export function predictionPage(task: PredictionTask, data: PredictionPageData, drawing: Drawing) {
  const { Inputs, html } = drawing;
  const { card } = data;
  // The model card says whether the task was trained (an untrained task's entry is the reason), so a locked page knows too.
  const entry = card.tasks.find((t) => t.task === task);
  if (entry === undefined) throw new Error(`model-card.json of ${data.study} ${data.month} has no entry for the ${task} task`);
  const trained = !("status" in entry);
  const study = data.studies.find((s) => s.id === data.study);
  return {
    study,
    trained,
    /** The artifact, or (not trained) a promise that never settles. */
    artifact: (trained ? Promise.resolve(data.loaded) : new Promise<never>(() => {})) as Promise<TaskArtifact>,
    /** The monitoring file (waits while the page is locked). */
    monitored: Promise.resolve(data.monitoring),
    header: () => studyHeader(data.studies, { study: data.study, month: data.month, slug: task }),
    notTrained: () => {
      const u = entry as UntrainedTask;
      return html`<p id="not-trained"><span class="badge fail">not trained</span> No model for this data cut: ${u.reason} (${u.rows} rows, ${u.events} events).</p>`;
    },
    /** While the page is locked: what waits for the passphrase (nothing on an unlocked or unencrypted page). */
    locked: () =>
      trained
        ? lockedNote(
            "Every section below but the model card (metrics, curves, fairness, monitoring, drift, the what-if and the subject view: recomputed from the models' test and scored rows)",
            { id: "prediction-locked" },
          )
        : document.createDocumentFragment(),
    modelInput: () =>
      Inputs.radio(
        new Map([
          ["MLP (TF.js)", "p_mlp"],
          ["Logistic regression", "p_logistic"],
        ]),
        { label: "Model", value: "p_mlp", disabled: !trained },
      ),
    /** The monitoring section of the chosen model, from the monitoring file (`monitored`, once it has loaded). */
    monitoring: (file: MonitoringFile, key: ModelKey) => monitoringSection(file[predictionTasks[task].monitoring], key, drawing, data.engines),
    evaluate: (artifact: TaskArtifact) => predictionEvaluation(task, data, artifact, drawing),

    /** The model card of this task (the build's aggregates: shown on a locked page too). */
    modelCard: () => {
      if (!trained) return html`<p class="muted">No model card: the task was not trained on this cut.</p>`;
      const t = entry;
      return html`<table id="model-card-table">
        <tr><th>Predicts</th><td>${t.predicts}</td></tr>
        <tr><th>Rows</th><td>${t.rows}</td></tr>
        <tr><th>Data range</th><td>${t.dataRange.from} to ${t.dataRange.to} (cut ${card.cutDate})</td></tr>
        <tr><th>Split</th><td>${["train", "validation", "test"].map((s) => `${s}: ${t.split[s].subjects} subjects, ${t.split[s].rows} rows, ${t.split[s].events} events`).join("; ")}</td></tr>
        <tr><th>Features</th><td>${t.features.join(", ")}</td></tr>
        <tr><th>Training</th><td>${t.training} MLP trained on ${t.mlpTrainRows} rows for ${t.mlpEpochs} epochs (best ${t.mlpBestEpoch}).</td></tr>
        <tr><th>Test AUROC</th><td id="model-card-auroc">MLP ${fmt(t.metrics.mlp.auroc)} (${fmt(t.metrics.mlp.aurocLower)}–${fmt(t.metrics.mlp.aurocUpper)}), logistic ${fmt(t.metrics.logistic.auroc)} (${fmt(t.metrics.logistic.aurocLower)}–${fmt(t.metrics.logistic.aurocUpper)})</td></tr>
        <tr><th>Snapshot</th><td><code>subjects.parquet</code> SHA-256 ${card.snapshot.subjectsSha256.slice(0, 16)}…; models v${card.version}; training ${(card.trainingMs / 1000).toFixed(1)} s (${(card.trainingCpuMs / 1000).toFixed(1)} CPU s)</td></tr>
        <tr><th>Limits</th><td><ul>${card.limits.map((l) => html`<li>${l}</li>`)}</ul></td></tr>
      </table>`;
    },
  };
}

/** The sections that need the trained models, recomputed from the artifact's test rows. */
export function predictionEvaluation(task: PredictionTask, data: PredictionPageData, artifact: TaskArtifact, { Plot, Inputs, html }: Drawing) {
  const { engines } = data;
  const csv = `${data.study}_${data.month}_${predictionTasks[task].csv}`;
  const testRows: Row[] = columnarRows(artifact.test);
  const referenceRows: Row[] = columnarRows(artifact.reference);
  const metrics = { p_mlp: headlineMetrics(testRows, "p_mlp"), p_logistic: headlineMetrics(testRows, "p_logistic") };
  const metricRows = MODELS.map(([key, model]) => ({ model, ...metrics[key] }));
  const predictMlp = mlpPredictor(artifact);
  const table = (rows: unknown[], options: object) => Inputs.table(rows, { select: false, layout: "auto", ...options });
  const strataTable = (strata: unknown[], columns?: string[]) =>
    table(strata, {
      header: { stratum: "Stratum", from: "Risk from", to: "to", subjects: "Subjects", action: "Recommended action" },
      ...(columns ? { columns } : {}),
      format: { from: f3, to: f3 },
    });

  return {
    testRows,
    metrics,

    /** The test-set metrics of both models, the check against the build's, the cross-validated AUROC, a CSV. */
    metricsSection: () => html`<div>
      ${table(metricRows, {
        columns: ["model", "n", "events", "auroc", "aurocLower", "aurocUpper", "averagePrecision", "brier", "ece", "calibrationSlope", "calibrationIntercept"],
        header: {
          model: "Model",
          n: "Rows",
          events: "Events",
          auroc: "AUROC",
          aurocLower: "95% CI low",
          aurocUpper: "95% CI high",
          averagePrecision: "PR-AUC (AP)",
          brier: "Brier",
          ece: "ECE",
          calibrationSlope: "Cal. slope",
          calibrationIntercept: "Cal. intercept",
        },
        format: { auroc: f3, aurocLower: f3, aurocUpper: f3, averagePrecision: f3, brier: f4, ece: f4, calibrationSlope: f3, calibrationIntercept: f3 },
      })}
      ${agreementBadge(compareResults({ mlp: artifact.metrics.mlp, logistic: artifact.metrics.logistic }, { mlp: metrics.p_mlp, logistic: metrics.p_logistic }), { id: "metrics-check", what: "the test-set metrics of both models", engines })}
      <p>Cross-validated AUROC of the logistic model (5 folds): ${artifact.crossValidation.logisticAuroc.map((x) => fmt(x)).join(", ")}.</p>
      ${downloadCsvButton(metricRows, `${csv}_metrics.csv`)}
    </div>`,

    /** Both models re-run here on the stored test rows (the MLP through the engine-independent forward pass). */
    predictionCheck: () =>
      agreementBadge(compareResults(storedPredictions(testRows), recomputedPredictions(artifact, testRows)), {
        id: "prediction-check",
        what: `the predictions of both models on the ${testRows.length} test rows (MLP ${artifact.features.length} → 64 → 32 → 1, ${artifact.mlp.epochs} epochs, best ${artifact.mlp.bestEpoch})`,
        engines,
      }),

    /** ROC, PR and reliability points of a model. */
    curves: (key: ModelKey) => curves(testRows, key),

    /** The reliability-chart data of a model. */
    calibration: (key: ModelKey): ReliabilityData => ({
      bins: curves(testRows, key).reliability,
      ece: metrics[key].ece,
      slope: metrics[key].calibrationSlope,
      intercept: metrics[key].calibrationIntercept,
    }),

    /** AUROC by sex and age group, and the gap within each. */
    fairness: (key: ModelKey) => {
      const fair = fairness(testRows, key);
      return html`<div>
        ${table(fair.groups, { header: { attribute: "Attribute", group: "Group", rows: "Rows", events: "Events", auroc: "AUROC" }, format: { auroc: f3 } })}
        <p id="fairness-gaps">${fair.gaps.map((g) => html`<span class="badge ${g.gap !== null && g.gap < 0.05 ? "ok" : "fail"}">${g.attribute} gap ${fmt(g.gap)}</span> `)}</p>
      </div>`;
    },

    /** Feature drift between this cut's training and test rows by month, and the test AUROC by month. */
    drift: (key: ModelKey) => {
      const dr = drift(referenceRows, testRows, artifact.features);
      const flagged = dr.cells.filter((d) => d.flagged);
      return html`<div>
        ${Plot.plot({
          title: `KS statistic vs training rows: the ${dr.shown.length} features with the largest drift of ${artifact.features.length}`,
          width: 900,
          height: 60 + 22 * dr.shown.length,
          marginLeft: 150,
          x: { type: "band", label: "Month of prediction", ticks: bandTicks([...new Set(dr.topCells.map((d) => d.month))].sort(), 900 - 170, 56) },
          y: { label: null, domain: dr.shown },
          color: { type: "linear", domain: [0, 0.5], scheme: "oranges", legend: true, label: "KS" },
          marks: [
            Plot.cell(dr.topCells, { x: "month", y: "feature", fill: "ks", tip: true }),
            Plot.text(
              dr.topCells.filter((d) => d.flagged),
              { x: "month", y: "feature", text: () => "▲", fill: "black" },
            ),
          ],
        })}
        <p id="drift-flags">${flagged.length} feature-month cells above 0.2 (▲) of ${dr.cells.length}.</p>
        ${table(aurocByMonth(testRows, key), { header: { month: "Month", rows: "Rows", events: "Events", auroc: "AUROC", status: "Status" }, format: { auroc: f3 } })}
      </div>`;
    },

    /** Dropout: the expected cost by threshold, its minimum, and the risk strata around the break-even risk. */
    costWhatIf: (key: ModelKey, costIntervention: number, costDropout: number) => {
      const cost = costAnalysis(testRows, key, costIntervention, costDropout);
      const breakEven = costDropout > 0 ? Math.min(1, costIntervention / costDropout) : 1;
      const risk = currentRisk(testRows, key, breakEven);
      const view = html`<div>
        ${Plot.plot({
          title: "Expected cost on the test rows by threshold",
          width: 640,
          height: 300,
          // Costs run to six digits with thousands separators ("150,000"): Plot's default 40 px cut them.
          marginLeft: 64,
          x: { label: "Threshold (predicted risk)" },
          y: { label: "Cost", grid: true },
          marks: [
            Plot.line(cost.curve, { x: "threshold", y: "cost", stroke: "steelblue" }),
            Plot.ruleX([cost.best.threshold], { stroke: "crimson" }),
            Plot.dot([cost.best], { x: "threshold", y: "cost", fill: "crimson", tip: true }),
          ],
        })}
        <p id="cost-minimum">Cost-minimising threshold <b>${fmt(cost.best.threshold, 2)}</b>: ${cost.best.flagged} of ${testRows.length} rows flagged, ${cost.best.tp} dropouts caught, ${cost.best.fn} missed, cost ${Math.round(cost.best.cost).toLocaleString("en-US")} (${fmt(cost.best.costPerSubject, 1)} per row).</p>
        <p>Risk strata of each test subject's latest prediction, around the break-even risk ${fmt(breakEven, 3)} (cost of an intervention / cost of a dropout): critical ≥ 2×, high ≥ 1×, moderate ≥ ½×.</p>
        ${strataTable(risk.strata)}
        ${downloadCsvButton(
          (risk.subjects as Array<Row & { risk: number; stratum: string }>).map(({ subject_id, date, risk, stratum }) => ({ subject_id, date, risk, stratum })),
          `${csv}_strata.csv`,
        )}
      </div>`;
      return { view, risk };
    },

    /** Adverse events: alerts, precision and recall at a threshold and across thresholds, and the risk strata around it. */
    alertWhatIf: (key: ModelKey, threshold: number) => {
      const alerts = alertStats(testRows, key, threshold);
      // The thresholds 0, 0.005, …, 0.5 (as d3.range(0, 0.5001, 0.005): i × 0.005).
      const sweep = Array.from({ length: 101 }, (_, i) => alertStats(testRows, key, i * 0.005)).flatMap((a) => [
        { threshold: a.threshold, measure: "precision", value: a.precision },
        { threshold: a.threshold, measure: "recall", value: a.recall },
      ]);
      const risk = currentRisk(testRows, key, threshold);
      const view = html`<div>
        <p id="alert-stats">At threshold <b>${fmt(threshold, 3)}</b>: <b>${alerts.alerts}</b> alerts on the ${testRows.length} test rows over ${fmt(alerts.weeks, 1)} weeks, <b>${fmt(alerts.alertsPerWeek, 1)}</b> alerts per week; precision <b>${fmt(alerts.precision)}</b>, recall <b>${fmt(alerts.recall)}</b> (${alerts.tp} of ${alerts.tp + alerts.fn} events).</p>
        ${Plot.plot({
          title: "Precision and recall by alert threshold",
          width: 640,
          height: 280,
          x: { label: "Threshold" },
          y: { label: null, domain: [0, 1], grid: true },
          color: { legend: true },
          marks: [
            Plot.line(
              sweep.filter((d) => d.value !== null),
              { x: "threshold", y: "value", stroke: "measure" },
            ),
            Plot.ruleX([threshold], { stroke: "crimson" }),
          ],
        })}
        ${strataTable(risk.strata, ["stratum", "from", "to", "subjects"])}
      </div>`;
      return { view, risk };
    },

    /** The subject picker, on the highest current risk by default. */
    subjectInput: (risk: { subjects: Array<{ subject_id: unknown; risk: number }> }) => {
      const ids = [...new Set(testRows.map((r) => r.subject_id))].sort();
      return Inputs.select(ids, { label: "Subject", value: risk.subjects.slice().sort((a, b) => b.risk - a.risk)[0]?.subject_id });
    },

    /** One subject's latest risk, what drives the logistic model, and the MLP's occlusion effects. */
    subject: (picked: unknown) => {
      const rowsOf = testRows.filter((r) => r.subject_id === picked).sort((a, b) => (a.t as number) - (b.t as number));
      const current = rowsOf[rowsOf.length - 1] as Row;
      const explained = logisticExplanation(artifact, current);
      const base = predictMlp([explained.z])[0] as number;
      const occlusion = artifact.features
        .map((f, j) => ({ feature: f, value: base - (predictMlp([explained.z.map((v, k) => (k === j ? 0 : v))])[0] as number), raw: current[f] }))
        .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
        .slice(0, 8);
      const [yes, no] = predictionTasks[task].outcome;
      const bars = (title: string, rows: unknown[], label: string, sort?: object) =>
        Plot.plot({
          title,
          width: 420,
          height: 260,
          marginLeft: 130,
          x: { label, grid: true },
          y: { label: null },
          marks: [
            Plot.barX(rows, { x: "value", y: "feature", fill: (d: { value: number }) => (d.value > 0 ? "crimson" : "steelblue"), ...(sort ? { sort } : {}), tip: true }),
            Plot.ruleX([0]),
          ],
        });
      return html`<div>
        <p id="subject-risk">Subject <b>${picked}</b> on study day ${current.t} (${current.date}): MLP risk <b>${fmt(current.p_mlp as number)}</b>, logistic risk <b>${fmt(current.p_logistic as number)}</b>; outcome ${current.label ? yes : no}.</p>
        <div class="grid grid-cols-2">
          <div>${bars("Logistic: contribution to the log-odds (βz)", explained.contributions.slice(0, 8), "log-odds", { y: "-x", reduce: (v: number[]) => Math.abs(v[0] as number) })}</div>
          <div>${bars("MLP: risk change when the feature is set to the training mean", occlusion, "risk")}</div>
        </div>
      </div>`;
    },
  };
}
