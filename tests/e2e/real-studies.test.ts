/**
 * The real-data study (CDISCPILOT01) and the bring-your-own worked example in Chromium: overview
 * and cohort render, with the ITT arm sizes 86 / 84 / 84 and a three-arm Table 1 for the CDISC
 * pilot, no console error and nothing requested off the origin. Screenshots go to
 * test-results/e2e/. Runs for the studies the build has (`TRIAL_ONLY=CDISCPILOT01,BYO-HTN-EXAMPLE`).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studies } from "../../src/foundation/registry.ts";
import { expectedStudyMonth } from "./snapshot-expectations.ts";
import { startSite, type Site } from "./harness.ts";

const int = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));
const built = (id: string) => studies.some((s) => s.id === id);

describe("real and bring-your-own studies", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.runIf(built("CDISCPILOT01"))("CDISCPILOT01 overview: ITT 86 / 84 / 84 and a three-arm Table 1 matching ADSL", async () => {
    const visit = await site.openPage("study/CDISCPILOT01/2015-03/");
    try {
      const { page } = visit;
      await page.locator("#table-one").waitFor({ timeout: 60_000 });
      expect(int(await page.textContent("#kpi-enrolled"))).toBe(254);
      expect([
        int(await page.locator('[data-arm="Pbo"]').first().textContent()),
        int(await page.locator('[data-arm="Xan_Lo"]').first().textContent()),
        int(await page.locator('[data-arm="Xan_Hi"]').first().textContent()),
      ]).toEqual([86, 84, 84]);
      const subjectsRow = await page.locator('#table-one tr[data-characteristic="Subjects, n"] td').allTextContents();
      expect(subjectsRow.slice(1, 4).map(int)).toEqual([86, 84, 84]);
      // Two SMD columns: each Xanomeline arm against placebo.
      expect(await page.locator("#table-one thead th").allTextContents()).toEqual([
        "Characteristic",
        "Placebo (Pbo)",
        "Xanomeline low dose (Xan_Lo)",
        "Xanomeline high dose (Xan_Hi)",
        "SMD Xan_Lo vs Pbo",
        "SMD Xan_Hi vs Pbo",
      ]);
      // ADSL: mean age 75.2 (8.6) placebo, 75.7 (8.3) low dose, 74.4 (7.9) high dose (CDISC pilot Table 14-2.01).
      const age = await page.locator('#table-one tr[data-characteristic="age, mean (SD)"] td').allTextContents();
      expect(age.slice(1, 4)).toEqual(["75.2 (8.6)", "75.7 (8.3)", "74.4 (7.9)"]);
      await expect.poll(() => page.locator('.provenance .badge[data-member="subjects.parquet"]').textContent(), { timeout: 30_000 }).toBe("verified");
      await site.screenshot(page, "cdisc-overview");
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  for (const [id, month] of [
    ["CDISCPILOT01", "2015-03"],
    ["BYO-HTN-EXAMPLE", "2025-09"],
  ] as const) {
    test.runIf(built(id))(`${id} cohort: CONSORT consistent with the snapshot`, async () => {
      const expected = await expectedStudyMonth(id, month);
      const visit = await site.openPage(`study/${id}/${month}/cohort`);
      try {
        const { page } = visit;
        await page.locator("#consort-check .badge").waitFor({ timeout: 60_000 });
        expect(await page.textContent("#consort-check .badge")).toBe("consistent");
        for (const [arm, n] of Object.entries(expected.byArm)) expect(int(await page.locator(`[data-box="allocated-${arm}"] text`).nth(1).textContent())).toBe(n);
        await site.screenshot(page, `${id.toLowerCase()}-cohort`);
        expect(visit.problems()).toEqual([]);
      } finally {
        await visit.close();
      }
    });
  }

  test.runIf(built("BYO-HTN-EXAMPLE"))("BYO-HTN-EXAMPLE overview: arm sizes from the CSV and Table 1", async () => {
    const expected = await expectedStudyMonth("BYO-HTN-EXAMPLE", "2025-09");
    const visit = await site.openPage("study/BYO-HTN-EXAMPLE/2025-09/");
    try {
      const { page } = visit;
      await page.locator("#table-one").waitFor({ timeout: 60_000 });
      expect(int(await page.textContent("#kpi-enrolled"))).toBe(expected.enrolled);
      for (const [arm, n] of Object.entries(expected.byArm)) expect(int(await page.locator(`[data-arm="${arm}"]`).first().textContent())).toBe(n);
      await site.screenshot(page, "byo-overview");
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});
