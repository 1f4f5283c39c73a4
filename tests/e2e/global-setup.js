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
 * Writes `test-results/e2e/build.json` (see `BuildMarker`) and `test-results/e2e/build.log`.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildMarkerFile, distDir, projectRoot, resultsDir } from "./harness.ts";
/** Interface names listed in a `/proc/net/dev` dump. */
export function parseProcNetDev(text) {
    return text
        .split("\n")
        .slice(2)
        .map((line) => line.split(":")[0].trim())
        .filter(Boolean);
}
function assertUnshareWorks() {
    const probe = spawnSync("unshare", ["-n", "--", "true"], { encoding: "utf-8" });
    if (probe.error || probe.status !== 0) {
        const why = probe.error ? probe.error.message : `exit ${probe.status}: ${probe.stderr.trim()}`;
        throw new Error(`e2e global setup: \`unshare -n\` is not usable here (${why}). The site must be built without network; ` +
            "run the tests as root on Linux (util-linux's unshare), or set E2E_SKIP_BUILD=1 to test an existing dist/.");
    }
}
/** The environment of an ordinary `npm run build`: without vitest's variables (NODE_ENV=test ...). */
function buildEnv() {
    const env = { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" };
    for (const key of Object.keys(env))
        if (key.startsWith("VITEST") || key === "NODE_ENV" || key === "TEST")
            delete env[key];
    return env;
}
export default async function setup() {
    await mkdir(resultsDir, { recursive: true });
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
    const log = createWriteStream(logFile);
    const exitCode = await new Promise((resolve, reject) => {
        const child = spawn(command[0], command.slice(1), { cwd: projectRoot, env: buildEnv(), stdio: ["ignore", "pipe", "pipe"] });
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        child.on("error", reject);
        child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    await new Promise((resolve) => log.end(resolve));
    const finishedAt = new Date();
    const interfaces = existsSync(interfacesFile) ? parseProcNetDev(await readFile(interfacesFile, "utf-8")) : [];
    const marker = {
        command,
        interfaces,
        exitCode,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationMs: finishedAt.getTime() - startedAt.getTime(),
        log: path.relative(projectRoot, logFile),
    };
    await writeFile(buildMarkerFile, `${JSON.stringify(marker, null, 2)}\n`);
    const seconds = (marker.durationMs / 1000).toFixed(1);
    if (exitCode !== 0) {
        const tail = (await readFile(logFile, "utf-8")).trimEnd().split("\n").slice(-40).join("\n");
        throw new Error(`e2e: the offline site build failed (exit ${exitCode}, ${seconds} s). Last lines of ${marker.log}:\n${tail}`);
    }
    console.log(`e2e: site built without network in ${seconds} s (namespace interfaces: ${interfaces.join(", ") || "none"})`);
}
