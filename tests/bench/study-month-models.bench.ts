/**
 * One study-month's prediction models (issue 12): the models step of the largest study-month
 * (SYN-SAFE-C 2026-01: dropout and adverse-event tasks, ridge logistic with 5-fold cross-validation
 * and the MLP with its own trainer, src/models/mlp.ts), run in this process on its snapshot. The
 * runner reports CPU seconds beside wall seconds: the figure is the models step's CPU.
 * Before the MLP left TF.js (same machine, load average about 20): about 14.5 CPU-s per run, of
 * which the MLP 8.1 s and the logistic fits 3.0 s.
 */
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { modelInputsFromSnapshot, type SnapshotMembers } from "../../src/models/model-inputs.ts";
import { trainModels } from "../../src/models/train-models.ts";
import { sha256Hex } from "../../data-loaders/snapshot/sha256.ts";
import type { TaskArtifact } from "../../src/models/train-task.ts";
import type { BenchCase } from "./bench.ts";

const STUDY = "SYN-SAFE-C";
const MONTH = "2026-01";

const bench: BenchCase<SnapshotMembers> = {
  name: `models of one study-month (${STUDY} ${MONTH}: dropout and adverse events, logistic + 5-fold CV + MLP)`,
  runs: 3,
  async prepare() {
    const snapshot = await buildSnapshot(STUDY, MONTH);
    await closeDuckDb();
    const json = snapshot.members.find((m) => m.name === "snapshot.json") as { bytes: Uint8Array };
    return { members: snapshot.members, record: snapshot.record, snapshotSha: sha256Hex(json.bytes) };
  },
  async run(snapshot) {
    const built = await trainModels(await modelInputsFromSnapshot(STUDY, MONTH, snapshot));
    const ae = built.adverseEvents as TaskArtifact;
    const dropout = built.dropout as TaskArtifact;
    return {
      check: `AE AUROC MLP ${ae.metrics.mlp.auroc.toFixed(3)} [${ae.metrics.mlp.aurocLower.toFixed(3)}, ${ae.metrics.mlp.aurocUpper.toFixed(3)}] (${ae.mlp.epochs} epochs), logistic ${ae.metrics.logistic.auroc.toFixed(3)}; dropout MLP ${dropout.metrics.mlp.auroc.toFixed(3)} (${dropout.mlp.epochs} epochs)`,
    };
  },
};

export default bench;
