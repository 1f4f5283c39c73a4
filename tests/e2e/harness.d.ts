import { type BrowserContext, type Page } from "playwright-core";
import { type StaticServer } from "../../src/build/serve.ts";
export declare const projectRoot: string;
export declare const distDir: string;
/** Where the e2e run writes its build log, build marker and screenshots (git-ignored). */
export declare const resultsDir: string;
/** Written by global-setup.ts: how the site under test was built. */
export declare const buildMarkerFile: string;
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
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
export declare function readBuildMarker(): Promise<BuildMarker>;
/** Starts the static server of `src/build/serve.ts` on 127.0.0.1 with a free port. */
export declare function serveDist(root?: string): Promise<StaticServer>;
export interface Browser {
    context: BrowserContext;
    close(): Promise<void>;
}
/** Launches Debian's Chromium headless with a fresh, throw-away profile. */
export declare function launchBrowser(options?: {
    viewport?: {
        width: number;
        height: number;
    };
}): Promise<Browser>;
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
/**
 * Opens `url` in a new page of `context` and records its problems. Every request, including
 * those of workers (DuckDB-WASM's), passes through a route: off-origin ones are aborted and
 * recorded. Resolves after the `load` event; wait for page content in the test.
 */
export declare function openPage(context: BrowserContext, origin: string, url: string): Promise<PageVisit>;
export interface Site {
    server: StaticServer;
    browser: Browser;
    /** Opens a site path (`"system"`, `"study/SYN-LIN-C/2025-12/"`) in a new page. */
    openPage(sitePath: string): Promise<PageVisit>;
    /** Saves a full-page screenshot under test-results/e2e/ and returns its path. */
    screenshot(page: Page, name: string): Promise<string>;
    close(): Promise<void>;
}
/** Serves `dist/` and launches Chromium: one per test file. */
export declare function startSite(): Promise<Site>;
