/**
 * Light pages (issue 12, goal 5): the portfolio home and the study overviews load no DuckDB-WASM
 * and weigh under 6 MB on a first visit with an empty cache, as the site's server sends them
 * (compressed). The time until the headline numbers are on screen is recorded in
 * test-results/e2e/page-weight.json (a measurement, not asserted here: `npm run bench -- "cold
 * page load"` reports it on /benchmarks).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { studies } from "../../src/foundation/registry.ts";
import { measureColdLoad, type ColdLoad } from "./cold-load.ts";
import { resultsDir, serveDist } from "./harness.ts";
import type { StaticServer } from "../../src/build/serve.ts";

const BUDGET_BYTES = 6_000_000;
const latest = (id: string) => studies.find((s) => s.id === id)?.dataCuts.at(-1) as string;
const cases = [
  { name: "portfolio", path: "", ready: "#kpi-subjects" },
  ...["SYN-CONF-B", "CDISCPILOT01"]
    .filter((id) => studies.some((s) => s.id === id))
    .map((id) => ({ name: `${id} overview`, path: `study/${id}/${latest(id)}/`, ready: "#kpi-enrolled" })),
];

describe("page weight on a first visit", () => {
  let server: StaticServer;
  const measured: ColdLoad[] = [];
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
    await mkdir(resultsDir, { recursive: true });
    await writeFile(path.join(resultsDir, "page-weight.json"), `${JSON.stringify(measured, null, 2)}\n`);
  });

  test.each(cases)("$name: under 6 MB, no DuckDB-WASM, no console error", async ({ path: sitePath, ready }) => {
    const load = await measureColdLoad(server.origin, sitePath, ready);
    measured.push(load);
    expect(load.problems).toEqual([]);
    expect(load.paths.filter((u) => u.includes("duckdb"))).toEqual([]);
    expect(load.transferredBytes, JSON.stringify(load.largest)).toBeLessThan(BUDGET_BYTES);
  });
});
