/**
 * Prints the achieved test metrics of both prediction tasks for the given study-months (default:
 * the latest data cut of every study) as a Markdown table, then the monitoring of the training-month
 * models on the same cuts (AUROC range over the later months, drift flags), for docs/prediction-models.md:
 *   npx tsx src/models/summarize-metrics.ts [STUDY@YYYY-MM ...]
 * It reads the build's own artifacts (src/pipeline), running the data steps first when they are
 * not in the store, so the figures are exactly the site's.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { studies } from "../foundation/registry.ts";
import { artifactOf, buildArtifacts } from "../pipeline/run-pipeline.ts";
import type { ModelsMonitoring } from "./deployed-monitoring.ts";
import { fairnessGaps } from "./fairness-gaps.ts";
import type { ModelsBuild } from "./models-build.ts";

const targets = process.argv.slice(2).length
  ? process.argv.slice(2).map((s) => s.split("@") as [string, string])
  : studies.map((s) => [s.id, s.dataCuts[s.dataCuts.length - 1] as string] as [string, string]);

const f = (x: number | null, d = 3) => (x === null ? "–" : x.toFixed(d));
console.log(
  "| study-month | task | rows (test events) | AUROC MLP [95% CI] | AUROC logistic | CV AUROC logistic (mean) | ECE MLP | cal. slope MLP | sex gap | age gap | training s |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
const monitoringLines: string[] = [];
const range = (xs: Array<number | null>) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? `${f(Math.min(...v))} to ${f(Math.max(...v))}` : "–";
};
const { plan } = await buildArtifacts(
  targets.map(([study, month]) => ({ study, month })),
  { log: (line) => console.error(line) },
);
const readJson = async (dir: string, name: string) => JSON.parse(await readFile(path.join(dir, "models", name), "utf-8"));
for (const [study, month] of targets) {
  const modelsDir = artifactOf(plan, "models", study, month);
  const built: ModelsBuild & { monitoring: ModelsMonitoring } = {
    dropout: await readJson(modelsDir, "dropout.json"),
    adverseEvents: await readJson(modelsDir, "adverse-events.json"),
    card: await readJson(modelsDir, "model-card.json"),
    monitoring: await readJson(artifactOf(plan, "monitoring", study, month), "monitoring.json"),
  };
  for (const [task, m] of [
    ["dropout", built.monitoring.dropout],
    ["adverse-events", built.monitoring.adverseEvents],
  ] as const) {
    if (m.status !== "monitored") {
      monitoringLines.push(`| ${study} ${month} | ${task} | ${m.status}: ${m.reason} | | | | | |`);
      continue;
    }
    const flaggedFeatures = [...new Set(m.drift.filter((c) => c.flagged).map((c) => c.feature))];
    const alerts = m.decay.p_mlp.filter((d) => d.status === "alert" || d.status === "warning").map((d) => `${d.month} ${d.status}`);
    monitoringLines.push(
      `| ${study} ${month} | ${task} | ${m.trainingMonth} | ${m.months.length} (${m.scored.rows.length.toLocaleString("en-US")} rows) | ${range(m.decay.p_mlp.map((d) => d.auroc))} | ${range(m.decay.p_logistic.map((d) => d.auroc))} | ${alerts.length ? alerts.join(", ") : "none"} | ${m.drift.filter((c) => c.flagged).length} of ${m.drift.length} (${flaggedFeatures.length} features) |`,
    );
  }
  for (const t of [built.dropout, built.adverseEvents]) {
    if ("status" in t) {
      console.log(`| ${study} ${month} | ${t.task} | ${t.rows} (${t.events}) | not trained: ${t.reason} | | | | | | | |`);
      continue;
    }
    const m = t.metrics.mlp;
    const gaps = fairnessGaps(t, "p_mlp");
    const cv = t.crossValidation.logisticAuroc.reduce((s, x) => s + x, 0) / t.crossValidation.logisticAuroc.length;
    console.log(
      `| ${study} ${month} | ${t.task} | ${t.split.test.rows} (${t.split.test.events}) | ${f(m.auroc)} [${f(m.aurocLower)}, ${f(m.aurocUpper)}] | ${f(t.metrics.logistic.auroc)} | ${f(cv)} | ${f(m.ece, 4)} | ${f(m.calibrationSlope, 2)} | ${f(gaps.sex)} | ${f(gaps.age)} | ${(t.ms / 1000).toFixed(1)} |`,
    );
  }
}
console.log("");
console.log("| study-month | task | training month | later months (rows) | AUROC MLP by month | AUROC logistic by month | MLP warnings and alerts | drift cells flagged |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const line of monitoringLines) console.log(line);
