/**
 * Every page of a study-month, on a 1280 px screen and on a 390 px phone (issue 17): no page wider
 * than the window, no table or figure cut at the right edge (tables scroll in their own box), no
 * figure of zero width, no labels printed over each other (layout-check.ts). The CDISC pilot's
 * study-month: its three arms give the widest tables and its 30-month drift heatmaps the most
 * labels. Screenshots of the phone pages go to test-results/e2e/layout-390-<page>.png.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studies } from "../../src/foundation/registry.ts";
import { startSite, type Site } from "./harness.ts";
import { layoutProblems, settled } from "./layout-check.ts";

const STUDY = "CDISCPILOT01";
const pilot = studies.find((s) => s.id === STUDY);
const MONTH = pilot?.dataCuts.at(-1) ?? "";
const PAGES = ["", "cohort", "propensity", "balance", "analysis", "tables", "sensitivity", "time-to-event", "explorer", "explore", "enrolment-period", "dropout", "adverse-events"];

describe.runIf(pilot !== undefined)(`the pages of ${STUDY} ${MONTH} at 1280 px and 390 px`, () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  for (const width of [1280, 390]) {
    test.each(PAGES)(
      `${width} px: %s`,
      async (slug) => {
        const visit = await site.openPage(`study/${STUDY}/${MONTH}/${slug}`, { viewport: { width, height: 900 } });
        try {
          const { page } = visit;
          if (slug === "sensitivity") await page.locator("#robustness-statement").waitFor({ timeout: 240_000 });
          await settled(page);
          if (width === 390) await site.screenshot(page, `layout-390-${slug || "overview"}`);
          expect(await layoutProblems(page)).toEqual([]);
          expect(visit.problems()).toEqual([]);
        } finally {
          await visit.close();
        }
      },
      300_000,
    );
  }
});
