/**
 * The dropout and adverse-event pages of every study-month in Chromium: the metrics the page
 * recomputes from the test predictions equal the build's artifact, the TF.js model re-run in the
 * browser reproduces the build's predictions, the training-month models' decay across later data
 * cuts matches an independent AUROC, the what-if controls change the numbers, no console
 * error and no request off the site's origin. Screenshots go to test-results/e2e/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studyMonths } from "../../src/foundation/registry.ts";
import { distDir, startSite, type Site } from "./harness.ts";

/** The artifact member as built into dist/ (Framework adds a content hash to the name). */
function builtArtifact(study: string, month: string, member: string): any {
  const dir = path.join(distDir, "_file", "data", "built", study, month, "models");
  const stem = member.replace(/\.json$/, "");
  const file = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`${dir} has no ${member}`);
  return JSON.parse(readFileSync(path.join(dir, file), "utf-8"));
}

/** The cells of the metrics table row whose first cell is `model`. */
async function metricsRow(page: Page, model: string): Promise<string[]> {
  const row = page.locator("table tr", { has: page.locator(`td:text-is("${model}")`) }).first();
  // Inputs.table's first cell is the (empty) selection column.
  return (await row.locator("td").allTextContents()).map((s) => s.trim()).slice(1);
}

/** A task the build could not train (too few events, missing columns): the page says why. Returns true then. */
async function checkNotTrained(page: Page, artifact: any): Promise<boolean> {
  if (artifact.status !== "not trained") return false;
  await page.locator("#not-trained").waitFor({ timeout: 60_000 });
  expect(await page.textContent("#not-trained")).toContain(artifact.reason);
  return true;
}

async function checkCommon(page: Page, artifact: any) {
  // The site's one agreement rule: the build's numbers recomputed in this browser, bit for bit.
  await page.locator("#metrics-check").waitFor({ timeout: 120_000 });
  expect(await page.getAttribute("#metrics-check", "data-status")).toBe("identical");
  await page.locator("#prediction-check").waitFor({ timeout: 120_000 });
  expect(await page.getAttribute("#prediction-check", "data-status")).toBe("identical");
  expect(await page.getAttribute("#prediction-check", "data-engines")).toMatch(/^Node v\d+.* \| (Chromium|HeadlessChrome|Chrome)/);
  const mlp = await metricsRow(page, "MLP (TF.js)");
  const logistic = await metricsRow(page, "Logistic");
  // Columns: model, rows, events, AUROC, CI low, CI high, AP, Brier, ECE, ...
  expect(Number(mlp[1]?.replace(/,/g, ""))).toBe(artifact.metrics.mlp.n);
  expect(mlp[3]).toBe(artifact.metrics.mlp.auroc.toFixed(3));
  expect(mlp[4]).toBe(artifact.metrics.mlp.aurocLower.toFixed(3));
  expect(mlp[6]).toBe(artifact.metrics.mlp.averagePrecision.toFixed(3));
  expect(mlp[8]).toBe(artifact.metrics.mlp.ece.toFixed(4));
  expect(logistic[3]).toBe(artifact.metrics.logistic.auroc.toFixed(3));
  expect(logistic[7]).toBe(artifact.metrics.logistic.brier.toFixed(4));
  await page.locator("#fairness-gaps .badge").first().waitFor();
  await page.locator("#model-card-table").waitFor();
  await page.locator("#subject-risk").waitFor({ timeout: 60_000 });
}

