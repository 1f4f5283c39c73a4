/**
 * Builds the static site into `dist/` without the network (`npm run build`; `prebuild` has already
 * compiled the estimators workspace to JavaScript):
 *   1. fill Framework's npm cache from node_modules (and clear its `_node` cache);
 *   2. delete the cached loader outputs (`pages/.observablehq/cache/data`), so every snapshot is
 *      regenerated and the site never shows stale data;
 *   3. run `observable build` with telemetry off; a non-zero exit fails this script.
 */
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fillNpmCache } from "./fill-npm-cache.ts";
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const pagesRoot = path.join(projectRoot, "pages");
/** The environment every Framework command runs with: no telemetry, local binaries (tsx) first. */
export function observableEnv(env = process.env) {
    return {
        ...env,
        OBSERVABLE_TELEMETRY_DISABLE: "true",
        PATH: [path.join(projectRoot, "node_modules", ".bin"), env.PATH ?? ""].join(path.delimiter),
    };
}
/** Runs `observable <args>` from the project root; resolves to its exit code. */
export function runObservable(args) {
    const bin = path.join(projectRoot, "node_modules", ".bin", "observable");
    return new Promise((resolve, reject) => {
        const child = spawn(bin, args, { cwd: projectRoot, env: observableEnv(), stdio: "inherit" });
        child.on("error", reject);
        child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
}
async function main() {
    const start = performance.now();
    const filled = await fillNpmCache(pagesRoot, projectRoot);
    const rebuilt = filled.packages.filter((p) => p.status === "rebuilt").length;
    console.log(`build: npm cache from node_modules (${filled.packages.length} packages, ${rebuilt} rebuilt) in ${filled.ms} ms`);
    await rm(path.join(pagesRoot, ".observablehq", "cache", "data"), { recursive: true, force: true });
    const code = await runObservable(["build"]);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    if (code !== 0)
        console.error(`build: observable build failed (exit ${code}) after ${seconds} s`);
    else
        console.log(`build: site written to dist/ in ${seconds} s`);
    return code;
}
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().then((code) => process.exit(code), (error) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : error);
        process.exit(1);
    });
}
