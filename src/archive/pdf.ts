/**
 * PDFs of a built study-month's report pages (every page of `studyPages`: overview, cohort and
 * the analysis pages present in this build), printed by headless Chromium through playwright-core
 * from the site served on 127.0.0.1. Any request off that origin is blocked; a page error, a
 * console error or a blocked request fails the publication (a report that does not render cleanly
 * is not archived).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import type { PageAgreement } from "./types.ts";
import { studyPagePath, studyPages } from "../foundation/routes.ts";
import { startServer } from "../build/serve.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** How long a page may take to compute everything it shows (the analysis page runs a bootstrap). */
const PAGE_TIMEOUT_MS = 600_000;

/** `01-overview.pdf`, `02-cohort.pdf`, ... in the order of `studyPages`. */
export function pdfFileName(index: number, slug: string): string {
  return `${String(index + 1).padStart(2, "0")}-${slug === "" ? "overview" : slug}.pdf`;
}

/**
 * Prints every report page of the study-month to PDF (once no cell is loading and no agreement
 * badge is pending) and returns the files with each page's agreement verdicts. A page whose
 * browser recomputation disagrees with the build ("different", or "error") is not archived.
 */
export async function renderReportPdfs(options: {
  siteDir: string;
  study: string;
  month: string;
  outDir: string;
  passphrase?: string;
}): Promise<{ files: string[]; agreement: PageAgreement[] }> {
  const server = await startServer({ root: options.siteDir, port: 0 });
  const profile = await mkdtemp(path.join(tmpdir(), "archive-pdf-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: "en-US",
    timezoneId: "UTC",
    viewport: { width: 1200, height: 900 },
  });
  const written: string[] = [];
  const agreement: PageAgreement[] = [];
  try {
    for (const [index, { slug }] of studyPages.entries()) {
      const page = await context.newPage();
      const problems: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (/^(data|blob|about):/.test(url) || new URL(url).origin === server.origin) return route.continue();
        problems.push(`off-origin request ${url}`);
        return route.abort("blockedbyclient");
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
      });
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      const url = new URL(studyPagePath(options.study, options.month, slug).slice(1), server.url).href;
      await page.goto(url, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT_MS });
      if (options.passphrase !== undefined) await unlockPage(page, options.passphrase, PAGE_TIMEOUT_MS);
      await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 500 });
      // The analysis page's bootstrap finishes in Web Workers after the page has loaded.
      await page.waitForFunction(() => document.querySelectorAll('[data-agreement][data-status="pending"]').length === 0, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 500 });
      const checks = await page
        .locator("[data-agreement]")
        .evaluateAll((els) => els.map((el) => ({ id: el.id, status: (el as HTMLElement).dataset.status ?? "", engines: (el as HTMLElement).dataset.engines ?? "" })));
      agreement.push({ page: slug === "" ? "overview" : slug, checks });
      for (const c of checks) if (c.status !== "identical" && c.status !== "noise") problems.push(`agreement check #${c.id}: ${c.status} (${c.engines})`);
      const errors = await page.locator(".observablehq--error").allTextContents();
      problems.push(...errors.map((e) => `cell error: ${e}`));
      if (problems.length > 0) throw new Error(`report page ${url} did not render cleanly, so it is not archived:\n  ${problems.join("\n  ")}`);
      await page.emulateMedia({ media: "print" });
      const file = path.join(options.outDir, pdfFileName(index, slug));
      await page.pdf({ path: file, format: "A4", printBackground: true, margin: { top: "12mm", bottom: "12mm", left: "10mm", right: "10mm" } });
      written.push(file);
      await page.close();
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await server.close();
  }
  return { files: written, agreement };
}

/**
 * An encrypted site's page (pages/components/patient-data.ts) asks for the study passphrase before
 * it loads patient-level files: type it as a reader would and wait for the page to unlock. A page
 * that loads no patient-level file has no panel and is left as it is; a refused passphrase is an error.
 */
export async function unlockPage(page: Page, passphrase: string, timeout: number): Promise<void> {
  await page.waitForFunction(() => document.querySelector("#patient-lock form") !== null || document.querySelectorAll("observablehq-loading").length === 0, undefined, {
    timeout,
    polling: 250,
  });
  if ((await page.locator("#patient-lock form").count()) === 0) return;
  await page.locator('#patient-lock input[type="password"]').fill(passphrase);
  await page.locator("#patient-lock button[type=submit]").click();
  await page.waitForFunction(
    () => document.querySelector("#patient-lock.unlocked") !== null || /\[[a-z-]+\]/.test(document.querySelector("#patient-lock .unlock-status")?.textContent ?? ""),
    undefined,
    { timeout, polling: 250 },
  );
  // allTextContents does not wait: textContent() on a locator that matches nothing (the page
  // unlocked) waited Playwright's default 30 s before failing, on every page of every publication.
  const [refused] = await page.locator("#patient-lock:not(.unlocked) .unlock-status").allTextContents();
  if (refused) throw new Error(`unlocking ${page.url()}: ${refused}`);
}
