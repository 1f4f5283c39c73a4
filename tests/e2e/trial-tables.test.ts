/**
 * The Trial tables page (issue 14) of every study-month in this build (absent ones are skipped,
 * so the suite runs on a TRIAL_ONLY build): the browser's recomputation of the tables from the
 * snapshot's Parquet agrees with the build's trial-tables.json (`#tables-agreement` identical),
 * the N per arm in the demographics header equals the snapshot's subjects by arm, every table has
 * its CSV and RTF download, and nothing logs a console error or leaves the origin. For
 * CDISCPILOT01 a few cells of the published CSR appear on the page.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readParquet } from "../../data-loaders/readers/parquet.ts";
import { getStudy, studyMonths } from "../../src/foundation/registry.ts";
import { distDir, startSite, type Site } from "./harness.ts";

const built = studyMonths().filter(({ study, month }) => existsSync(path.join(distDir, "study", study, month, "tables.html")));

/** The snapshot's subjects by arm, in the registry's arm order, from the built subjects.parquet. */
async function snapshotArmCounts(study: string, month: string): Promise<number[]> {
  const dir = path.join(distDir, "_file", "data", "built", study, month);
  const file = readdirSync(dir).find((f) => f.startsWith("subjects.") && f.endsWith(".parquet"));
  if (!file) throw new Error(`no built subjects.parquet in ${dir}`);
  const rows = (await readParquet(path.join(dir, file))).rows;
  return getStudy(study).arms.map((a) => rows.filter((r) => r.arm === a.code).length);
}

/**
 * Cells of the published CDISCPILOT01 CSR (tests/reference/csr/cdisc-published-tables.json) that
 * the page prints: the row whose label matches (the pairwise p-value rows by their start) and holds
 * these cells in this order.
 */
const PUBLISHED: Array<{ table: string; row: RegExp; cells: string[] }> = [
  { table: "14-3.01", row: /^Diff of LS Means \(SE\)$/, cells: ["-0.5 (0.82)", "-1.0 (0.84)"] },
  { table: "14-3.01", row: /^95% CI$/, cells: ["(-2.1;1.1)", "(-2.7;0.7)"] },
  { table: "14-3.01", row: /^p-value\(Xan - Placebo\)/, cells: ["0.569", "0.233"] },
  { table: "14-3.01", row: /^p-value\(Dose Response\)/, cells: ["0.245"] },
  { table: "14-2.01", row: /^Age \(y\)$/, cells: ["n", "86", "84", "84", "254", "0.5934"] },
  { table: "14-2.01", row: /^Race \(Origin\)$/, cells: ["n", "86", "84", "84", "254", "0.6477"] },
  { table: "14-3.02", row: /^p-value\(Xan - Placebo\)/, cells: ["0.754", "0.128"] },
  { table: "14-3.13", row: /^Week 8$/, cells: ["n", "77", "81", "73", "0.2727"] },
  { table: "14-3.13", row: /^Week 24$/, cells: ["n", "79", "81", "74", "0.6180"] },
  { table: "14-5.01", row: /^ANY BODY SYSTEM$/, cells: ["65 (75.6%)", "[281]", "77 (91.7%)", "[412]", "76 (90.5%)", "[433]", "0.007*", "0.014*"] },
];
/** Published 14-2.01 age: the rows after "Age (y)" (Mean, SD). */
const AGE_MEAN_SD = [
  ["", "Mean", "75.2", "75.7", "74.4", "75.1", ""],
  ["", "SD", "8.59", "8.29", "7.89", "8.25", ""],
];
const inOrder = (row: string[], cells: string[]) => {
  let at = 1;
  for (const c of cells) {
    const k = row.indexOf(c, at);
    if (k < 0) return false;
    at = k + 1;
  }
  return true;
};

describe.skipIf(built.length === 0)("Trial tables page", () => {
  let site: Site;
  const seconds: string[] = [];
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    if (seconds.length) console.log(`trial tables pages: ${seconds.join(", ")}`);
    await site?.close();
  });

  test.each(built)(
    "$study $month: identical to the build, N per arm as the snapshot, CSV and RTF per table",
    async ({ study, month }) => {
      const start = performance.now();
      const visit = await site.openPage(`study/${study}/${month}/tables`);
      try {
        const page = visit.page;
        await page.locator("#tables-agreement").waitFor({ timeout: 60_000 });
        expect(await page.getAttribute("#tables-agreement", "data-status")).toBe("identical");
        const header = await page.locator('section[data-table="14-2.01"] table.csr thead th').allTextContents();
        const ns = header
          .map((h) => /\(N=(\d+)\)/.exec(h))
          .filter((m) => m !== null)
          .map((m) => Number(m![1]));
        const counts = await snapshotArmCounts(study, month);
        expect(ns.slice(0, counts.length)).toEqual(counts);
        const sections = page.locator("section.trial-table");
        const n = await sections.count();
        expect(n).toBeGreaterThanOrEqual(4);
        expect(await page.locator("section.trial-table a.download-table").count()).toBe(2 * n);
        for (const href of await page.locator("section.trial-table a.download-table").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          const response = await page.request.get(href);
          expect(response.status(), href).toBe(200);
        }
        if (study === "CDISCPILOT01") {
          for (const { table, row, cells } of PUBLISHED) {
            const printed = await page
              .locator(`section[data-table="${table}"] table.csr tbody tr`)
              .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
            const match = printed.find((r) => row.test(r[0] ?? "") && inOrder(r, cells));
            expect(match, `${table} ${row}: ${cells.join(" | ")} in ${JSON.stringify(printed.filter((r) => row.test(r[0] ?? "")))}`).toBeDefined();
          }
          const demographics = await page
            .locator('section[data-table="14-2.01"] table.csr tbody tr')
            .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
          const age = demographics.findIndex((r) => r[0] === "Age (y)");
          expect(demographics.slice(age + 1, age + 3)).toEqual(AGE_MEAN_SD);
          await site.screenshotCut(page, "trial-tables", study, month);
        }
        expect(visit.problems()).toEqual([]);
      } finally {
        await visit.close();
      }
      seconds.push(`${study} ${month} ${((performance.now() - start) / 1000).toFixed(1)} s`);
    },
    120_000,
  );
});
