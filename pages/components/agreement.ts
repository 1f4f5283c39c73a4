/**
 * The one agreement check of the site: a result the build computed (Node) against the same result
 * recomputed in this browser from the same bytes with the same code. Every page that recomputes a
 * build's number shows its verdict through `agreementBadge`, with one rule:
 *   - identical: every number has the same bits (the expected case: every function the estimators
 *     call is built from IEEE-exact operations, estimators/src/elementary-functions.ts);
 *   - noise: some numbers differ, each by at most 1e-12 relative — a difference of rounding only,
 *     which cannot change a reported digit; the result stands, and the badge names both engines
 *     so that the difference can be reported;
 *   - different: a number differs by more, or the results differ in shape (a missing value, a
 *     different string or length); the page's results must not be used.
 */
export type AgreementStatus = "identical" | "noise" | "different";

/** Relative difference below which two numbers are equal up to floating-point rounding. */
export const NOISE_TOLERANCE = 1e-12;

export interface Difference {
  /** Where, e.g. `comparisons[0].estimates.aipw.difference.estimate`. */
  path: string;
  stored: unknown;
  recomputed: unknown;
  /** |stored − recomputed| / max(|stored|, |recomputed|) for two numbers; Infinity otherwise. */
  relative: number;
}

export interface Agreement {
  status: AgreementStatus;
  /** Numbers compared. */
  numbers: number;
  /** The first differences (at most `limit`), the largest first. */
  differences: Difference[];
  /** Differences found in all (the list may be capped). */
  differenceCount: number;
  largestRelative: number;
}

function relativeDifference(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/**
 * Compares two JSON values: numbers by their bits, then by the noise rule; everything else exactly.
 *
 * @example
 * compareResults({ a: [1, 2] }, { a: [1, 2] }).status // => "identical"
 * compareResults({ a: 0.1 + 0.2 }, { a: 0.3 }).status // => "noise"
 * compareResults({ a: 1 }, { a: 1.001 }).status // => "different"
 */
export function compareResults(stored: unknown, recomputed: unknown, limit = 20): Agreement {
  const differences: Difference[] = [];
  let numbers = 0;
  let largest = 0;
  let count = 0;
  const note = (d: Difference) => {
    count++;
    largest = Math.max(largest, d.relative);
    differences.push(d);
  };
  const walk = (a: unknown, b: unknown, path: string) => {
    if (typeof a === "number" && typeof b === "number") {
      numbers++;
      const r = relativeDifference(a, b);
      if (r !== 0 || !Object.is(a, b)) note({ path, stored: a, recomputed: b, relative: Object.is(a, b) ? 0 : r === 0 ? Number.MIN_VALUE : r });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) note({ path: `${path}.length`, stored: a.length, recomputed: b.length, relative: Infinity });
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
      for (const k of new Set([...Object.keys(a as object), ...Object.keys(b as object)]))
        walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path === "" ? k : `${path}.${k}`);
      return;
    }
    if (a !== b) note({ path: path || "(root)", stored: a, recomputed: b, relative: Infinity });
  };
  walk(stored, recomputed, "");
  differences.sort((x, y) => y.relative - x.relative);
  const status: AgreementStatus = count === 0 ? "identical" : largest <= NOISE_TOLERANCE ? "noise" : "different";
  return { status, numbers, differences: differences.slice(0, limit), differenceCount: count, largestRelative: largest };
}

/** The engines on both sides, as the badge names them. */
export interface Engines {
  /** e.g. "Node v20.20.2 (V8 11.3.244.8-node.38)", from the build's engine.json. */
  build: string;
  /** e.g. "Chromium 150.0.7871.100", from this browser. */
  browser: string;
}

/** The browser's engine, as precisely as it says (the full version where the browser exposes it). */
export async function browserEngine(): Promise<string> {
  const nav = globalThis.navigator as
    | (Navigator & { userAgentData?: { getHighEntropyValues(h: string[]): Promise<{ fullVersionList?: Array<{ brand: string; version: string }> }> } })
    | undefined;
  if (nav?.userAgentData) {
    try {
      const { fullVersionList } = await nav.userAgentData.getHighEntropyValues(["fullVersionList"]);
      const brand = fullVersionList?.find((b) => /Chromium|Chrome|Edge|Opera/.test(b.brand) && !/Not/.test(b.brand));
      if (brand) return `${brand.brand} ${brand.version}`;
    } catch {
      // fall through to the user-agent string
    }
  }
  return nav?.userAgent ?? "unknown browser";
}

