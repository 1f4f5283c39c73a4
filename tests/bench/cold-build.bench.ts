/**
 * The cold build of the whole portfolio (issue 12, goal 1: ≤ 240 s on this 2-core machine) and a
 * warm rebuild with nothing changed (≤ 30 s): `npm run build` in a fresh clone of the working
 * tree's HEAD with an empty data store and Framework cache, then the same command again. Each
 * run's log gives the split between the data steps and the page rendering.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchCase } from "./bench.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

interface Clone {
  dir: string;
}

function build(dir: string): { seconds: number; summary: string } {
  const start = performance.now();
  const run = spawnSync("npm", ["run", "build"], {
    cwd: dir,
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", TRIAL_CACHE_DIR: path.join(dir, ".cache", "pipeline") },
    encoding: "utf-8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`npm run build failed in ${dir} (exit ${run.status}):\n${(run.stdout + run.stderr).split("\n").slice(-20).join("\n")}`);
  const summary = run.stdout
    .split("\n")
    .filter((l) => l.startsWith("build: site") || l.startsWith("data: "))
    .join(" | ");
  return { seconds, summary };
}

const clones: string[] = [];
process.on("exit", () => {
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
});

function freshClone(): Clone {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-cold-"));
  clones.push(dir);
  execFileSync("git", ["clone", "--quiet", root, dir]);
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "ignore" });
  return { dir };
}

const cold: BenchCase<Clone> = {
  name: "cold build of the whole portfolio (fresh clone, empty caches; npm ci untimed)",
  runs: 1,
  target: { seconds: 240, what: "issue 12 goal 1: cold build ≤ 240 s" },
  prepare: freshClone,
  run({ dir }) {
    const r = build(dir);
    return { seconds: r.seconds, check: r.summary };
  },
};

const warm: BenchCase<Clone> = {
  name: "warm rebuild of the whole portfolio, nothing changed",
  runs: 3,
  target: { seconds: 30, what: "issue 12 goal 1: warm rebuild ≤ 30 s" },
  prepare() {
    const clone = freshClone();
    build(clone.dir);
    return clone;
  },
  run({ dir }) {
    const r = build(dir);
    return { seconds: r.seconds, check: r.summary };
  },
};

export default [cold, warm];
