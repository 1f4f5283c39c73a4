/**
 * The Web Worker behind `bootstrap-worker.ts`: holds one bootstrap job at a time (a treatment
 * effect's or an adjusted survival contrast's replicator:
 * the per-replicate stream states and the replicate engine) and computes the pieces it is sent.
 * Bundled into one file by the data loader `pages/data/bootstrap-worker.js.ts`, served from the
 * site's own origin.
 */
import { createAdjustedSurvivalReplicator, createBootstrapReplicator, type ReplicateOutcome } from "@trial/estimators";
import type { FromWorker, ToWorker } from "./bootstrap-protocol.js";

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage(message: FromWorker): void };

/** What a job's replicator offers the pieces (an adjusted-survival job has no jackknife). */
interface Replicator {
  run(from: number, to: number): ReplicateOutcome[];
  jackknife?(from: number, to: number): number[][];
}

let current: { job: number; replicator: Replicator } | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === "job") {
      current = { job: message.job, replicator: createBootstrapReplicator(message.input, message.options, message.bootstrap) };
      return;
    }
    if (message.type === "survival-job") {
      current = { job: message.job, replicator: createAdjustedSurvivalReplicator(message.data, message.options, message.bootstrap) };
      return;
    }
    // A piece of a job that has since been replaced (cancelled): drop it.
    if (current === null || current.job !== message.job) return;
    const { from, to, job } = message;
    if (message.type === "replicates") scope.postMessage({ type: "replicates", job, from, to, outcomes: current.replicator.run(from, to) });
    else if (current.replicator.jackknife) scope.postMessage({ type: "jackknife", job, from, to, statistics: current.replicator.jackknife(from, to) });
    else throw new Error("this job has no jackknife");
  } catch (e) {
    scope.postMessage({ type: "error", job: message.job, message: e instanceof Error ? e.message : String(e) });
  }
};
