/**
 * Every page of every study-month is opened in Chromium (issue 12, goal 2). The overview, cohort,
 * propensity, balance, analysis, trial tables, time-to-event, dropout and adverse-events pages have
 * their numbers checked for every study-month by their own suites; the sensitivity, explorer, SQL
 * explore and example custom-analysis pages are checked in depth at each study's latest cut
 * (sensitivity-pages.test.ts: about a minute a page, as the sensitivity page runs dozens of
 * analyses). Here the earlier cuts of those four pages are opened: the explorer must reach its
 * estimate (equal to the build's AIPW), the SQL page its query result, the custom page its test,
 * and the sensitivity page its header and first section, with no console error and no request off
 * the site's origin up to then. The page is closed once that is shown, so the rest of its analyses
 * do not run (a smoke test for the sensitivity page's earlier cuts, not a check of its numbers).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studies, studyMonths } from "../../src/foundation/registry.ts";
import { distDir, startSite, type Site } from "./harness.ts";

const latest = new Set(studies.map((s) => `${s.id}/${s.dataCuts.at(-1)}`));
/**
 * A cut whose primary analysis cannot be estimated (SYN-SEL-B 2025-10: the binary outcome is
 * perfectly predicted in the treated arm, n = 23). Its sensitivity page once threw in its cells;
 * it must run to the end, say which analyses are not estimable and why, and agree with the build
 * on the reason.
 */
const NOT_ESTIMABLE = { study: "SYN-SEL-B", month: "2025-10" };
const earlierCuts = () => studyMonths().filter(({ study, month }) => !latest.has(`${study}/${month}`));
const num = (text: string | null) => Number((text ?? "").replace(/[^\d.eE+-]/g, ""));

/** The first comparison's AIPW estimate in the built analysis.json, or null when the analysis failed. */
function builtPrimaryEstimate(study: string, month: string): number | null {
  const dir = path.join(distDir, "_file", "data", "built", study, month);
  const file = readdirSync(dir).find((f) => f.startsWith("analysis.") && f.endsWith(".json"));
  if (!file) throw new Error(`no built analysis.json in ${dir}`);
  const analysis = JSON.parse(readFileSync(path.join(dir, file), "utf-8")) as { comparisons?: Array<{ estimates?: { aipw?: { difference?: { estimate?: number } } } | null }> };
  return analysis.comparisons?.[0]?.estimates?.aipw?.difference?.estimate ?? null;
}

describe("the other pages of every earlier data cut", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.runIf(studyMonths().some((sm) => sm.study === NOT_ESTIMABLE.study && sm.month === NOT_ESTIMABLE.month))(
    `the sensitivity page of ${NOT_ESTIMABLE.study} ${NOT_ESTIMABLE.month} says its primary analysis is not estimable, and runs to the end`,
    async () => {
      const visit = await site.openPage(`study/${NOT_ESTIMABLE.study}/${NOT_ESTIMABLE.month}/sensitivity`);
      try {
        const { page } = visit;
        await page.locator("#robustness-statement").waitFor({ timeout: 240_000 });
        expect(await page.textContent("#primary-estimate")).toBe("not estimable");
        expect(await page.textContent("#primary-error")).toMatch(/separation/);
        expect(await page.getAttribute("#primary-check", "data-status")).toBe("identical");
        expect(await page.textContent("#robustness-statement")).toMatch(/not estimable/);
        await page.locator("#evalue-not-estimable").waitFor({ timeout: 10_000 });
        expect(visit.problems()).toEqual([]);
      } finally {
        await visit.close();
      }
    },
    300_000,
  );

  test.each(earlierCuts())(
    "sensitivity, explorer, explore and enrolment-period of $study $month",
    async ({ study, month }) => {
      await openAll(study, month);
    },
    300_000,
  );

  async function openAll(study: string, month: string): Promise<void> {
    const base = `study/${study}/${month}`;

    const sensitivity = await site.openPage(`${base}/sensitivity`);
    try {
      await sensitivity.page.locator(".study-header").waitFor({ timeout: 60_000 });
      await sensitivity.page.locator("h1", { hasText: "sensitivity analyses" }).waitFor({ timeout: 60_000 });
      expect(sensitivity.problems()).toEqual([]);
    } finally {
      await sensitivity.close();
    }

    const explorer = await site.openPage(`${base}/explorer`);
    try {
      await explorer.page.locator("#explorer-estimate, #explorer-gates, #explorer-error").first().waitFor({ timeout: 120_000 });
      const built = builtPrimaryEstimate(study, month);
      if (built !== null && (await explorer.page.locator("#explorer-estimate").count()) > 0) {
        expect(num(await explorer.page.textContent("#explorer-estimate"))).toBeCloseTo(built, 3);
      }
      // A cut whose primary analysis the build could not estimate: the explorer says why instead.
      if (built === null) expect(await explorer.page.textContent("#explorer-error")).toMatch(/cannot be analysed/);
      expect(explorer.problems()).toEqual([]);
    } finally {
      await explorer.close();
    }

    const explore = await site.openPage(`${base}/explore`);
    try {
      await explore.page.locator("#sql-row-count").waitFor({ timeout: 60_000 });
      expect(num(await explore.page.textContent("#sql-row-count"))).toBeGreaterThan(0);
      expect(explore.problems()).toEqual([]);
    } finally {
      await explore.close();
    }

    const period = await site.openPage(`${base}/enrolment-period`);
    try {
      await period.page.locator("#period-test").waitFor({ timeout: 60_000 });
      // Small early cuts cannot estimate the interaction test: the page says so with dashes.
      expect(await period.page.textContent("#period-test")).toMatch(/Q = \d+\.\d{3}, df = \d+ — |Q = –, df = –/);
      expect(period.problems()).toEqual([]);
    } finally {
      await period.close();
    }
  }
});
