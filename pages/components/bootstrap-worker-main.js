/**
 * The Web Worker behind `bootstrap-worker.ts`: holds one bootstrap job at a time (its replicator:
 * the per-replicate stream states and the replicate engine) and computes the pieces it is sent.
 * Bundled into one file by the data loader `pages/data/bootstrap-worker.js.ts`, served from the
 * site's own origin.
 */
import { createBootstrapReplicator } from "@trial/estimators";
const scope = globalThis;
let current = null;
scope.onmessage = (event) => {
    const message = event.data;
    try {
        if (message.type === "job") {
            current = { job: message.job, replicator: createBootstrapReplicator(message.input, message.options, message.bootstrap) };
            return;
        }
        // A piece of a job that has since been replaced (cancelled): drop it.
        if (current === null || current.job !== message.job)
            return;
        const { from, to, job } = message;
        if (message.type === "replicates")
            scope.postMessage({ type: "replicates", job, from, to, outcomes: current.replicator.run(from, to) });
        else
            scope.postMessage({ type: "jackknife", job, from, to, statistics: current.replicator.jackknife(from, to) });
    }
    catch (e) {
        scope.postMessage({ type: "error", job: message.job, message: e instanceof Error ? e.message : String(e) });
    }
};
