/**
 * Prints the achieved test metrics of both prediction tasks for the given study-months (default:
 * the latest data cut of every study) as a Markdown table, for the README:
 *   npx tsx src/models/summarize-metrics.ts [STUDY@YYYY-MM ...]
 * It trains exactly as the models loader does (same code, same seed).
 */
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { studies } from "../studies/registry.ts";
import { buildModels } from "./build-models.ts";
import { fairnessGaps } from "./fairness-gaps.ts";

const targets = process.argv.slice(2).length
  ? process.argv.slice(2).map((s) => s.split("@") as [string, string])
  : studies.map((s) => [s.id, s.dataCuts[s.dataCuts.length - 1] as string] as [string, string]);

const f = (x: number | null, d = 3) => (x === null ? "–" : x.toFixed(d));
console.log("| study-month | task | rows (test events) | AUROC MLP [95% CI] | AUROC logistic | CV AUROC logistic (mean) | ECE MLP | cal. slope MLP | sex gap | age gap | training s |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [study, month] of targets) {
  const built = await buildModels(study, month);
  for (const t of [built.dropout, built.adverseEvents]) {
    if ("status" in t) {
      console.log(`| ${study} ${month} | ${t.task} | ${t.rows} (${t.events}) | not trained: ${t.reason} | | | | | | | |`);
      continue;
    }
    const m = t.metrics.mlp;
    const gaps = fairnessGaps(t, "p_mlp");
    const cv = t.crossValidation.logisticAuroc.reduce((s, x) => s + x, 0) / t.crossValidation.logisticAuroc.length;
    console.log(`| ${study} ${month} | ${t.task} | ${t.split.test.rows} (${t.split.test.events}) | ${f(m.auroc)} [${f(m.aurocLower)}, ${f(m.aurocUpper)}] | ${f(t.metrics.logistic.auroc)} | ${f(cv)} | ${f(m.ece, 4)} | ${f(m.calibrationSlope, 2)} | ${f(gaps.sex)} | ${f(gaps.age)} | ${(t.ms / 1000).toFixed(1)} |`);
  }
}
await closeDuckDb();
