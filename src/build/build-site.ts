/**
 * Builds the static site into `dist/` without the network (`npm run build`; `prebuild` has already
 * compiled the estimator and foundation libraries):
 *   1. the data steps (src/pipeline/run-pipeline.ts): every study-month's snapshot, primary analysis,
 *      prediction models and monitoring, from the content-addressed store when their inputs are
 *      unchanged, laid out in `pages/data/built/`; one log line per study-month;
 *   2. fill Framework's npm cache from node_modules (and clear its `_node` cache);
 *   3. `observable build` with telemetry off, its per-file log written to `.cache/site-build.log`
 *      (warnings and errors are printed); a non-zero exit fails this script. When nothing the site
 *      reads has changed since the last build and its output is untouched (site-up-to-date.ts),
 *      steps 2 and 3 are skipped and the output kept.
 * At the end, one line says where the time went.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPipeline } from "../pipeline/run-pipeline.ts";
import os from "node:os";
import { fillNpmCache } from "./fill-npm-cache.ts";
import { buildPagesInShards } from "./sharded-pages.ts";
import { recordSiteBuild, siteInputsFingerprint, siteUpToDate } from "./site-up-to-date.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const pagesRoot = path.join(projectRoot, "pages");
export const siteBuildLog = path.join(projectRoot, ".cache", "site-build.log");
const siteBuildRecord = path.join(projectRoot, ".cache", "site-build.json");

/** The environment every Framework command runs with: no telemetry, local binaries (tsx) first. */
export function observableEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    OBSERVABLE_TELEMETRY_DISABLE: "true",
    PATH: [path.join(projectRoot, "node_modules", ".bin"), env.PATH ?? ""].join(path.delimiter),
  };
}

/** Framework's progress lines (one per file copied, page rendered, module built, loader run). */
const PROGRESS = /^(\s*(copy|render|build|bundle|load|alias|success|index|dist\/|\/|[├└│┌])|\s*$|\s*in \d+ms$|\s*\S+ → \S+$)/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes (ESC [ … m) from Framework's output
const ANSI = /\x1b\[[0-9;]*m/g;

/** Runs `observable <args>` from the project root; resolves to its exit code and the pages it rendered. */
export function runObservable(args: string[], options: { logFile?: string } = {}): Promise<{ code: number; rendered: number }> {
  const bin = path.join(projectRoot, "node_modules", ".bin", "observable");
  return new Promise((resolve, reject) => {
    const quiet = options.logFile !== undefined;
    const child = spawn(bin, args, { cwd: projectRoot, env: observableEnv(), stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let rendered = 0;
    if (quiet) {
      const log = createWriteStream(options.logFile as string);
      let pending = "";
      const onData = (chunk: Buffer) => {
        log.write(chunk);
        const lines = (pending + chunk.toString("utf-8")).split("\n");
        pending = lines.pop() ?? "";
        for (const raw of lines) {
          const line = raw.replace(ANSI, "");
          if (/^\s*render /.test(line)) rendered++;
          else if (!PROGRESS.test(line)) console.log(`  ${line}`);
        }
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.on("close", () => log.end());
    }
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), rendered }));
  });
}

/**
 * Framework builds in parallel, one per core, when the site has enough pages to repay the second
 * process's start-up (TRIAL_PAGE_SHARDS sets the count; 1 builds the site whole).
 */
function pageShardCount(studyMonths: number): number {
  const configured = process.env.TRIAL_PAGE_SHARDS;
  if (configured !== undefined) return Math.max(1, Number(configured) || 1);
  return studyMonths >= 8 ? Math.min(2, os.availableParallelism()) : 1;
}

async function main(): Promise<number> {
  const start = performance.now();
  const data = await runPipeline();
  const pagesStart = performance.now();
  const output = path.resolve(projectRoot, process.env.TRIAL_OUTPUT ?? "dist");
  const fingerprint = siteInputsFingerprint(projectRoot, data.dataFingerprint);
  const s = (ms: number) => (ms / 1000).toFixed(1);
  if (siteUpToDate(siteBuildRecord, output, fingerprint)) {
    console.log(
      `build: the site is up to date (no source, data or setting changed since the last build, and ${path.relative(projectRoot, output) || output} is untouched): kept, in ${s(performance.now() - start)} s`,
    );
    return 0;
  }
  await rm(siteBuildRecord, { force: true });
  await mkdir(path.dirname(siteBuildLog), { recursive: true });
  const shards = pageShardCount(data.studyMonths);
  let code: number;
  let rendered = 0;
  if (shards > 1) {
    console.log(`build: observable build in ${shards} shards, one per core (per-file logs: .cache/site-build-shard-<i>.log)`);
    code = await buildPagesInShards({
      projectRoot,
      pagesRoot,
      output,
      shards,
      env: observableEnv(),
      onLine(_shard, raw) {
        const line = raw.replace(ANSI, "");
        if (/^\s*render /.test(line)) rendered++;
        else if (!PROGRESS.test(line)) console.log(`  ${line}`);
      },
    });
  } else {
    const filled = await fillNpmCache(pagesRoot, projectRoot);
    const rebuilt = filled.packages.filter((p) => p.status === "rebuilt").length;
    console.log(`build: npm cache from node_modules (${filled.packages.length} packages, ${rebuilt} rebuilt) in ${filled.ms} ms`);
    // Loader outputs that Framework cached in an earlier build are never reused (the loaders left are
    // small: studies.json, publication.json, the system check).
    await rm(path.join(pagesRoot, ".observablehq", "cache", "data"), { recursive: true, force: true });
    console.log(`build: observable build (per-file log: ${path.relative(projectRoot, siteBuildLog)})`);
    ({ code, rendered } = await runObservable(["build"], { logFile: siteBuildLog }));
  }
  const end = performance.now();
  if (code !== 0) {
    console.error(`build: observable build failed (exit ${code}) after ${s(end - start)} s; see ${path.relative(projectRoot, siteBuildLog)}`);
    return code;
  }
  await recordSiteBuild(siteBuildRecord, output, fingerprint);
  const steps = Object.entries(data.wallByStep)
    .map(([step, sec]) => `${step} ${sec.toFixed(0)} s`)
    .join(", ");
  console.log(
    `build: site written in ${s(end - start)} s: data ${s(pagesStart - start)} s (${data.run} steps run, ${data.cached} cached${steps ? `; step time ${steps}` : ""}), pages ${s(end - pagesStart)} s (${rendered} rendered)`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
