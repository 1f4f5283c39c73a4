/**
 * The propensity, balance and primary-analysis pages of every study-month in Chromium: the
 * numbers shown equal analysis.json (the build's analysis, read here from dist/ in Node), the
 * in-browser agreement check is green (point estimates on the first two pages; everything,
 * bootstrap included, on the analysis page), failed gates appear in the banner, no console error
 * and no request off the site's origin. A screenshot of each page goes to test-results/e2e/.
 * The analysis page of a study with a pre-specified analysis leads with it (marked "pre-specified",
 * its own agreement badge identical, every cell equal to analysis.json's `prespecified`), and for
 * the CDISC pilot its numbers are CSR Table 14-3.01's as published.
 */
import { readFileSync } from "node:fs";
import type { AnalysisResult } from "@trial/estimators";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { estimateRows, formatEffect, formatInterval } from "../../pages/components/analysis-tables.ts";
import { formatFixed } from "../../pages/components/format.ts";
import { formatP } from "../../pages/components/prespecified-view.ts";
import type { PrespecifiedResult } from "../../src/foundation/prespecified-analysis.ts";
import { publishedRows } from "../analysis/trial-tables/published.ts";
import { studyMonths } from "../../src/foundation/registry.ts";
import { startSite, type Site } from "./harness.ts";
import { builtMember } from "./snapshot-expectations.ts";

const storedAnalysis = (study: string, month: string) =>
  JSON.parse(readFileSync(builtMember(study, month, "analysis.json"), "utf-8")) as AnalysisResult & { prespecified: PrespecifiedResult | null };

/** Table 14-3.01 as published: p, difference and CI cells of each contrast (Xan Lo − Pbo, Xan Hi − Pbo, Xan Hi − Xan Lo) and the dose-response p. */
function publishedPilotContrasts(): { contrasts: Array<{ key: string; p: string; diff: string; se: string; ci: [string, string] }>; doseP: string } {
  const rows = publishedRows("14-3.01");
  const i = rows.findIndex((r) => r[0] === "p-value(Xan - Placebo) [1][3]");
  const j = rows.findIndex((r) => r[0] === "p-value(Xan High - Xan Low) [1][3]");
  const cell = (r: number, c: number) => rows[r]![c]!;
  const parse = (r: number, c: number) => {
    const [, diff, se] = /^(-?[\d.]+) \(([\d.]+)\)$/.exec(cell(r + 1, c))!;
    const [, lo, hi] = /^\((-?[\d.]+);(-?[\d.]+)\)$/.exec(cell(r + 2, c))!;
    return { p: cell(r, c), diff: diff!, se: se!, ci: [lo!, hi!] as [string, string] };
  };
  return {
    contrasts: [
      { key: "Xan_Lo-Pbo", ...parse(i, 2) },
      { key: "Xan_Hi-Pbo", ...parse(i, 3) },
      { key: "Xan_Hi-Xan_Lo", ...parse(j, 3) },
    ],
    doseP: rows.find((r) => r[0] === "p-value(Dose Response) [1][2]")![3]!,
  };
}

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
      const pre = stored.prespecified;
      if (pre !== null) {
        // The pre-specified analysis comes first, marked, with its own agreement check.
        await page.locator("#prespecified-agreement").waitFor({ timeout: 60_000 });
        expect(await page.getAttribute("#prespecified-agreement", "data-status")).toBe("identical");
        expect(await page.textContent('#prespecified [data-field="prespecified-tag"]')).toBe("pre-specified");
        const order = await page.evaluate(() => {
          const a = document.querySelector("#prespecified");
          const b = document.querySelector("section[data-comparison]");
          return a !== null && b !== null && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        });
        expect(order, "the pre-specified section precedes the causal estimators").toBe(true);
        for (const c of pre.contrasts) {
          const row = page.locator(`#prespecified-contrasts tr[data-row="${c.treated}-${c.reference}"]`);
          expect(await row.locator('td[data-field="adjusted"]').textContent()).toBe(`${formatFixed(c.adjusted.estimate, 2)} (${formatFixed(c.adjusted.se, 2)})`);
          expect(await row.locator('td[data-field="adjusted-ci"]').textContent()).toBe(`${formatFixed(c.adjusted.lower, 2)} to ${formatFixed(c.adjusted.upper, 2)}`);
          expect(await row.locator('td[data-field="p"]').textContent()).toBe(formatP(c.adjusted.p));
          expect(await row.locator('td[data-field="unadjusted"]').textContent()).toBe(formatFixed(c.unadjusted.estimate, 2));
          expect(await row.locator('td[data-field="unadjusted-ci"]').textContent()).toBe(`${formatFixed(c.unadjusted.lower, 2)} to ${formatFixed(c.unadjusted.upper, 2)}`);
          expect(await row.locator('td[data-field="favours"]').textContent()).toBe(c.favoursText);
        }
        if (study === "CDISCPILOT01") {
          // CSR Table 14-3.01 as published, read off the page: n per arm, p (3 decimals), difference
          // of LS means (SE) and 95% CI (1 decimal there, 2 on the page), dose-response p.
          const published = publishedPilotContrasts();
          expect(await page.locator('#prespecified-arms td[data-field="n"]').allTextContents()).toEqual(["79", "81", "74"]);
          for (const want of published.contrasts) {
            const row = page.locator(`#prespecified-contrasts tr[data-row="${want.key}"]`);
            expect(await row.locator('td[data-field="p"]').textContent(), want.key).toBe(want.p);
            const [diff, se] = /^(-?[\d.]+) \(([\d.]+)\)$/
              .exec((await row.locator('td[data-field="adjusted"]').textContent())!)!
              .slice(1)
              .map(Number) as [number, number];
            expect([diff.toFixed(1), se.toFixed(2)], want.key).toEqual([want.diff, want.se]);
            const ci = (await row.locator('td[data-field="adjusted-ci"]').textContent())!.split(" to ").map((x) => Number(x).toFixed(1));
            expect(ci, want.key).toEqual(want.ci);
            expect(await row.locator('td[data-field="favours"]').textContent()).toMatch(/^favours Xanomeline .* \(lower is better\)$/);
          }
          expect(await page.textContent("#prespecified")).toContain(`p = ${published.doseP}.`);
          expect(await page.textContent("#prespecified")).toContain("Efficacy population");
        }
      } else {
        expect(await page.locator("#prespecified").count()).toBe(0);
      }
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
      const run = (name: string) =>
        JSON.parse(readFileSync(`pages/data/coverage/${name}.json`, "utf-8")) as { summary: { estimators: Record<string, { coverage: number } | null> } };
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
