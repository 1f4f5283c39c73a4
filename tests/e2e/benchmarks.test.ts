/**
 * The Benchmarks page (`pages/benchmarks.md`) in Chromium: the committed figures are shown, and
 * the live demo's bootstrap, computed in Web Workers served from the site's origin, gives exactly
 * the replicates of the Node bootstrap with the same seed (the same digits, replicate by
 * replicate); a new request cancels the running one; no console error, no request off the origin.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
// The compiled estimators (estimators/dist, built by the e2e global setup): the code the page runs.
import { bootstrapTreatmentEffect } from "@trial/estimators";
import { benchFixture } from "../../pages/components/bench-fixture.ts";
import { startSite, type PageVisit, type Site } from "./harness.ts";

const options = { method: "aipw", outcomeType: "continuous" } as const;

async function bootstrapShown(visit: PageVisit) {
  const el = visit.page.locator("#bench-bootstrap");
  await el.waitFor({ timeout: 300_000 });
  return {
    replicates: ((await el.getAttribute("data-replicates")) ?? "").split(",").map(Number),
    percentile: ((await el.getAttribute("data-percentile")) ?? "").split(",").map(Number),
    bca: ((await el.getAttribute("data-bca")) ?? "").split(",").filter(Boolean).map(Number),
    longestPauseMs: Number(await el.getAttribute("data-longest-pause")),
  };
}

/** Sets the demo's controls one by one; every change starts a new bootstrap and cancels the running one. */
async function choose(visit: PageVisit, n: number, replicates: number, seed: number, acceleration: string): Promise<void> {
  const { page } = visit;
  // Inputs.form lays its inputs out in a <div>, each input its own <form>: address them by page.
  await page
    .locator("select")
    .nth(0)
    .selectOption({ label: n.toLocaleString("en-US") });
  await page
    .locator("select")
    .nth(1)
    .selectOption({ label: replicates.toLocaleString("en-US") });
  await page.locator("input[type=number]").fill(String(seed));
  await page.getByRole("radio", { name: acceleration, exact: true }).check();
}

describe("Benchmarks page", () => {
  let site: Site;
  let visit: PageVisit;

  beforeAll(async () => {
    site = await startSite();
    visit = await site.openPage("benchmarks");
    await visit.page.locator("#bench-point").waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await site?.close();
  });

  test("shows the committed benchmark figures with the machine", async () => {
    const { page } = visit;
    expect(await page.textContent(".bench-machine")).toMatch(/cores/);
    expect(await page.locator("table.bench-results tbody tr").count()).toBeGreaterThanOrEqual(1);
    expect(await page.textContent("body")).toMatch(/AIPW bootstrap, n = 5000, p = 10, B = 1000 \(Node, one thread\)/);
  });

  test("the worker bootstrap (n = 5,000, B = 1,000) gives the Node bootstrap's replicates digit for digit, without blocking the page", async () => {
    const shown = await bootstrapShown(visit);
    await site.screenshot(visit.page, "benchmarks");
    const node = bootstrapTreatmentEffect(benchFixture(5000), options, { seed: 1, replicates: 1000, acceleration: "influence" });
    expect(shown.replicates).toEqual(node.replicateStatistics[0]);
    expect(shown.percentile).toEqual(node.difference.percentile);
    expect(shown.bca).toEqual(node.difference.bca);
    expect(await visit.page.getAttribute("#bench-point", "data-estimate")).toBe(String(node.estimate.difference.estimate));
    // The main thread stays free while the workers compute (generous bound: the machine is shared).
    expect(shown.longestPauseMs).toBeLessThan(1000);
  });

  test("a new request cancels the running one; the jackknife (BCa) in the workers matches Node too", async () => {
    await choose(visit, 2000, 1000, 3, "none");
    await visit.page.waitForFunction(() => Number(document.querySelector(".bootstrap-progress")?.getAttribute("data-done") ?? 0) > 0, undefined, { timeout: 120_000 });
    await choose(visit, 500, 200, 7, "jackknife");
    await visit.page.waitForFunction(() => document.querySelector(".bootstrap-progress")?.getAttribute("data-total") === String(200 + 500), undefined, { timeout: 120_000 });
    await visit.page.waitForFunction(() => document.querySelector(".bootstrap-progress")?.getAttribute("data-done") === String(200 + 500), undefined, { timeout: 300_000 });
    await expect.poll(async () => ((await visit.page.getAttribute("#bench-bootstrap", "data-replicates")) ?? "").split(",").length, { timeout: 60_000 }).toBe(200);
    const shown = await bootstrapShown(visit);
    const node = bootstrapTreatmentEffect(benchFixture(500), options, { seed: 7, replicates: 200, acceleration: "jackknife" });
    expect(shown.replicates).toEqual(node.replicateStatistics[0]);
    expect(shown.bca).toEqual(node.difference.bca);
    await site.screenshot(visit.page, "benchmarks-jackknife");
  });

  test("no console error and no request outside the site", () => {
    expect(visit.problems()).toEqual([]);
  });
});
