/**
 * The time-to-event page of every study-month in dist/ (a TRIAL_ONLY build holds only some: the
 * others are skipped): the browser's recomputation of survival.json agrees with the build's
 * (`#survival-agreement` is `identical`), the numbers at risk under the curves are the build's (and
 * the CDISC pilot's placebo row is the CSR Figure 14-1's: 86 75 65 59 50 47 45 42 40 35), the τ and
 * weighting controls reach the URL (and the RMST section follows τ; at another τ the IPW bootstrap
 * runs in the page's Web Workers, and at each study's latest cut its interval is checked against
 * Node's), synthetic studies show their
 * time to clinical worsening with truth.json's true marginal effects beside the estimates
 * (`#truth-table`), and the page logs no console error and requests nothing off the site's origin. One screenshot per study (its latest cut built) under test-results/e2e/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { analyseStudySurvival, bootstrapAdjustedSurvival, survivalBootstrapJobs } from "../../estimators/src/index.ts";
import { formatFixed } from "../../pages/components/format.ts";
import { studyMonths } from "../../src/foundation/registry.ts";
import { survivalSpec, type SurvivalStudyFields } from "../../src/foundation/survival-endpoint.ts";
import { distDir, isLatestCut, resultsDir, startSite, type Site } from "./harness.ts";
import { builtStudies, subjectRows } from "./sensitivity-expectations.ts";

const PUBLISHED_PLACEBO_AT_RISK = [86, 75, 65, 59, 50, 47, 45, 42, 40, 35];
const builtDir = (study: string, month: string) => path.join(distDir, "_file", "data", "built", study, month);
const pageBuilt = (study: string, month: string) => existsSync(path.join(distDir, "study", study, month, "time-to-event.html"));

function builtJson(study: string, month: string, name: string) {
  const dir = builtDir(study, month);
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`no built ${name}.json in ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, file), "utf-8"));
}

interface BuiltSurvival {
  status: string;
  endpoint: { label: string };
  atRisk: { times: number[]; byArm: Record<string, number[]> };
  parameters: { bootstrap: { replicates: number; seed: number } | null };
  comparisons: Array<{ treated: string; status: string; adjusted: { status: string; cox: { hazardRatio: number } | null; rmstDifference: number | null } | null }>;
}
const builtSurvival = (study: string, month: string): BuiltSurvival => builtJson(study, month, "survival");
/** truth.json's time-to-event truth (synthetic studies only). */
const builtTruth = (study: string, month: string): { marginal: { hazardRatio: number; rmstDifference: number } } | null => builtJson(study, month, "truth").timeToEvent ?? null;

const all = studyMonths();
const built = all.filter(({ study, month }) => pageBuilt(study, month));
/** Seconds from opening each page to its agreement badge (written to test-results/e2e/time-to-event-timings.json). */
const timings: Record<string, number> = {};

