/**
 * A publication with encrypted patient-level files, in Chromium (issue 16): one TRIAL_ONLY publish
 * of SYN-CONF-B 2026-01 with `encryptionPassphrase` (the pages built locked, the files encrypted
 * before the PDFs, which the printer made by unlocking every page), then its `site/` served alone:
 * - a locked page asks for the passphrase and makes NO request for subjects, visits, adverse
 *   events, the exclusion log or the models' test rows, while what the build computed in aggregate
 *   renders (the model card) and each section that waits says so; the aggregates with small cells
 *   (the CONSORT log, the time-to-event results, the trial tables and their CSV and RTF) are
 *   encrypted too and not requested: the pages show the build's locked views (cells under 5
 *   subjects as "<5", no downloads);
 * - a wrong passphrase is refused with the named rule and nothing is unlocked;
 * - the right passphrase unlocks: the patient-level views render and agree with the build, the
 *   tables show every cell and download the decrypted CSV and RTF;
 * - verify decrypts each file with the passphrase and matches data/.
 * Screenshots of the locked and unlocked pages go to test-results/encrypted-site/.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish, type Published } from "../../../src/archive/publish.ts";
import { verifyArchive } from "../../../src/archive/verify.ts";
import { startServer, type StaticServer } from "../../../src/build/serve.ts";
import { launchBrowser, openPage, type Browser, type PageVisit } from "../../e2e/harness.ts";
import { projectRoot, tempArchiveRoot } from "../archive-fixture.ts";

const STUDY = "SYN-CONF-B";
const MONTH = "2026-01";
const PASSPHRASE = "correct horse battery staple, study B";
const PATIENT_FILE = /\/((subjects|visits|adverse_events)\.[0-9a-f]{8}\.parquet|exclusions\.[0-9a-f]{8}\.json|models\/(dropout|adverse-events|monitoring)\.[0-9a-f]{8}\.json)$/;
/** The aggregates that hold cells of fewer than 5 subjects (their locked views, under locked/, are what a locked page reads). */
const SMALL_CELL_FILE = /(?<!\/locked)\/((consort|survival)\.[0-9a-f]{8}\.json|tables\/[^/]+)$/;
const shots = path.join(projectRoot, "test-results", "encrypted-site");

let root: string;
let published: Published;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  root = await tempArchiveRoot("locked");
  published = await publish({ study: STUDY, month: MONTH, analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true, encryptionPassphrase: PASSPHRASE });
  server = await startServer({ root: path.join(published.folder, "site"), port: 0, host: "127.0.0.1" });
  browser = await launchBrowser();
  await mkdir(shots, { recursive: true });
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Opens a page of the study-month and records every request it makes. */
async function open(slug: string): Promise<PageVisit & { requests: string[] }> {
  const url = new URL(`study/${STUDY}/${MONTH}/${slug}`, server.url).href;
  const requests: string[] = [];
  const context = browser.context;
  const onRequest = (r: { url(): string }) => requests.push(r.url());
  context.on("request", onRequest);
  const visit = await openPage(context, server.origin, url);
  await visit.page.waitForSelector("#patient-lock form", { timeout: 120_000 });
  await visit.page.waitForLoadState("networkidle");
  return Object.assign(visit, { requests });
}

async function unlock(visit: PageVisit, passphrase: string): Promise<string> {
  await visit.page.locator('#patient-lock input[type="password"]').fill(passphrase);
  await visit.page.locator("#patient-lock button[type=submit]").click();
  await visit.page.waitForFunction(
    () => document.querySelector("#patient-lock.unlocked") !== null || /\[[a-z-]+\]/.test(document.querySelector("#patient-lock .unlock-status")?.textContent ?? ""),
    undefined,
    { timeout: 120_000 },
  );
  return (await visit.page.locator("#patient-lock").textContent()) ?? "";
}