/** AUROC as the Mann–Whitney probability P(score of an event > score of a non-event), ties 1/2: independent of the estimator library. */
function mannWhitneyAuroc(scores: number[], labels: number[]): number {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/**
 * The "Monitoring since the training month" section: the training-month model's AUROC by month on
 * this cut's later rows, as shown (default model: MLP), equals the Mann–Whitney AUROC of the built
 * monitoring.json's scored rows; the page says its decay table equals the build's.
 */
async function checkMonitoring(page: Page, monitoring: any, month: string) {
  await page.locator("#monitoring-status").waitFor({ timeout: 120_000 });
  const status = (await page.textContent("#monitoring-status")) ?? "";
  if (monitoring.status !== "monitored") {
    expect(status).toContain(monitoring.reason);
    if (monitoring.status === "training month") expect(monitoring.trainingMonth).toBe(month);
    return;
  }
  expect(monitoring.trainingMonth < month).toBe(true);
  expect(await page.getAttribute("#monitoring-agreement", "data-status")).toBe("identical");
  expect(status).toContain(`trained on the ${monitoring.trainingMonth} data cut`);
  const [dateIdx, labelIdx, mlpIdx] = ["date", "label", "p_mlp"].map((c) => monitoring.scored.columns.indexOf(c)) as [number, number, number];
  for (const m of monitoring.months as string[]) {
    const rows = monitoring.scored.rows.filter((r: any[]) => String(r[dateIdx]).startsWith(m));
    const labels = rows.map((r: any[]) => r[labelIdx]);
    const events = labels.filter((y: number) => y === 1).length;
    const cells = (
      await page
        .locator("#monitoring table tr", { has: page.locator(`td:text-is("${m}")`) })
        .first()
        .locator("td")
        .allTextContents()
    ).map((t) => t.trim());
    // Inputs.table's first cell is the (empty) selection column: month, rows, events, AUROC, status.
    expect(cells.slice(1, 4)).toEqual([m, rows.length.toLocaleString("en-US"), String(events)]);
    if (events > 0 && events < rows.length)
      expect(cells[4]).toBe(
        mannWhitneyAuroc(
          rows.map((r: any[]) => r[mlpIdx]),
          labels,
        ).toFixed(3),
      );
    else expect(cells[4]).toBe("–");
  }
}

describe("prediction pages", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(studyMonths())("dropout page of $study $month", async ({ study, month }) => {
    const artifact = builtArtifact(study, month, "dropout.json");
    const visit = await site.openPage(`study/${study}/${month}/dropout`);
    try {
      const { page } = visit;
      await checkMonitoring(page, builtArtifact(study, month, "monitoring.json").dropout, month);
      if (await checkNotTrained(page, artifact)) {
        expect(visit.problems()).toEqual([]);
        return;
      }
      await checkCommon(page, artifact);
      await page.locator("#cost-minimum").waitFor();
      const before = await page.textContent("#cost-minimum");
      // A dearer dropout lowers the cost-minimising threshold: more subjects flagged.
      const costInput = page.locator("form", { hasText: "Cost of a dropout" }).locator("input[type=number]");
      await costInput.fill("100000");
      await costInput.dispatchEvent("input");
      await expect.poll(() => page.textContent("#cost-minimum"), { timeout: 30_000 }).not.toBe(before);
      await site.screenshotCut(page, "dropout", study, month);
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  test.each(studyMonths())("adverse-events page of $study $month", async ({ study, month }) => {
    const artifact = builtArtifact(study, month, "adverse-events.json");
    const visit = await site.openPage(`study/${study}/${month}/adverse-events`);
    try {
      const { page } = visit;
      await checkMonitoring(page, builtArtifact(study, month, "monitoring.json").adverseEvents, month);
      if (await checkNotTrained(page, artifact)) {
        expect(visit.problems()).toEqual([]);
        return;
      }
      await checkCommon(page, artifact);
      await page.locator("#alert-stats").waitFor();
      const before = await page.textContent("#alert-stats");
      const slider = page.locator("form", { hasText: "Alert threshold" }).locator("input[type=number]");
      await slider.fill("0.05");
      await slider.dispatchEvent("input");
      await expect.poll(() => page.textContent("#alert-stats"), { timeout: 30_000 }).not.toBe(before);
      expect(await page.textContent("#alert-stats")).toContain("0.050");
      await site.screenshotCut(page, "adverse-events", study, month);
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