describe("time-to-event page", () => {
  let site: Site;
  beforeAll(async () => {
    if (built.length === 0) process.stderr.write("time-to-event e2e: no study-month's page is in dist/; nothing to open\n");
    site = await startSite();
  });
  afterAll(async () => {
    if (Object.keys(timings).length > 0) await writeFile(path.join(resultsDir, "time-to-event-timings.json"), `${JSON.stringify(timings, null, 2)}\n`);
    await site?.close();
  });

  test.each(all)(
    "$study $month",
    async ({ study, month }) => {
      if (!pageBuilt(study, month)) return; // not in this (TRIAL_ONLY) build
      const stored = builtSurvival(study, month);
      const startedAt = performance.now();
      const visit = await site.openPage(`study/${study}/${month}/time-to-event`);
      try {
        const badge = visit.page.locator("#survival-agreement");
        await badge.waitFor({ timeout: 30_000 });
        timings[`${study} ${month}`] = Math.round(performance.now() - startedAt) / 1000;
        expect(await badge.getAttribute("data-status")).toBe("identical");
        const rows = await visit.page
          .locator("table[data-field=at-risk] tbody tr")
          .evaluateAll((trs) => trs.map((tr) => ({ arm: (tr as HTMLElement).dataset.arm ?? "", counts: [...tr.querySelectorAll("td")].map((td) => Number(td.textContent)) })));
        expect(Object.fromEntries(rows.map((r) => [r.arm, r.counts]))).toEqual(stored.atRisk.byArm);
        if (study === "CDISCPILOT01") expect(rows.find((r) => r.arm === "Pbo")?.counts).toEqual(PUBLISHED_PLACEBO_AT_RISK);
        // Synthetic studies: time to clinical worsening, with the true marginal effects beside the estimates.
        const truth = builtTruth(study, month);
        if (truth) {
          expect(stored.endpoint.label).toBe("Time to clinical worsening");
          expect(await visit.page.locator("#endpoint-definition").textContent()).toContain("Time to clinical worsening");
          expect(await visit.page.locator("#truth-note").count()).toBe(0);
          const adjusted = stored.comparisons[0]?.adjusted;
          if (stored.status === "ok" && adjusted?.status === "ok") {
            const table = visit.page.locator("#truth-table");
            await table.waitFor({ timeout: 10_000 });
            const text = (await table.textContent()) ?? "";
            expect(text).toContain(truth.marginal.hazardRatio.toFixed(3));
            expect(text).toContain(adjusted.cox!.hazardRatio.toFixed(3));
            expect(text).toContain(adjusted.rmstDifference!.toFixed(3));
            expect(await visit.page.locator("#true-curves-note").count()).toBe(1);
          }
        } else {
          expect(await visit.page.locator("#truth-table").count()).toBe(0);
        }
        if (stored.status === "ok") {
          await visit.page.locator("#cox-table").waitFor({ timeout: 10_000 });
          // The weighting control reaches the URL.
          await visit.page.locator("#survival-controls input[type=radio][value='1']").check();
          await visit.page.waitForFunction(() => location.search.includes("w=ipw"), null, { timeout: 10_000 });
          // So does τ; the RMST table is then computed in the browser at that τ.
          const tau = visit.page.locator("#survival-controls select").first();
          if ((await tau.locator("option").count()) > 1) {
            await tau.selectOption({ index: 0 });
            await visit.page.waitForFunction(() => /[?&]tau=\d+/.test(location.search), null, { timeout: 10_000 });
            const chosen = new URLSearchParams(await visit.page.evaluate(() => location.search)).get("tau");
            await visit.page.locator("h2", { hasText: `τ = ${chosen} days` }).waitFor({ timeout: 10_000 });
            // At that τ the IPW contrasts' bootstrap runs in the page's Web Workers: at each study's
            // latest cut, its interval must be Node's bootstrapAdjustedSurvival with the build's B and seed.
            const first = stored.comparisons[0];
            if (isLatestCut(study, month) && first?.adjusted?.status === "ok" && stored.parameters.bootstrap) {
              await visit.page.locator("#rmst-note", { hasText: "Web Workers in" }).waitFor({ timeout: 120_000 });
              const config = builtStudies().find((s) => s.id === study)!;
              const jobs = survivalBootstrapJobs(survivalSpec(config as unknown as SurvivalStudyFields, month), await subjectRows(study, month), {
                tau: Number(chosen),
                bootstrap: stored.parameters.bootstrap,
              });
              const job = jobs.find((j) => j.treated === first.treated)!;
              const node = bootstrapAdjustedSurvival(job.data, job.options, job.bootstrap).rmstDifference.percentile;
              const row = (await visit.page.locator("#rmst-table tbody tr").first().textContent()) ?? "";
              expect(row).toContain(`${formatFixed(node[0])} to ${formatFixed(node[1])}`);
            }
          }
        }
        // The strata control (exploratory): the URL follows, the Cox table shows Node's stratified
        // hazard ratio and no p-value, and the page says the analysis is not the pre-specified one.
        const strataSelect = visit.page.locator("#survival-controls select").nth(1);
        if (stored.status === "ok" && isLatestCut(study, month) && (await strataSelect.count()) > 0 && (await strataSelect.locator("option").count()) > 1) {
          await strataSelect.selectOption({ index: 1 });
          await visit.page.waitForFunction(() => /[?&]strata=/.test(location.search), null, { timeout: 10_000 });
          const strata = new URLSearchParams(await visit.page.evaluate(() => location.search)).get("strata")!;
          await visit.page.locator("#strata-note").waitFor({ timeout: 30_000 });
          const config = builtStudies().find((s) => s.id === study)!;
          const node = analyseStudySurvival(survivalSpec(config as unknown as SurvivalStudyFields, month), await subjectRows(study, month), { strata, bootstrap: "skip" })
            .comparisons[0]!;
          // The first row's cells by their column header (Inputs.table leads each row with a cell of its own).
          const headers = (await visit.page.locator("#cox-table thead th").allTextContents()).map((h) => h.trim());
          const cells = await visit.page.locator("#cox-table tbody tr").first().locator("td").allTextContents();
          const cell = (header: string) => cells[headers.indexOf(header)]?.trim();
          if (node.cox) expect(cell("Hazard ratio")).toBe(formatFixed(node.cox.hazardRatio, 3));
          // No p-value: the cells are empty (Inputs.table prints nothing for null).
          for (const header of ["p (Wald, pre-specified)", "p (log-rank, pre-specified)", "PH check: cox.zph p (diagnostic)"]) expect(cell(header)).toMatch(/^—?$/);
        }
        await site.screenshotCut(visit.page, "time-to-event", study, month);
        expect(visit.problems()).toEqual([]);
      } finally {
        await visit.close();
      }
    },
    180_000,
  );
});
