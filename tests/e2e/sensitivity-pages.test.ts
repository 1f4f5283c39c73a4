/**
 * The sensitivity, what-if explorer, SQL explore and example custom-analysis pages in Chromium:
 * numbers equal to the estimator library's in Node on the built Parquet, URLs that round-trip,
 * a SQL query that runs, no console error, no request off the site's origin; screenshots of each
 * page under test-results/e2e/. The explorer's latency benchmark (median time from a control
 * change to the updated estimate, largest study-month under test) is written to
 * test-results/e2e/explorer-latency.json and printed.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studies as registryStudies, studyMonths } from "../../src/foundation/registry.ts";
import { resultsDir, startSite, type Site } from "./harness.ts";
import { builtStudies, expectedSensitivity, subjectRows } from "./sensitivity-expectations.ts";

const num = (text: string | null) => Number((text ?? "").replace(/[^\d.eE+-]/g, ""));
/**
 * The latest cut of every study: each page recomputes dozens of analyses in the browser (about a
 * minute on a loaded 2-core machine), so the suite covers every study (every design, outcome type
 * and arm count) at its latest cut rather than all 40 study-months.
 */
const latestCuts = () => registryStudies.map((s) => ({ study: s.id, month: s.dataCuts.at(-1) as string }));
const slowTimeout = 240_000;

