/**
 * A first visit to the portfolio home and to the largest study's overview (issue 12, goal 5: under
 * 6 MB and the headline numbers on screen within 1 s): the built site (`dist/`, from `npm run
 * build`) served by the project's server on 127.0.0.1 and opened in Debian's Chromium with an
 * empty cache each run. The check column gives the bytes transferred (compressed).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { studies } from "../../src/foundation/registry.ts";
import type { StaticServer } from "../../src/build/serve.ts";
import { measureColdLoad } from "../e2e/cold-load.ts";
import { CHROMIUM, serveDist } from "../e2e/harness.ts";
import type { BenchCase } from "./bench.ts";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const skip = () => (!existsSync(path.join(dist, "index.html")) ? "dist/ is not built (npm run build)" : !existsSync(CHROMIUM) ? `${CHROMIUM} not found` : null);

function coldLoadCase(name: string, sitePath: string, ready: string): BenchCase<StaticServer> {
  return {
    name,
    runs: 5,
    target: { seconds: 1, what: "issue 12 goal 5: numbers on screen within 1 s of a cold first visit" },
    skip,
    prepare: () => serveDist(dist),
    async run(server) {
      const load = await measureColdLoad(server.origin, sitePath, ready);
      if (load.problems.length > 0) throw new Error(`${sitePath}: ${load.problems.join("; ")}`);
      return { seconds: load.msToNumbers / 1000, check: `${(load.transferredBytes / 1e6).toFixed(2)} MB transferred in ${load.requests} requests` };
    },
  };
}

const biggest = "SYN-CONF-B";
const month = studies.find((s) => s.id === biggest)?.dataCuts.at(-1) ?? "";

export default [
  coldLoadCase("cold page load: portfolio home", "", "#kpi-subjects"),
  coldLoadCase(`cold page load: ${biggest} ${month} overview`, `study/${biggest}/${month}/`, "#kpi-enrolled"),
];
