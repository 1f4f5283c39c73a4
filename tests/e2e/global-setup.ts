/**
 * vitest globalSetup of the "e2e" project: builds the site the browser tests run against, with no
 * network. The build runs as `unshare -n -- sh -c '... npm run build'`: a fresh network namespace
 * holds only a loopback interface that is down, so any download attempt (a CDN, the npm registry,
 * DuckDB extensions, telemetry) fails the build instead of quietly succeeding. If `unshare -n` is
 * not available (not root, no util-linux) this fails rather than building with the network.
 *
 * `E2E_SKIP_BUILD=1` reuses an existing `dist/` (for iterating on tests); the hermetic-build test
 * then still checks that `dist/` came from the last isolated build.
 *
 * Writes `test-results/e2e/build.json` (see `BuildMarker`) and `test-results/e2e/build.log`; the
 * build runs beside the unit tests (see `setup`).
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildMarkerFile, buildPendingFile, distDir, projectRoot, resultsDir, type BuildMarker } from "./harness.ts";

/** Interface names listed in a `/proc/net/dev` dump. */
export function parseProcNetDev(text: string): string[] {
  return text
    .split("\n")
    .slice(2)
    .map((line) => line.split(":")[0]!.trim())
    .filter(Boolean);
}

function assertUnshareWorks(): void {
  const probe = spawnSync("unshare", ["-n", "--", "true"], { encoding: "utf-8" });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : `exit ${probe.status}: ${probe.stderr.trim()}`;
    throw new Error(
      `e2e global setup: \`unshare -n\` is not usable here (${why}). The site must be built without network; ` +
        "run the tests as root on Linux (util-linux's unshare), or set E2E_SKIP_BUILD=1 to test an existing dist/.",
    );
  }
}

/** The environment of an ordinary `npm run build`: without vitest's variables (NODE_ENV=test ...). */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || key === "NODE_ENV" || key === "TEST") delete env[key];
  return env;
}

/**
 * Starts the offline build and returns at once, so that the unit tests run while it builds; the
 * e2e files wait for it in their setup file (`setup-e2e.ts`, through `site-build-wait.ts`), and so do the archive files (their
 * publish builds replace `pages/data/built/`, which the e2e build reads). While it runs,
 * `build.pending` holds this process's pid; when it ends, `build.json` records how it went.
 * The teardown waits for a build still running (a run whose tests all ended early).
 */
export default async function setup(): Promise<(() => Promise<void>) | void> {
  await mkdir(resultsDir, { recursive: true });
  await rm(buildPendingFile, { force: true });
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(distDir, "index.html"))) {
    console.log("e2e: E2E_SKIP_BUILD=1, testing the existing dist/ (not rebuilt)");
    return;
  }
  assertUnshareWorks();

  const logFile = path.join(resultsDir, "build.log");
  const interfacesFile = path.join(resultsDir, "build-netns.txt");
  await rm(buildMarkerFile, { force: true });
  await rm(interfacesFile, { force: true });
  // $0 is the interfaces file: the namespace's /proc/net/dev is recorded, then npm replaces sh.
  const command = ["unshare", "-n", "--", "sh", "-c", 'cat /proc/net/dev > "$0" && exec npm run build', interfacesFile];
  const startedAt = new Date();
  console.log(`e2e: building the site without network: ${command.slice(0, 6).join(" ")} (log: ${path.relative(projectRoot, logFile)})`);
  await writeFile(buildPendingFile, `${process.pid}\n`);

  const log = createWriteStream(logFile);
  const finished = new Promise<number>((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env: buildEnv(), stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  })
    .catch(() => 127)
    .then(async (exitCode) => {
      await new Promise<void>((resolve) => log.end(resolve));
      const finishedAt = new Date();
      const interfaces = existsSync(interfacesFile) ? parseProcNetDev(await readFile(interfacesFile, "utf-8")) : [];
      const marker: BuildMarker = {
        command,
        interfaces,
        exitCode,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        log: path.relative(projectRoot, logFile),
      };
      await writeFile(buildMarkerFile, `${JSON.stringify(marker, null, 2)}\n`);
      await rm(buildPendingFile, { force: true });
      const seconds = (marker.durationMs / 1000).toFixed(1);
      console.log(
        exitCode === 0
          ? `e2e: site built without network in ${seconds} s (namespace interfaces: ${interfaces.join(", ") || "none"})`
          : `e2e: the offline site build failed (exit ${exitCode}, ${seconds} s): see ${marker.log}`,
      );
    });
  return async () => {
    await finished;
  };
}
