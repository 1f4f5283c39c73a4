/**
 * Waiting for the site build that global-setup.ts started (it runs beside the unit tests), from
 * the setup files of the e2e project (`setup-e2e.ts`: an e2e file needs `dist/`, and several read
 * it when imported; a failed build fails each of them with the log's last lines) and of the archive
 * project (`tests/archive/publish/setup-archive.ts`: publish must not run while that build does, as
 * both lay out `pages/data/built/`).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildMarkerFile, buildPendingFile, projectRoot, type BuildMarker } from "./harness.ts";

const POLL_MS = 1000;
const LIMIT_MS = 45 * 60 * 1000;

/** True while a build started by a live vitest process is running. */
function buildRunning(): boolean {
  if (!existsSync(buildPendingFile)) return false;
  const pid = Number(readFileSync(buildPendingFile, "utf-8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false; // left behind by a run that was killed
  }
}

/** Resolves once no build is running; with `requireSuccess`, throws if the last build failed. */
export async function waitForSiteBuild(options: { requireSuccess: boolean }): Promise<void> {
  const started = Date.now();
  while (buildRunning()) {
    if (Date.now() - started > LIMIT_MS) throw new Error(`e2e: the site build has run for more than ${LIMIT_MS / 60000} minutes (${path.relative(projectRoot, buildPendingFile)})`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (!options.requireSuccess || !existsSync(buildMarkerFile)) return;
  const marker = JSON.parse(readFileSync(buildMarkerFile, "utf-8")) as BuildMarker;
  if (marker.exitCode !== 0) {
    const log = path.join(projectRoot, marker.log);
    const tail = existsSync(log) ? readFileSync(log, "utf-8").trimEnd().split("\n").slice(-40).join("\n") : "(no log)";
    throw new Error(`e2e: the offline site build failed (exit ${marker.exitCode}, ${(marker.durationMs / 1000).toFixed(1)} s). Last lines of ${marker.log}:\n${tail}`);
  }
}
