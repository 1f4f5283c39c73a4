/**
 * Browser end-to-end harness: serves the built site (`dist/`) on 127.0.0.1, drives Debian's
 * Chromium with playwright-core, and records everything a test must be able to assert is absent:
 * console errors, uncaught page errors, failed or HTTP-error responses, and any request whose
 * origin is not the site's (those are aborted, so nothing leaves the machine even by mistake).
 *
 *   const site = await startSite();
 *   const visit = await site.openPage("system");
 *   ...
 *   expect(visit.problems()).toEqual([]);
 *   await site.close();
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startServer, type StaticServer } from "../../src/build/serve.ts";
import { studies } from "../../src/foundation/registry.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const distDir = path.join(projectRoot, "dist");
/** Where the e2e run writes its build log, build marker and screenshots (git-ignored). */
export const resultsDir = path.join(projectRoot, "test-results", "e2e");
/** Written by global-setup.ts: how the site under test was built. */
export const buildMarkerFile = path.join(resultsDir, "build.json");
/** Present while global-setup.ts builds the site (it holds the pid of the vitest process that started it). */
export const buildPendingFile = path.join(resultsDir, "build.pending");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
  "--metrics-recording-only",
  "--no-pings",
  // Defence in depth: a host name other than the loopback address resolves to nothing.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export interface BuildMarker {
  /** The command that built `dist/`, as run (argv). */
  command: string[];
  /** Network interfaces visible inside the build's network namespace (only `lo` when isolated). */
  interfaces: string[];
  exitCode: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  log: string;
}

export async function readBuildMarker(): Promise<BuildMarker> {
  return JSON.parse(await readFile(buildMarkerFile, "utf-8")) as BuildMarker;
}

