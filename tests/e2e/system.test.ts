/**
 * The System check page (`pages/system.md`) in Chromium: Parquet read by parquet-wasm into Arrow,
 * registered in DuckDB-WASM, queried with SQL (known answers), drawn by Plot, listed by Inputs,
 * downloadable as CSV, with no console error and no request leaving the site.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startSite, type PageVisit, type Site } from "./harness.ts";

describe("System check page", () => {
  let site: Site;
  let visit: PageVisit;

  beforeAll(async () => {
    site = await startSite();
    visit = await site.openPage("system");
    // The SQL result is rendered once parquet-wasm, Arrow and DuckDB-WASM have all run.
    await visit.page.locator("#system-sql-sum", { hasText: /\d/ }).waitFor({ timeout: 60_000 });
    await visit.page.locator("#system-libraries").waitFor();
    await site.screenshot(visit.page, "system");
  });

  afterAll(async () => {
    await site?.close();
  });

  test("renders the SQL result computed over the Parquet file", async () => {
    const { page } = visit;
    await expect.poll(() => page.textContent("#system-sql-sum")).toBe("5050");
    expect(await page.textContent("#system-rows")).toBe("100");
    expect(await page.textContent("#system-duckdb-engine")).toMatch(/^v\d+\.\d+\.\d+/);
    expect(await page.textContent("#system-status")).toBe("All checks passed");
    expect(await page.locator("table.system-checks .badge.fail").count()).toBe(0);
    expect(await page.locator("table.system-checks .badge.ok").count()).toBe(6);
  });

  test("recomputes the engine battery and finds the build's digits, bit for bit, naming both engines", async () => {
    const { page } = visit;
    await page.locator("#engine-agreement").waitFor({ timeout: 120_000 });
    expect(await page.getAttribute("#engine-agreement", "data-status")).toBe("identical");
    expect(await page.getAttribute("#engine-agreement", "data-engines")).toMatch(/^Node v\d+.*V8.* \| (Chromium|HeadlessChrome|Chrome)/);
  });

  test("draws the Plot chart and the Inputs table", async () => {
    const { page } = visit;
    expect(await page.locator("svg[class^=plot] circle").count()).toBe(100);
    const cells = await page.locator("form table tbody tr").evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent?.trim())));
    expect(cells.map((c) => c.filter((t) => t !== "").join(" "))).toEqual(["PBO 50 2,500 6.2500", "TRT 50 2,550 6.3750"]);
  });

  test("serves every library at the version of package-lock.json", async () => {
    const { page } = visit;
    const rows = await page
      .locator("#system-libraries tbody tr")
      .evaluateAll((trs) => trs.map((tr) => ({ library: tr.getAttribute("data-library"), ok: tr.querySelector(".badge")?.textContent })));
    const lock = JSON.parse(await readFile(new URL("../../package-lock.json", import.meta.url), "utf-8")) as { packages: Record<string, { version: string }> };
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect(row.ok, `${row.library}`).toBe("ok");
      const version = await page.locator(`#system-libraries tr[data-library="${row.library}"] td:nth-child(2)`).textContent();
      expect(version, `${row.library}`).toBe(lock.packages[`node_modules/${row.library}`]?.version);
    }
  });

  test("re-runs a parameterized query when the input changes", async () => {
    const { page } = visit;
    expect(await page.textContent("#system-filtered")).toBe("50 rows, sum 3,775");
    await page.locator("form input[type=number]").fill("91");
    await expect.poll(() => page.textContent("#system-filtered")).toBe("10 rows, sum 955");
  });

  test("downloads the SQL summary as CSV", async () => {
    const { page } = visit;
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("button.download-csv").click()]);
    expect(download.suggestedFilename()).toBe("system-check-by-arm.csv");
    const text = await readFile((await download.path())!, "utf-8");
    expect(text).toBe("arm,n,sum_id,mean_x\nPBO,50,2500,6.25\nTRT,50,2550,6.375");
  });

  test("finds pages with the offline site search", async () => {
    const { page } = visit;
    await page.locator("#observablehq-search input").fill("system");
    await expect.poll(() => page.locator("#observablehq-search-results a").allTextContents()).toContain("System check");
  });

  test("has no console error, page error, failed or off-origin request", async () => {
    expect(visit.problems()).toEqual([]);
  });
});