describe("sensitivity analyses and exploration pages", () => {
  let site: Site;
  const studies = () => builtStudies();
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(latestCuts())(
    "sensitivity page of $study $month: primary estimate, E-value, agreement with the build, robustness table",
    async ({ study, month }) => {
      const config = studies().find((s) => s.id === study)!;
      const expected = await expectedSensitivity(config, month);
      const visit = await site.openPage(`study/${study}/${month}/sensitivity`);
      try {
        const { page } = visit;
        await page.locator("#robustness table").waitFor({ timeout: slowTimeout });
        expect(num(await page.textContent("#primary-estimate"))).toBeCloseTo(expected.primary.difference.estimate, 3);
        expect(await page.getAttribute("#primary-check", "data-status")).toBe("identical");
        expect(num(await page.textContent("#evalue-point"))).toBeCloseTo(expected.eValuePoint, 2);
        expect(await page.locator("#robustness tbody tr").count()).toBeGreaterThan(15);
        expect(await page.textContent("#robustness-statement")).toMatch(/sensitivity analyses/);
        expect(await page.locator('#robustness tr[data-category="Refutation"]').count()).toBe(4);
        if (config.id === "SYN-HET-C") await page.locator("#cate-heading").waitFor();
        await site.screenshotCut(page, "sensitivity", study, month);
        expect(visit.problems()).toEqual([]);
      } finally {
        await visit.close();
      }
    },
    slowTimeout + 60_000,
  );

  test.each(latestCuts())("explore (SQL) page of $study $month: a query from the URL runs, a typed one goes into the URL", async ({ study, month }) => {
    const rows = await subjectRows(study, month);
    const q = "SELECT arm, count(*) AS n FROM subjects GROUP BY arm ORDER BY arm";
    const visit = await site.openPage(`study/${study}/${month}/explore?q=${encodeURIComponent(q)}`);
    try {
      const { page } = visit;
      await page.locator("#sql-row-count").waitFor({ timeout: 60_000 });
      const arms = [...new Set(rows.map((r) => r.arm as string))].sort();
      expect(num(await page.textContent("#sql-row-count"))).toBe(arms.length);
      const cells = await page.locator("#sql-result table tbody tr td").allTextContents();
      expect(cells.map((c) => num(c))).toContain(rows.filter((r) => r.arm === arms[0]).length);
      await page.locator("#sql-editor textarea").fill("SELECT count(*) AS n FROM adverse_events");
      await page.locator("#sql-editor button").click();
      await expect.poll(() => new URL(page.url()).searchParams.get("q"), { timeout: 30_000 }).toBe("SELECT count(*) AS n FROM adverse_events");
      await expect.poll(() => page.textContent("#sql-row-count"), { timeout: 30_000 }).toBe("1");
      await page.locator("#sql-editor textarea").fill("SELECT nope FROM subjects");
      await page.locator("#sql-editor button").click();
      await page.locator("#sql-error").waitFor({ timeout: 30_000 });
      await site.screenshotCut(page, "explore", study, month);
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  test("explore (SQL) page: a link that would delete rows is refused and every row is still there", async () => {
    const { study, month } = latestCuts()[0]!;
    const rows = await subjectRows(study, month);
    const visit = await site.openPage(`study/${study}/${month}/explore?q=${encodeURIComponent("DELETE FROM subjects WHERE arm = 'TRT'")}`);
    try {
      const { page } = visit;
      await page.locator("#sql-error").waitFor({ timeout: 60_000 });
      expect(await page.textContent("#sql-error")).toMatch(/Query refused: only read-only queries run here: a query must start with SELECT/);
      for (const q of ["WITH x AS (DELETE FROM subjects RETURNING *) SELECT count(*) FROM x", "SELECT 1; DROP TABLE subjects"]) {
        await page.locator("#sql-editor textarea").fill(q);
        await page.locator("#sql-editor button").click();
        await expect.poll(() => page.textContent("#sql-error"), { timeout: 30_000 }).toMatch(/Query refused/);
      }
      await page.locator("#sql-editor textarea").fill("SELECT count(*) AS n FROM subjects");
      await page.locator("#sql-editor button").click();
      await expect.poll(() => page.textContent("#sql-row-count"), { timeout: 30_000 }).toBe("1");
      expect((await page.locator("#sql-result table tbody tr td").allTextContents()).map((c) => num(c))).toContain(rows.length);
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  test.each(latestCuts())("example custom analysis (enrolment period) of $study $month runs its SQL and estimator cells", async ({ study, month }) => {
    const visit = await site.openPage(`study/${study}/${month}/enrolment-period`);
    try {
      const { page } = visit;
      await page.locator("#period-test").waitFor({ timeout: 120_000 });
      expect(await page.textContent("#period-test")).toMatch(/^Exploratory interaction test: Cochran's Q = \d+\.\d{3}, df = \d+ — /);
      await site.screenshotCut(page, "enrolment-period", study, month);
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  test(
    "explorer: the URL reproduces the view, a change updates the URL, a failed gate is said; latency benchmark",
    async () => {
      // The largest study-month under test (most subjects).
      const sizes = await Promise.all(studyMonths().map(async (sm) => ({ ...sm, n: (await subjectRows(sm.study, sm.month)).length })));
      const largest = sizes.sort((a, b) => b.n - a.n)[0]!;
      const config = studies().find((s) => s.id === largest.study)!;
      const base = `study/${largest.study}/${largest.month}/explorer`;
      const expected = await expectedSensitivity(config, largest.month, { rule: "crump" });

      const visit = await site.openPage(`${base}?trim=crump`);
      try {
        const { page } = visit;
        await page.locator("#explorer-estimate").waitFor({ timeout: slowTimeout });
        expect(num(await page.textContent("#explorer-estimate"))).toBeCloseTo(expected.primary.difference.estimate, 4);
        // Change the estimator: the URL follows.
        await page.locator("#explorer-controls select").nth(2).selectOption({ label: "IPW, Hájek" });
        await expect.poll(() => page.url(), { timeout: 30_000 }).toContain("est=ipw-hajek");
        expect(page.url()).toContain("trim=crump");
        const shown = await page.textContent("#explorer-estimate");
        // The link reproduces the view in a fresh page.
        const again = await site.openPage(page.url().slice(page.url().indexOf("/study/") + 1));
        try {
          await again.page.locator("#explorer-estimate").waitFor({ timeout: slowTimeout });
          expect(await again.page.textContent("#explorer-estimate")).toBe(shown);
          expect(await again.page.locator("#explorer-controls select").nth(2).inputValue()).toBeTruthy();
          expect(again.problems()).toEqual([]);
        } finally {
          await again.close();
        }

        // Latency: alternate estimators, read the page's own measurement of each update.
        const latencies: number[] = [];
        const labels = ["AIPW (doubly robust)", "IPW, Hájek", "Regression adjustment", "IPW, Horvitz–Thompson"];
        for (let k = 0; k < 12; k++) {
          const before = await page.getAttribute("#explorer-estimate", "data-latency-ms");
          await page
            .locator("#explorer-controls select")
            .nth(2)
            .selectOption({ label: labels[k % labels.length]! });
          await expect.poll(() => page.getAttribute("#explorer-estimate", "data-latency-ms"), { timeout: 30_000 }).not.toBe(before);
          latencies.push(Number(await page.getAttribute("#explorer-estimate", "data-latency-ms")));
        }
        const sorted = [...latencies].sort((a, b) => a - b);
        const median = (sorted[5]! + sorted[6]!) / 2;
        const report = {
          study: largest.study,
          month: largest.month,
          subjects: largest.n,
          analysed: expected.primary.nAnalysed,
          latenciesMs: latencies,
          medianMs: median,
          maxMs: sorted.at(-1),
        };
        await writeFile(path.join(resultsDir, "explorer-latency.json"), `${JSON.stringify(report, null, 2)}\n`);
        console.log(
          `explorer latency, ${largest.study} ${largest.month} (${largest.n} subjects, ${expected.primary.nAnalysed} analysed): median ${median.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
        );

        // A bootstrap starts with a progress bar; a new choice cancels it and starts another.
        await page.locator("#explorer-controls select").nth(4).selectOption({ label: "1000" });
        await expect.poll(async () => Number(await page.getAttribute("#bootstrap-progress", "data-done")), { timeout: 60_000 }).toBeGreaterThan(0);
        await page.locator("#explorer-controls select").nth(1).selectOption({ label: "α = 0.1" });
        await expect.poll(() => page.url(), { timeout: 30_000 }).toContain("trim=0.1");
        // The new bootstrap (α = 0.1) starts from 0 and runs to its end: the interval appears.
        // (Or, in a small trial, says plainly that too many resamples could not be analysed.)
        await page.locator("#bootstrap-result, #bootstrap-error").first().waitFor({ timeout: slowTimeout });
        if (await page.locator("#bootstrap-result").count()) expect(await page.textContent("#bootstrap-result")).toMatch(/1000 replicates, seed \d+/);
        else expect(await page.textContent("#bootstrap-error")).toMatch(/failed/);
        await site.screenshot(page, `explorer-${largest.study}-${largest.month}`);

        // Dropping every covariate but one breaks the balance gate on a confounded study; the page says so.
        if (config.covariates.length > 1) {
          const keep = config.covariates.includes("region") ? "region" : config.covariates[0]!;
          const bad = await site.openPage(`${base}?cov=${keep}`);
          try {
            await bad.page.locator("#explorer-gates").waitFor({ timeout: slowTimeout });
            const gates = await bad.page.textContent("#explorer-gates");
            // A confounded study's weights from a region-only model leave age, severity and diabetes unbalanced.
            expect(gates).toMatch((config as { assignment?: string }).assignment === "confounded" ? /imbalance.*This choice breaks a gate/ : /gates passed|breaks a gate/);
            await site.screenshot(bad.page, `explorer-gates-${largest.study}-${largest.month}`);
            expect(bad.problems()).toEqual([]);
          } finally {
            await bad.close();
          }
        }
        expect(visit.problems()).toEqual([]);
      } finally {
        await visit.close();
      }
    },
    slowTimeout * 3,
  );
});
