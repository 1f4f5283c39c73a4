/**
 * Every study-month's overview and cohort pages in Chromium: they open, show the numbers the
 * snapshot holds (counted independently by DuckDB in Node from the built Parquet), recount the
 * enrolment cards (the build's CONSORT log) from the subject rows, verify the snapshot hash in the browser, log no console error and request nothing off the site's origin.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studies, studyMonths } from "../../src/foundation/registry.ts";
import { expectedStudyMonth } from "./snapshot-expectations.ts";
import { startSite, type Site } from "./harness.ts";

const int = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

describe("study-month pages", () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(studyMonths())("overview and cohort of $study $month", async ({ study, month }) => {
    const expected = await expectedStudyMonth(study, month);

    const overview = await site.openPage(`study/${study}/${month}/`);
    try {
      const { page } = overview;
      await page.locator("#table-one").waitFor({ timeout: 60_000 });
      expect(int(await page.textContent("#kpi-enrolled"))).toBe(expected.enrolled);
      for (const [arm, n] of Object.entries(expected.byArm)) {
        expect(int(await page.locator(`[data-arm="${arm}"]`).textContent()), `arm ${arm}`).toBe(n);
      }
      const subjectsRow = await page.locator('#table-one tr[data-characteristic="Subjects, n"] td').allTextContents();
      const arms = studies.find((s) => s.id === study)!.arms;
      expect(subjectsRow.slice(1, 1 + arms.length).map(int)).toEqual(arms.map((a) => expected.byArm[a.code]));
      // The cards are the build's CONSORT log; the subject rows recounted in the browser agree with it.
      await page.locator("#enrolment-agreement").waitFor({ timeout: 30_000 });
      expect(await page.getAttribute("#enrolment-agreement", "data-status")).toBe("identical");
      expect(await page.textContent("#kpi-window")).toMatch(/^\d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}$/);
      await expect.poll(() => page.locator('.provenance .badge[data-member="subjects.parquet"]').textContent(), { timeout: 30_000 }).toBe("verified");
      expect(await page.locator(".provenance").textContent()).toContain(expected.snapshotSha);
      expect(overview.problems()).toEqual([]);
    } finally {
      await overview.close();
    }

    const cohort = await site.openPage(`study/${study}/${month}/cohort`);
    try {
      const { page } = cohort;
      await page.locator("#consort-check .badge").waitFor({ timeout: 60_000 });
      expect(await page.textContent("#consort-check .badge")).toBe("consistent");
      expect(int(await page.locator('[data-box="enrolled"] text').nth(1).textContent())).toBe(expected.consortEnrolled);
      expect(expected.consortEnrolled).toBe(expected.enrolled);
      for (const [arm, n] of Object.entries(expected.byArm)) {
        expect(int(await page.locator(`[data-box="allocated-${arm}"] text`).nth(1).textContent())).toBe(n);
      }
      // The record accounting from exclusions.json: read = kept + excluded per file, kept subjects = enrolled, the log downloadable.
      await page.locator("#record-accounting").waitFor({ timeout: 60_000 });
      const first = await page.locator("#record-accounting tr[data-file] td").first().locator("xpath=..").locator("td").allTextContents();
      expect(int(first[1]!)).toBe(int(first[2]!) + int(first[4]!));
      expect(int(first[2]!)).toBe(expected.enrolled);
      expect(await page.locator("#exclusion-log-json").getAttribute("href")).toMatch(/exclusions\.[0-9a-f]+\.json$/);
      expect(cohort.problems()).toEqual([]);
    } finally {
      await cohort.close();
    }
  });

  test("the picker navigates to the same page of another study and month", async () => {
    const [first, second] = studies;
    const visit = await site.openPage(`study/${first!.id}/${first!.dataCuts.at(-1)}/cohort`);
    try {
      const { page } = visit;
      // Each page has loaded its rows (the disposition check shows) before the reader picks another:
      // leaving a page while it still fetches cancels those requests (net::ERR_ABORTED), which the
      // harness would count as failed requests.
      await page.locator("#consort-check .badge").waitFor({ timeout: 60_000 });
      // Same month in the other study when it has that cut, else its latest cut.
      const kept = second!.dataCuts.includes(first!.dataCuts.at(-1)!) ? first!.dataCuts.at(-1)! : second!.dataCuts.at(-1)!;
      await Promise.all([page.waitForURL(`**/study/${second!.id}/${kept}/cohort`), page.selectOption("#picker-study", second!.id)]);
      await page.locator("#consort-check .badge").waitFor({ timeout: 60_000 });
      const month = second!.dataCuts[0]!;
      await Promise.all([page.waitForURL(`**/study/${second!.id}/${month}/cohort`), page.selectOption("#picker-month", month)]);
      await page.locator("#consort-check .badge").waitFor({ timeout: 60_000 });
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  test("the portfolio lists every study at its latest cut", async () => {
    const visit = await site.openPage("");
    try {
      const { page } = visit;
      await page.locator("#kpi-subjects").waitFor({ timeout: 60_000 });
      await expect.poll(() => page.textContent("#kpi-studies"), { timeout: 30_000 }).toBe(String(studies.length));
      let total = 0;
      for (const s of studies) total += (await expectedStudyMonth(s.id, s.dataCuts.at(-1)!)).enrolled;
      await expect.poll(async () => int(await page.textContent("#kpi-subjects")), { timeout: 30_000 }).toBe(total);
      await site.screenshot(page, "portfolio");
      expect(visit.problems()).toEqual([]);
    } finally {
      await visit.close();
    }
  });

  test("pages fit a narrow screen without horizontal scrolling", async () => {
    const s = studies[0]!;
    const visit = await site.openPage(`study/${s.id}/${s.dataCuts.at(-1)}/`);
    try {
      const { page } = visit;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator("#table-one").waitFor({ timeout: 60_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await site.screenshot(page, "overview-narrow");
    } finally {
      await visit.close();
    }
  });
});
