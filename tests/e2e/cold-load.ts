/**
 * A first visit with an empty browser cache: the bytes that crossed the wire (compressed, as the
 * site's server sends them) and the time from navigation until the page's headline number is on
 * screen. Used by the page-weight e2e test (which asserts the byte budget) and by the
 * `cold page load` bench case (which reports the times on /benchmarks).
 */
import { launchBrowser, openPage } from "./harness.ts";

export interface ColdLoad {
  path: string;
  /** Response bodies as transferred (after Content-Encoding), summed over every request. */
  transferredBytes: number;
  requests: number;
  /** Navigation start to the ready selector holding text, in milliseconds. */
  msToNumbers: number;
  /** Paths of every response (same origin: anything else was aborted and is in `problems`). */
  paths: string[];
  /** The largest responses, for a report that says what weighs. */
  largest: Array<{ url: string; bytes: number }>;
  problems: string[];
}

/**
 * Opens `sitePath` of the site served at `origin` in a fresh Chromium profile (nothing cached)
 * and waits until `readySelector` holds non-blank text.
 */
export async function measureColdLoad(origin: string, sitePath: string, readySelector: string): Promise<ColdLoad> {
  const browser = await launchBrowser();
  try {
    const sizes: Array<Promise<{ url: string; bytes: number }>> = [];
    const url = new URL(sitePath.replace(/^\//, ""), `${origin}/`).href;
    const start = performance.now();
    const pending = openPage(browser.context, origin, url);
    // Collect from the context so that requests of workers and of the page itself are both seen.
    browser.context.on("requestfinished", (request) => {
      sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
    });
    const visit = await pending;
    await visit.page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? "").trim() !== "", readySelector, { timeout: 60_000 });
    const msToNumbers = performance.now() - start;
    await visit.page.waitForLoadState("networkidle");
    const all = await Promise.all(sizes);
    const result: ColdLoad = {
      path: sitePath,
      transferredBytes: all.reduce((s, r) => s + r.bytes, 0),
      requests: all.length,
      msToNumbers,
      paths: all.map((r) => new URL(r.url).pathname),
      largest: [...all]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((r) => ({ url: new URL(r.url).pathname, bytes: r.bytes })),
      problems: visit.problems(),
    };
    await visit.close();
    return result;
  } finally {
    await browser.close();
  }
}