/** Starts the static server of `src/build/serve.ts` on 127.0.0.1 with a free port. */
export async function serveDist(root = distDir): Promise<StaticServer> {
  if (!existsSync(path.join(root, "index.html"))) throw new Error(`${root}/index.html is missing: the site is not built`);
  return startServer({ root, port: 0, host: "127.0.0.1" });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with a fresh, throw-away profile. */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set CHROMIUM_PATH)`);
  const userDataDir = await mkdtemp(path.join(tmpdir(), "e2e-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: "en-US",
    timezoneId: "UTC",
    serviceWorkers: "block",
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageVisit {
  page: Page;
  url: string;
  consoleErrors: string[];
  pageErrors: string[];
  /** Distinct URLs requested from any origin other than the site's; each request was aborted. */
  offOriginRequests: string[];
  /** Same-origin requests that failed or answered with an HTTP error status. */
  failedRequests: string[];
  /** All of the above, prefixed by kind: empty when the page behaved. */
  problems(): string[];
  close(): Promise<void>;
}

/** True for URLs that never touch the network (data:, blob:, about:). */
function isLocalScheme(url: string): boolean {
  return /^(data|blob|about|chrome-error):/i.test(url);
}

/** The problems a visit records, and the visit they belong to. */
interface VisitLog {
  consoleErrors: string[];
  pageErrors: string[];
  offOriginRequests: string[];
  failedRequests: string[];
}

/**
 * A tab whose every request passes through a route: off-origin ones are aborted and recorded,
 * with console errors, uncaught errors and failed responses, into the log of the visit under way
 * (`log`; null between visits, when late events of the previous document are dropped).
 * page.route sees the requests of the page's dedicated workers too (DuckDB-WASM's worker and its
 * .wasm were checked to pass through it).
 */
interface InstrumentedTab {
  page: Page;
  log: VisitLog | null;
}

async function instrumentTab(context: BrowserContext, origin: string): Promise<InstrumentedTab> {
  const isOffOrigin = (u: string): boolean => !isLocalScheme(u) && new URL(u).origin !== origin;
  const page = await context.newPage();
  const tab: InstrumentedTab = { page, log: null };
  await page.route("**/*", async (route) => {
    const u = route.request().url();
    if (isOffOrigin(u)) {
      if (tab.log && !tab.log.offOriginRequests.includes(u)) tab.log.offOriginRequests.push(u);
      await route.abort("blockedbyclient");
    } else {
      await route.continue();
    }
  });
  // Requests that bypass routing (if any) are still seen here.
  page.on("request", (request) => {
    const u = request.url();
    if (tab.log && isOffOrigin(u) && !tab.log.offOriginRequests.includes(u)) tab.log.offOriginRequests.push(u);
  });
  page.on("console", (message) => {
    if (tab.log && message.type() === "error") tab.log.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => tab.log?.pageErrors.push(error.stack ?? error.message));
  page.on("requestfailed", (request) => {
    if (tab.log && !isOffOrigin(request.url())) tab.log.failedRequests.push(`${request.failure()?.errorText ?? "failed"} ${request.url()}`);
  });
  page.on("response", (response) => {
    if (tab.log && response.status() >= 400) tab.log.failedRequests.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return tab;
}

/** Starts a visit of `url` in `tab`: a fresh log, then the navigation (resolves after `load`). */
async function visitInTab(tab: InstrumentedTab, url: string, close: () => Promise<void>): Promise<PageVisit> {
  const log: VisitLog = { consoleErrors: [], pageErrors: [], offOriginRequests: [], failedRequests: [] };
  tab.log = log;
  await tab.page.goto(url, { waitUntil: "load" });
  return {
    page: tab.page,
    url,
    ...log,
    problems: () => [
      ...log.consoleErrors.map((e) => `console error: ${e}`),
      ...log.pageErrors.map((e) => `page error: ${e}`),
      ...log.offOriginRequests.map((u) => `off-origin request: ${u}`),
      ...log.failedRequests.map((u) => `failed request: ${u}`),
    ],
    close,
  };
}

/**
 * Opens `url` in a new page of `context` and records its problems (see InstrumentedTab).
 * Resolves after the `load` event; wait for page content in the test. `close()` closes the page.
 */
export async function openPage(context: BrowserContext, origin: string, url: string): Promise<PageVisit> {
  const tab = await instrumentTab(context, origin);
  return visitInTab(tab, url, () => tab.page.close());
}

export interface Site {
  server: StaticServer;
  browser: Browser;
  /** Opens a site path (`"system"`, `"study/SYN-LIN-C/2025-12/"`) in an idle tab or a new one, at `viewport` (default 1280 × 900). */
  openPage(sitePath: string, options?: { viewport?: { width: number; height: number } }): Promise<PageVisit>;
  /** Saves a full-page screenshot under test-results/e2e/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * A study-month page's screenshot, `<slug>-<study>-<month>.png`: taken at each study's latest
   * cut only, unless E2E_SCREENSHOTS=all. A full-page screenshot of a long report page costs about
   * half a second of both cores; the earlier cuts' pages are the same layout with other numbers,
   * and the suite opens about 240 of them.
   */
  screenshotCut(page: Page, slug: string, study: string, month: string): Promise<string | null>;
  close(): Promise<void>;
}

async function fullPageScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** True when `month` is the study's latest data cut in the registry. */
export function isLatestCut(study: string, month: string): boolean {
  return studies.find((s) => s.id === study)?.dataCuts.at(-1) === month;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/**
 * Serves `dist/` and launches Chromium: one per test file. `openPage` reuses an idle tab (a page
 * whose visit was closed) instead of opening a new one: a new tab costs Chromium a renderer
 * process, about 0.5 s of both cores per visit, and the suite makes about 600 visits. Closing a
 * visit navigates its tab to about:blank (which stops the page's scripts and workers) and
 * restores the default viewport; the next visit starts with an empty log.
 */
export async function startSite(): Promise<Site> {
  const server = await serveDist();
  let browser: Browser;
  try {
    browser = await launchBrowser({ viewport: DEFAULT_VIEWPORT });
  } catch (error) {
    await server.close();
    throw error;
  }
  const idle: InstrumentedTab[] = [];
  return {
    server,
    browser,
    async openPage(sitePath, options = {}) {
      const tab = idle.pop() ?? (await instrumentTab(browser.context, server.origin));
      if (options.viewport) await tab.page.setViewportSize(options.viewport);
      let closed = false;
      return visitInTab(tab, new URL(sitePath.replace(/^\//, ""), server.url).href, async () => {
        if (closed) return;
        closed = true;
        tab.log = null;
        try {
          await tab.page.goto("about:blank");
          const size = tab.page.viewportSize();
          if (size?.width !== DEFAULT_VIEWPORT.width || size?.height !== DEFAULT_VIEWPORT.height) await tab.page.setViewportSize(DEFAULT_VIEWPORT);
          idle.push(tab);
        } catch {
          await tab.page.close().catch(() => undefined);
        }
      });
    },
    screenshot: fullPageScreenshot,
    async screenshotCut(page, slug, study, month) {
      if (process.env.E2E_SCREENSHOTS !== "all" && !isLatestCut(study, month)) return null;
      return fullPageScreenshot(page, `${slug}-${study}-${month}`);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