describe("an encrypted publication in Chromium", () => {
  it("the printer unlocked every page: PDFs written and every browser agreement identical", () => {
    const names = published.manifest.encryption?.files.map((f) => f.name).sort() ?? [];
    expect(names.filter((n) => !n.startsWith("tables/"))).toEqual([
      "adverse_events.parquet",
      "consort.json",
      "exclusions.json",
      "models/adverse-events.json",
      "models/dropout.json",
      "models/monitoring.json",
      "subjects.parquet",
      "survival.json",
      "visits.parquet",
    ]);
    // The trial tables: the document, and a CSV and an RTF per table (those not produced too).
    expect(names).toContain("tables/trial-tables.json");
    expect(names.filter((n) => /^tables\/14-[0-9.]+\.csv$/.test(n)).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.endsWith(".csv")).length).toBe(names.filter((n) => n.endsWith(".rtf")).length);
    const checks = (published.manifest.browserAgreement ?? []).flatMap((p) => p.checks);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c.status).toBe("identical");
  });

  it("the locked overview shows the aggregates only and requests no patient-level file", async () => {
    const visit = await open("");
    await visit.page.screenshot({ path: path.join(shots, "overview-locked.png"), fullPage: true });
    expect(await visit.page.locator("#patient-lock h2").textContent()).toBe("Patient-level data are locked");
    expect(await visit.page.locator("h1").first().textContent()).toContain(STUDY);
    expect(visit.requests.filter((u) => PATIENT_FILE.test(u) || SMALL_CELL_FILE.test(u))).toEqual([]);
    expect(visit.requests.filter((u) => /\/locked\/consort\.[0-9a-f]{8}\.json$/.test(u))).toHaveLength(1);
    // The enrolment cards are the build's CONSORT log (its locked view): shown while locked, the
    // enrolment window (from the subject rows) says it is locked, and no recount has run.
    const consort = JSON.parse(await readFile(path.join(published.folder, "data", "consort.json"), "utf-8")) as { enrolled: number };
    expect(Number((await visit.page.locator("#kpi-enrolled").textContent())?.replace(/,/g, ""))).toBe(consort.enrolled);
    expect(await visit.page.locator("#kpi-window").textContent()).toBe("patient-level: locked");
    expect(await visit.page.locator("#enrolment-agreement").count()).toBe(0);
    expect(visit.problems()).toEqual([]);
    await visit.close();
  });

  it("the locked trial tables suppress cells under 5 subjects; a wrong passphrase is refused by name; the right one shows every cell", async () => {
    const visit = await open("tables");
    await visit.page.waitForSelector("section.trial-table");
    await visit.page.screenshot({ path: path.join(shots, "tables-locked.png"), fullPage: true });
    const lockedCells = await visit.page.locator("section.trial-table td").allTextContents();
    expect(lockedCells.filter((t) => t === "<5").length).toBeGreaterThan(0);
    expect(lockedCells.some((t) => /^\s*[1-4] \(/.test(t))).toBe(false);
    expect(await visit.page.locator("section.trial-table.suppressed").count()).toBe(await visit.page.locator("section.trial-table").count());
    expect(await visit.page.locator("a.download-table").count()).toBe(0);
    expect(visit.requests.filter((u) => PATIENT_FILE.test(u) || SMALL_CELL_FILE.test(u))).toEqual([]);

    const refused = await unlock(visit, "not the study passphrase at all");
    expect(refused).toMatch(/\[wrong-passphrase\] wrong passphrase or altered file/);
    expect(await visit.page.locator("#patient-lock.unlocked").count()).toBe(0);
    expect(await visit.page.locator("section.trial-table.suppressed").count()).toBeGreaterThan(0);
    await visit.page.screenshot({ path: path.join(shots, "tables-wrong-passphrase.png") });

    const unlocked = await unlock(visit, PASSPHRASE);
    expect(unlocked).toContain("Patient-level data unlocked");
    await visit.page.waitForSelector("[data-agreement]:not([data-status=pending])", { timeout: 300_000 });
    expect(await visit.page.locator("[data-agreement]").first().getAttribute("data-status")).toBe("identical");
    expect(await visit.page.locator("section.trial-table.suppressed").count()).toBe(0);
    expect((await visit.page.locator("section.trial-table td").allTextContents()).filter((t) => t === "<5")).toEqual([]);
    // Requested only after a passphrase was given (the wrong one and the right one each fetch them).
    expect(new Set(visit.requests.filter((u) => PATIENT_FILE.test(u)).map((u) => new URL(u).pathname.split("/").pop()!.split(".")[0])).size).toBe(3);
    // The downloads are the decrypted CSV and RTF.
    expect(await visit.page.locator("a.download-table").count()).toBeGreaterThan(0);
    for (const href of await visit.page.locator("a.download-table").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^blob:/);
    const csv = await visit.page.evaluate(`fetch(document.querySelector("a.download-table").href).then((r) => r.text())`);
    expect(csv).toMatch(/^[^\r\n]*,/);
    await visit.page.screenshot({ path: path.join(shots, "tables-unlocked.png"), fullPage: true });
    expect(visit.problems()).toEqual([]);
    await visit.close();
  }, 600_000);

  it("the unlocked overview shows the patient-level views", async () => {
    const visit = await open("");
    expect(await unlock(visit, PASSPHRASE)).toContain("unlocked");
    await visit.page.waitForSelector("#kpi-enrolled", { timeout: 120_000 });
    expect(Number((await visit.page.locator("#kpi-enrolled").textContent())?.replace(/,/g, ""))).toBeGreaterThan(0);
    await visit.page.waitForSelector(".provenance span.badge.ok", { timeout: 120_000 });
    expect(await visit.page.getAttribute("#enrolment-agreement", "data-status")).toBe("identical");
    expect(await visit.page.locator("#kpi-window").textContent()).toMatch(/^\d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}$/);
    await visit.page.screenshot({ path: path.join(shots, "overview-unlocked.png"), fullPage: true });
    expect(visit.problems()).toEqual([]);
    await visit.close();
  }, 300_000);

  it("the locked dropout page shows the model card and says what waits; unlocked, the test rows are decrypted and the predictions agree with the build", async () => {
    const visit = await open("dropout");
    await visit.page.waitForSelector("#model-card-auroc", { timeout: 120_000 });
    expect(await visit.page.locator("#model-card-auroc").textContent()).toMatch(/^MLP 0\.\d{3} \(0\.\d{3}–0\.\d{3}\), logistic 0\.\d{3}/);
    expect(await visit.page.locator("#prediction-locked").textContent()).toMatch(
      /^locked Every section below but the model card .* needs patient-level rows, which are encrypted in this site: shown once the page is unlocked/,
    );
    expect(await visit.page.locator("#prediction-check").count()).toBe(0);
    expect(visit.requests.filter((u) => PATIENT_FILE.test(u))).toEqual([]);
    await visit.page.screenshot({ path: path.join(shots, "dropout-locked.png"), fullPage: true });
    expect(await unlock(visit, PASSPHRASE)).toContain("unlocked");
    await visit.page.waitForSelector("#prediction-check[data-status]:not([data-status=pending])", { timeout: 120_000 });
    expect(await visit.page.getAttribute("#prediction-check", "data-status")).toBe("identical");
    expect(await visit.page.locator("#prediction-locked").count()).toBe(0);
    expect(
      visit.requests
        .filter((u) => PATIENT_FILE.test(u))
        .map((u) => new URL(u).pathname.split("/").pop()!.split(".")[0])
        .sort(),
    ).toEqual(["dropout", "monitoring"]);
    await visit.page.waitForSelector("#monitoring-status", { timeout: 120_000 });
    expect(visit.problems()).toEqual([]);
    await visit.close();
  }, 300_000);

  it("the locked cohort page says the exclusion log and the disposition are locked; unlocked, the record accounting renders from the decrypted log", async () => {
    const visit = await open("cohort");
    await visit.page.waitForSelector("#exclusions-locked", { timeout: 120_000 });
    expect(await visit.page.locator("#disposition-locked").textContent()).toMatch(/^locked The disposition by arm .* needs patient-level rows/);
    expect(await visit.page.locator("#record-accounting").count()).toBe(0);
    await visit.page.screenshot({ path: path.join(shots, "cohort-locked.png"), fullPage: true });
    expect(visit.requests.filter((u) => PATIENT_FILE.test(u) || SMALL_CELL_FILE.test(u))).toEqual([]);
    // The CONSORT diagram draws the locked view: no count of 1-4 subjects in it.
    const lockedDiagram = (await visit.page.locator("#consort svg").textContent()) ?? "";
    expect(lockedDiagram).toContain("n = ");
    expect(lockedDiagram).not.toMatch(/: [1-4](?!\d)/);
    expect(await unlock(visit, PASSPHRASE)).toContain("unlocked");
    await visit.page.waitForSelector("#record-accounting", { timeout: 120_000 });
    expect(await visit.page.locator("#exclusions-locked").count()).toBe(0);
    expect(await visit.page.locator("#disposition-locked").count()).toBe(0);
    expect(await visit.page.getAttribute("#exclusion-log-json", "href")).toMatch(/^blob:/);
    await visit.page.waitForSelector("#consort-check .badge", { timeout: 120_000 });
    expect(await visit.page.locator("#consort-check .badge").textContent()).toBe("consistent");
    expect(visit.problems()).toEqual([]);
    await visit.close();
  }, 300_000);

  it("the locked time-to-event page requests neither survival.json nor a patient-level file; unlocked, the recomputation agrees with the full results", async () => {
    const visit = await open("time-to-event");
    await visit.page.waitForSelector("#endpoint-definition", { timeout: 120_000 });
    expect(visit.requests.filter((u) => PATIENT_FILE.test(u) || SMALL_CELL_FILE.test(u))).toEqual([]);
    expect(visit.requests.filter((u) => /\/locked\/survival\.[0-9a-f]{8}\.json$/.test(u))).toHaveLength(1);
    expect(await unlock(visit, PASSPHRASE)).toContain("unlocked");
    await visit.page.waitForSelector("#survival-agreement[data-status]:not([data-status=pending])", { timeout: 120_000 });
    expect(await visit.page.getAttribute("#survival-agreement", "data-status")).toBe("identical");
    expect(await visit.page.locator("table.at-risk td").allTextContents()).not.toContain("<5");
    await visit.page.screenshot({ path: path.join(shots, "time-to-event-unlocked.png"), fullPage: true });
    expect(visit.problems()).toEqual([]);
    await visit.close();
  }, 300_000);

  it("verify decrypts every file with the passphrase and matches data/", async () => {
    const report = await verifyArchive(published.folder, { passphrase: PASSPHRASE, requireEncrypted: true, recompute: false });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
