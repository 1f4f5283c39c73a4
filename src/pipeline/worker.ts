/**
 * A worker process of the pipeline (forked by run-pipeline.ts with tsx): it runs the steps it is
 * sent, one at a time, writes each artifact into the store and reports back. Step modules are
 * imported on first use and stay loaded, so a worker pays each module's start-up once.
 */
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { writeArtifact } from "./artifact-store.ts";
import { stepModule } from "./plan.ts";
import type { ArtifactRef, StepRun } from "./step-context.ts";

export interface WorkerJob {
  ref: ArtifactRef;
  key: string;
  dir: string;
  inputs: Array<{ ref: ArtifactRef; dir: string }>;
}

export type WorkerReply = { ok: true; id: string; seconds: number; cpuSeconds: number } | { ok: false; id: string; message: string };

const runs = new Map<string, StepRun>();

async function runJob(job: WorkerJob): Promise<WorkerReply> {
  const id = `${job.ref.step}:${job.ref.study}:${job.ref.month}`;
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    let run = runs.get(job.ref.step);
    if (!run) {
      run = ((await import(stepModule(job.ref.step))) as { run: StepRun }).run;
      runs.set(job.ref.step, run);
    }
    const dirs = new Map(job.inputs.map((i) => [`${i.ref.step}:${i.ref.study}:${i.ref.month}`, i.dir]));
    const files = await run({
      study: job.ref.study,
      month: job.ref.month,
      inputs: job.inputs.map((i) => i.ref),
      inputDir: (ref) => {
        const dir = dirs.get(`${ref.step}:${ref.study}:${ref.month}`);
        if (dir === undefined) throw new Error(`${id}: reads ${ref.step} ${ref.study} ${ref.month}, which is not among its planned inputs`);
        return dir;
      },
    });
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = (used.user + used.system) / 1e6;
    await writeArtifact(job.dir, { step: job.ref.step, study: job.ref.study, month: job.ref.month, key: job.key, seconds, cpuSeconds }, files);
    return { ok: true, id, seconds, cpuSeconds };
  } catch (error) {
    return { ok: false, id, message: error instanceof Error ? error.message : String(error) };
  }
}

process.on("message", (job: WorkerJob | "exit") => {
  if (job === "exit") {
    void closeDuckDb().finally(() => process.exit(0));
    return;
  }
  void runJob(job).then((reply) => process.send?.(reply));
});
process.send?.("ready");
