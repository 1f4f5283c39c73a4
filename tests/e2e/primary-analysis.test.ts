/**
 * The propensity, balance and primary-analysis pages of every study-month in Chromium: the
 * numbers shown equal analysis.json (the build's analysis, read here from dist/ in Node), the
 * in-browser agreement check is green (point estimates on the first two pages; everything,
 * bootstrap included, on the analysis page), failed gates appear in the banner, no console error
 * and no request off the site's origin. A screenshot of each page goes to test-results/e2e/.
 */
import { readFileSync } from "node:fs";
import type { AnalysisResult } from "@trial/estimators";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { estimateRows, formatEffect, formatInterval } from "../../pages/components/analysis-tables.ts";
import { formatFixed } from "../../pages/components/format.ts";
import { studyMonths } from "../../src/foundation/registry.ts";
import { startSite, type Site } from "./harness.ts";
import { builtMember } from "./snapshot-expectations.ts";

const storedAnalysis = (study: string, month: string) => JSON.parse(readFileSync(builtMember(study, month, "analysis.json"), "utf-8")) as AnalysisResult;

describe("primary-analysis pages", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(studyMonths())("propensity, balance and analysis of $study $month", async ({ study, month }) => {
    const stored = storedAnalysis(study, month);
    const failedGates = stored.gates.filter((g) => !g.passed).length;

    const propensity = await site.openPage(`study/${study}/${month}/propensity`);
    try {
      const { page } = propensity;
      await page.locator("#agreement-check").waitFor({ timeout: 90_000 });
      expect(await page.getAttribute("#agreement-check", "data-status")).toBe("identical");
      expect(await page.getAttribute("#gate-banner", "data-failed")).toBe(String(failedGates));
      const first = stored.comparisons[0]!;
      if (first.propensity) {
        await page.locator(`#coefficients-${first.id}`).waitFor({ timeout: 30_000 });
        for (const row of first.propensity.coefficients) {
          expect(await page.locator(`#coefficients-${first.id} tr[data-row="${row.name}"] td[data-field="estimate"]`).textContent(), row.name).toBe(formatEffect(row.estimate));
        }
        expect(await page.textContent("#max-weight")).toBe(formatFixed(first.propensity.maxWeight, 2));
        await page.locator("#trimming-table").waitFor({ timeout: 60_000 });
        const primaryRow = page.locator('#trimming-table tr.primary td[data-field="aipw"]');
        expect(await primaryRow.textContent()).toBe(formatEffect(first.estimates?.aipw.difference.estimate));
      }
      await site.screenshotCut(page, "propensity", study, month);
      expect(propensity.problems()).toEqual([]);
    } finally {
      await propensity.close();
    }

    const balance = await site.openPage(`study/${study}/${month}/balance`);
    try {
      const { page } = balance;
      await page.locator("#agreement-check").waitFor({ timeout: 90_000 });
      expect(await page.getAttribute("#agreement-check", "data-status")).toBe("identical");
      for (const c of stored.comparisons) {
        await page.locator(`#balance-${c.id}`).waitFor({ timeout: 30_000 });
        for (const b of c.balance) {
          const row = page.locator(`#balance-${c.id} tr[data-row="${b.column}"]`);
          expect(await row.locator('td[data-field="smd-before"]').textContent(), `${c.id} ${b.column}`).toBe(formatFixed(b.smdBefore, 3));
          expect(await row.locator('td[data-field="smd-after"]').textContent(), `${c.id} ${b.column}`).toBe(formatFixed(b.smdAfter, 3));
        }
      }
      await site.screenshotCut(page, "balance", study, month);
      expect(balance.problems()).toEqual([]);
    } finally {
      await balance.close();
    }

    const analysis = await site.openPage(`study/${study}/${month}/analysis`);
    try {
      const { page } = analysis;
      // Green only once the browser's bootstrap has finished and matched analysis.json digit for digit.
      await expect.poll(() => page.getAttribute("#agreement-check", "data-status"), { timeout: 180_000, interval: 500 }).not.toMatch(/^(pending)?$/);
      expect(await page.getAttribute("#agreement-check", "data-status")).toBe("identical");
      expect(await page.textContent("#agreement-check")).toContain("bootstrap intervals included");
      expect(await page.getAttribute("#gate-banner", "data-failed")).toBe(String(failedGates));
      for (const c of stored.comparisons) {
        if (c.estimates === null) continue;
        const section = page.locator(`section[data-comparison="${c.id}"]`);
        expect(await section.locator('[data-field="headline-estimate"]').textContent()).toBe(formatEffect(c.estimates.aipw.difference.estimate));
        for (const r of estimateRows(c)) {
          const row = section.locator(`#estimates-${c.id} tr[data-row="${r.key}"]`);
          expect(await row.locator('td[data-field="estimate"]').textContent(), `${c.id} ${r.key}`).toBe(formatEffect(r.estimate));
          expect(await row.locator('td[data-field="ci"]').textContent(), `${c.id} ${r.key}`).toBe(formatInterval(r.ci));
        }
        expect(await section.locator(`#counts-${c.id} tr[data-row="Analysed"] td[data-field="total"]`).textContent()).toBe(c.counts.analysed.total.toLocaleString("en-US"));
        expect(await section.locator(".estimand").textContent()).toContain(c.estimand.summaryMeasure);
      }
      await site.screenshotCut(page, "analysis", study, month);
      expect(analysis.problems()).toEqual([]);
    } finally {
      await analysis.close();
    }
  });
});

describe("validation page", () => {
  test("shows the committed coverage figures", async () => {
    const site = await startSite();
    try {
      const visit = await site.openPage("validation");
      const { page } = visit;
      await expect.poll(() => page.textContent("#coverage-bootstrap"), { timeout: 60_000 }).toMatch(/%$/);
      const run = (name: string) => JSON.parse(readFileSync(`pages/data/coverage/${name}.json`, "utf-8")) as { summary: { estimators: Record<string, { coverage: number } | null> } };
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      expect(await page.textContent("#coverage-continuous")).toBe(pct(run("SYN-CONF-C-if").summary.estimators.aipw!.coverage));
      expect(await page.textContent("#coverage-binary")).toBe(pct(run("SYN-CONF-B-if").summary.estimators.aipw!.coverage));
      expect(await page.textContent("#coverage-bootstrap")).toBe(pct(run("SYN-CONF-C-bootstrap").summary.estimators.aipwBootstrapPercentile!.coverage));
      await site.screenshot(page, "validation");
      expect(visit.problems()).toEqual([]);
      await visit.close();
    } finally {
      await site.close();
    }
  });
});