/** The build's engine from `engine.json` (written by the data step: Node and V8 versions). */
export function buildEngine(info: { node: string; v8: string } | null | undefined): string {
  return info ? `Node ${info.node} (V8 ${info.v8})` : "the build (engine not recorded)";
}

/** Both engines: the build's from its `engine.json`, this browser's as it reports itself. */
export async function siteEngines(buildInfo: { node: string; v8: string } | null | undefined): Promise<Engines> {
  return { build: buildEngine(buildInfo), browser: await browserEngine() };
}

const fmtNumber = (x: unknown) => (typeof x === "number" ? String(x) : JSON.stringify(x));

/**
 * The visible verdict. `what` says what was compared (e.g. "the primary analysis: every number,
 * bootstrap intervals included"); `id` names the element (e2e tests find it by id and read
 * `data-status`, one of identical, noise, different, pending, error).
 */
export function agreementBadge(agreement: Agreement, options: { id: string; what: string; engines: Engines; compact?: boolean }): HTMLElement {
  if (options.compact) return agreementTag(agreement, options);
  const box = document.createElement("div");
  box.id = options.id;
  box.className = `agreement agreement-${agreement.status === "different" ? "fail" : agreement.status === "noise" ? "noise" : "ok"}`;
  box.dataset.status = agreement.status;
  box.dataset.agreement = "";
  box.dataset.engines = `${options.engines.build} | ${options.engines.browser}`;
  const title = document.createElement("strong");
  const text = document.createElement("span");
  const { build, browser } = options.engines;
  if (agreement.status === "identical") {
    title.textContent = "✓ Build and browser agree";
    text.textContent = ` — ${options.what}: ${agreement.numbers} numbers recomputed in this browser (${browser}) are identical, bit for bit, to the build's (${build}).`;
  } else if (agreement.status === "noise") {
    title.textContent = "✓ Build and browser agree within rounding";
    text.textContent = ` — ${options.what}: ${agreement.differenceCount} of ${agreement.numbers} numbers differ in their last bits (largest relative difference ${agreement.largestRelative.toExponential(1)}, at most ${NOISE_TOLERANCE}) between the build (${build}) and this browser (${browser}). No reported digit can change; the result stands. Please report it: the site is meant to give identical bits in every engine.`;
  } else {
    title.textContent = "✗ BUILD AND BROWSER DISAGREE";
    text.textContent = ` — ${options.what}: recomputed in this browser (${browser}), ${agreement.differenceCount} value(s) differ from the build's (${build}) by more than rounding. Do not use these results.`;
  }
  box.append(title, text);
  if (agreement.status !== "identical") {
    const list = document.createElement("ul");
    for (const d of agreement.differences) {
      const li = document.createElement("li");
      li.textContent = `${d.path}: build ${fmtNumber(d.stored)}, browser ${fmtNumber(d.recomputed)}${Number.isFinite(d.relative) ? ` (relative ${d.relative.toExponential(1)})` : ""}`;
      list.append(li);
    }
    box.append(list);
  }
  return box;
}

/** A check that could not run (the recomputation threw): it cannot pass. */
export function agreementErrorBadge(error: unknown, options: { id: string; what: string }): HTMLElement {
  const box = document.createElement("div");
  box.id = options.id;
  box.className = "agreement agreement-fail";
  box.dataset.status = "error";
  box.dataset.agreement = "";
  const title = document.createElement("strong");
  title.textContent = "✗ THE BROWSER COULD NOT RECOMPUTE THE BUILD'S RESULT";
  const text = document.createElement("span");
  text.textContent = ` — ${options.what}: ${error instanceof Error ? error.message : String(error)}`;
  box.append(title, text);
  return box;
}

/**
 * The same verdict as `agreementBadge`, as a short badge for a card (the engines and the largest
 * difference in its tooltip): "identical", "within rounding" or "DIFFERENT".
 */
function agreementTag(agreement: Agreement, options: { id: string; what: string; engines: Engines }): HTMLElement {
  const tag = document.createElement("span");
  tag.id = options.id;
  tag.dataset.status = agreement.status;
  tag.dataset.agreement = "";
  tag.dataset.engines = `${options.engines.build} | ${options.engines.browser}`;
  tag.className = `badge ${agreement.status === "different" ? "fail" : agreement.status === "noise" ? "noise" : "ok"}`;
  tag.textContent = agreement.status === "identical" ? "identical" : agreement.status === "noise" ? "within rounding" : "DIFFERENT";
  tag.title = `${options.what}: ${agreement.numbers} numbers; build ${options.engines.build}, browser ${options.engines.browser}; largest relative difference ${agreement.largestRelative.toExponential(1)}`;
  return tag;
}
