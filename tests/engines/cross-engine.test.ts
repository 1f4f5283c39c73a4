/**
 * The estimators give the same bits in Node and in Chromium (issue: identical digits in every
 * browser). The library is bundled with esbuild exactly as the site ships it (one ES module, stdlib
 * inlined), loaded into a blank Chromium page, and the cross-engine battery
 * (estimators/src/engine-battery.ts: elementary functions, distributions, generator, regression
 * fits, every treatment-effect estimator, the primary analysis with its full-refit bootstrap,
 * sensitivity analyses, the survival estimators (Kaplan–Meier with log and log-log intervals and
 * quantiles, stratified log-rank, Cox Efron and Breslow with robust SE, cox.zph, two-arm RMST, the
 * IPW-adjusted curves and the full-refit bootstrap of the adjusted survival and RMST differences),
 * classification metrics, a network's forward pass) is run in both engines on
 * generated data and on the committed three-arm fixture (tests/reference/study-analysis/). Every
 * number must have the same bits; -0, NaN and the infinities are compared too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEngineBattery, type EngineBatteryOptions } from "../../estimators/src/index.ts";
import { readFixture } from "../estimators/reference.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/harness.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** JSON in which every number keeps its identity: -0, NaN and ±Infinity as strings. */
const EXACT_JSON = `(value) => JSON.stringify(value, (key, x) => typeof x === "number" ? (Object.is(x, -0) ? "-0" : Number.isFinite(x) ? x : String(x)) : x)`;
// biome-ignore lint/security/noGlobalEval: the same source text runs in Node and in the page, so both serialise numbers alike
const exactJson: (value: unknown) => string = eval(EXACT_JSON);

let browser: Browser;
let libraryCode = "";
const fixtureRows = readFixture("../study-analysis/trial3arm.csv");

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [path.join(root, "estimators/src/index.ts")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "estimators",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    logLevel: "silent",
  });
  libraryCode = bundle.outputFiles[0]?.text ?? "";
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS.filter((a) => a !== "--headless"), headless: true });
  console.log(`cross-engine: Node ${process.version} (V8 ${process.versions.v8}) against Chromium ${browser.version()}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function inChromium(options: EngineBatteryOptions): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: libraryCode });
    return await page.evaluate(
      ({ options, exact }) => {
        // An indirect eval (global scope) of the serialiser's source text: the same text as in Node.
        // biome-ignore lint/security/noGlobalEval: see above
        const indirectEval = eval;
        const toJson = indirectEval(exact) as (v: unknown) => string;
        return toJson((globalThis as unknown as { estimators: { runEngineBattery(o: unknown): unknown } }).estimators.runEngineBattery(options));
      },
      { options, exact: EXACT_JSON },
    );
  } finally {
    await page.close();
  }
}

function firstDifference(a: unknown, b: unknown, at = ""): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return `${at}: Node ${JSON.stringify(a)}, Chromium ${JSON.stringify(b)}`;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

describe("the estimators in Node and in Chromium", () => {
  it.each([
    ["generated trial (400 subjects, 50 bootstrap replicates)", {}],
    ["the committed three-arm fixture (trial3arm.csv, 200 replicates)", { rows: fixtureRows, replicates: 200, arguments: 5000 }],
  ] as Array<[string, EngineBatteryOptions]>)(
    "give identical bits: %s",
    async (_name, options) => {
      const node = exactJson(runEngineBattery(options));
      const chrome = await inChromium(options);
      expect(node.length).toBeGreaterThan(100_000);
      const survival = (JSON.parse(node) as { survival: Record<string, unknown> }).survival;
      expect(Object.keys(survival)).toEqual(expect.arrayContaining(["kaplanMeierLog", "kaplanMeierLogLog", "logRankStratified", "coxEfron", "coxBreslow", "coxZph", "rmst"]));
      expect((JSON.parse(node) as { adjustedSurvival: { bootstrap: { replicateStatistics: number[][] } } }).adjustedSurvival.bootstrap.replicateStatistics[1]!.length).toBe(
        options.replicates ?? 50,
      );
      if (node !== chrome) expect(firstDifference(JSON.parse(node), JSON.parse(chrome))).toBeNull();
      expect(chrome).toBe(node);
    },
    180_000,
  );

  it("the bundle the test loads is the library the site ships (same source, stdlib inlined)", () => {
    expect(libraryCode).toContain("runEngineBattery");
    expect(libraryCode).not.toMatch(/\brequire\(["']@stdlib/);
    expect(readFileSync(path.join(root, "estimators/bundle.mjs"), "utf-8")).toContain('platform: "neutral"');
  });
});
