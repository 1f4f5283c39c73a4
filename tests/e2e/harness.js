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
import { chromium } from "playwright-core";
import { startServer } from "../../src/build/serve.ts";
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const distDir = path.join(projectRoot, "dist");
/** Where the e2e run writes its build log, build marker and screenshots (git-ignored). */
export const resultsDir = path.join(projectRoot, "test-results", "e2e");
/** Written by global-setup.ts: how the site under test was built. */
export const buildMarkerFile = path.join(resultsDir, "build.json");
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
export async function readBuildMarker() {
    return JSON.parse(await readFile(buildMarkerFile, "utf-8"));
}
/** Starts the static server of `src/build/serve.ts` on 127.0.0.1 with a free port. */
export async function serveDist(root = distDir) {
    if (!existsSync(path.join(root, "index.html")))
        throw new Error(`${root}/index.html is missing: the site is not built`);
    return startServer({ root, port: 0, host: "127.0.0.1" });
}
/** Launches Debian's Chromium headless with a fresh, throw-away profile. */
export async function launchBrowser(options = {}) {
    if (!existsSync(CHROMIUM))
        throw new Error(`${CHROMIUM} not found: apt-get install chromium (or set CHROMIUM_PATH)`);
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
/** True for URLs that never touch the network (data:, blob:, about:). */
function isLocalScheme(url) {
    return /^(data|blob|about|chrome-error):/i.test(url);
}
/**
 * Opens `url` in a new page of `context` and records its problems. Every request, including
 * those of workers (DuckDB-WASM's), passes through a route: off-origin ones are aborted and
 * recorded. Resolves after the `load` event; wait for page content in the test.
 */
export async function openPage(context, origin, url) {
    const consoleErrors = [];
    const pageErrors = [];
    const offOriginRequests = [];
    const failedRequests = [];
    const isOffOrigin = (u) => !isLocalScheme(u) && new URL(u).origin !== origin;
    const page = await context.newPage();
    // page.route sees the requests of the page's dedicated workers too (DuckDB-WASM's worker and
    // its .wasm were checked to pass through it).
    await page.route("**/*", async (route) => {
        const u = route.request().url();
        if (isOffOrigin(u)) {
            if (!offOriginRequests.includes(u))
                offOriginRequests.push(u);
            await route.abort("blockedbyclient");
        }
        else {
            await route.continue();
        }
    });
    // Requests that bypass routing (if any) are still seen here.
    page.on("request", (request) => {
        const u = request.url();
        if (isOffOrigin(u) && !offOriginRequests.includes(u))
            offOriginRequests.push(u);
    });
    page.on("console", (message) => {
        if (message.type() === "error")
            consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    page.on("requestfailed", (request) => {
        if (!isOffOrigin(request.url()))
            failedRequests.push(`${request.failure()?.errorText ?? "failed"} ${request.url()}`);
    });
    page.on("response", (response) => {
        if (response.status() >= 400)
            failedRequests.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await page.goto(url, { waitUntil: "load" });
    return {
        page,
        url,
        consoleErrors,
        pageErrors,
        offOriginRequests,
        failedRequests,
        problems: () => [
            ...consoleErrors.map((e) => `console error: ${e}`),
            ...pageErrors.map((e) => `page error: ${e}`),
            ...offOriginRequests.map((u) => `off-origin request: ${u}`),
            ...failedRequests.map((u) => `failed request: ${u}`),
        ],
        close: () => page.close(),
    };
}
/** Serves `dist/` and launches Chromium: one per test file. */
export async function startSite() {
    const server = await serveDist();
    let browser;
    try {
        browser = await launchBrowser();
    }
    catch (error) {
        await server.close();
        throw error;
    }
    return {
        server,
        browser,
        openPage: (sitePath) => openPage(browser.context, server.origin, new URL(sitePath.replace(/^\//, ""), server.url).href),
        async screenshot(page, name) {
            await mkdir(resultsDir, { recursive: true });
            const file = path.join(resultsDir, `${name}.png`);
            await page.screenshot({ path: file, fullPage: true });
            return file;
        },
        async close() {
            await browser.close();
            await server.close();
        },
    };
}
