/**
 * Versions recorded in a manifest: Node (the running process) and the exact versions of the
 * libraries that produced the site, read from package-lock.json (what `npm install` installs).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
/** Lockfile packages whose versions a reviewer needs to rebuild the report. */
export const RECORDED_PACKAGES = {
    framework: "@observablehq/framework",
    "duckdb-wasm": "@duckdb/duckdb-wasm",
    "duckdb-node": "@duckdb/node-api",
    tfjs: "@tensorflow/tfjs",
    plot: "@observablehq/plot",
    "apache-arrow": "apache-arrow",
    "parquet-wasm": "parquet-wasm",
    "playwright-core": "playwright-core",
    typescript: "typescript",
};
export async function recordedVersions(projectRoot) {
    const lockFile = path.join(projectRoot, "package-lock.json");
    const lock = JSON.parse(await readFile(lockFile, "utf-8"));
    const versions = { node: process.version, lockfileVersion: String(lock.lockfileVersion ?? "") };
    for (const [key, name] of Object.entries(RECORDED_PACKAGES)) {
        const version = lock.packages?.[`node_modules/${name}`]?.version;
        if (!version)
            throw new Error(`${lockFile}: no installed version of ${name} (needed for the manifest)`);
        versions[key] = version;
    }
    return versions;
}
