/**
 * Runs the build's data steps (plan.ts) for every study-month of the site and lays their outputs
 * out for the pages, in `pages/data/built/<study>/<month>/` and `pages/data/built/portfolio.parquet`
 * (git-ignored; Framework copies them into the site as static files, so no loader process runs per
 * study-month).
 *
 * Missing artifacts run in worker processes, one per core (worker.ts), each step as soon as the
 * artifacts it reads exist; longer steps go first. The log has one line per study-month with each
 * step's seconds (or "cached"), and a summary of where the time went. A step that fails stops the
 * pipeline with its message, naming the study-month; artifacts already written stay in the store
 * (they are complete and correct), and `pages/data/built/` is replaced only when every step has
 * succeeded, so the site never mixes data of two builds.
 *
 *   npm run data            # the whole portfolio (or TRIAL_ONLY's study-months)
 */
import { fork, type ChildProcess } from "node:child_process";
import { copyFile, link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "../foundation/cdisc-pilot.ts";
import { studyMonths } from "../foundation/registry.ts";
import { runEngineBattery } from "@trial/estimators";
import { pruneStore, readMeta } from "./artifact-store.ts";
import { sha256 } from "./fingerprints.ts";
import { planPipeline, type PlannedArtifact } from "./plan.ts";
import { artifactId, type StepName } from "./step-context.ts";
import type { WorkerJob, WorkerReply } from "./worker.ts";

export const builtDataDir = (): string => path.join(projectRoot, "pages", "data", "built");

/** Steps in the order a study-month's log line lists them; also the scheduling priority among ready steps. */
const STEP_ORDER: StepName[] = ["snapshot", "models", "analysis", "survival", "trial-tables", "monitoring", "portfolio"];
const LOG_ORDER: StepName[] = ["snapshot", "analysis", "survival", "trial-tables", "models", "monitoring"];

export interface PipelineSummary {
  studyMonths: number;
  artifacts: number;
  run: number;
  cached: number;
  wallSeconds: number;
  /** CPU seconds of the steps that ran, by step. */
  cpuByStep: Record<string, number>;
  /** Wall seconds of the steps that ran, by step. */
  wallByStep: Record<string, number>;
  /** SHA-256 over the keys of every artifact laid out (what `pages/data/built/` holds). */
  dataFingerprint: string;
}

export class PipelineError extends Error {}

function startWorker(): Promise<ChildProcess> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");
  const child = fork(file, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env });
  return new Promise((resolve, reject) => {
    child.once("message", (m) => (m === "ready" ? resolve(child) : reject(new Error(`pipeline worker: unexpected first message ${JSON.stringify(m)}`))));
    child.once("exit", (code) => reject(new Error(`pipeline worker exited (code ${code}) before it was ready`)));
  });
}

const fmt = (s: number) => (s < 10 ? s.toFixed(1) : s.toFixed(0));

/** Runs every planned artifact that is missing; resolves to the seconds each one took. */
async function runMissing(plan: PlannedArtifact[], log: (line: string) => void, workers: number): Promise<Map<string, { seconds: number; cpuSeconds: number }>> {
  const byId = new Map(plan.map((a) => [a.id, a]));
  const done = new Set(plan.filter((a) => a.cached).map((a) => a.id));
  const pending = plan.filter((a) => !a.cached);
  const timings = new Map<string, { seconds: number; cpuSeconds: number }>();
  if (pending.length === 0) return timings;
  const running = new Set<string>();
  const pool = await Promise.all(Array.from({ length: Math.min(workers, pending.length) }, () => startWorker()));
  const idle = [...pool];
  // A synthetic study's snapshots go to the worker that generated it first (it keeps the trial in memory).
  const affinity = new Map<string, ChildProcess>();
  const ready = (a: PlannedArtifact) => !done.has(a.id) && !running.has(a.id) && a.inputs.every((i) => done.has(artifactId(i)));
  const priority = (a: PlannedArtifact) => STEP_ORDER.indexOf(a.ref.step) * 100 - (a.ref.month.charCodeAt(5) * 10 + a.ref.month.charCodeAt(6));
  try {
    await new Promise<void>((resolve, reject) => {
      const dispatch = () => {
        if (done.size === plan.length) return resolve();
        while (idle.length > 0) {
          const candidates = pending.filter(ready).sort((a, b) => priority(a) - priority(b));
          if (candidates.length === 0) break;
          const worker = idle[0] as ChildProcess;
          const job =
            candidates.find((c) => c.ref.step === "snapshot" && affinity.get(c.ref.study) === worker) ??
            candidates.find((c) => !(c.ref.step === "snapshot" && affinity.has(c.ref.study) && affinity.get(c.ref.study) !== worker)) ??
            (candidates[0] as PlannedArtifact);
          idle.shift();
          if (job.ref.step === "snapshot" && !affinity.has(job.ref.study)) affinity.set(job.ref.study, worker);
          running.add(job.id);
          const message: WorkerJob = {
            ref: job.ref,
            key: job.key,
            dir: job.dir,
            inputs: job.inputs.map((ref) => ({ ref, dir: (byId.get(artifactId(ref)) as PlannedArtifact).dir })),
          };
          worker.send(message);
        }
        if (running.size === 0 && done.size < plan.length) reject(new PipelineError("pipeline: no step can run (a dependency cycle in the plan?)"));
      };
      for (const worker of pool) {
        worker.on("message", (reply: WorkerReply) => {
          running.delete(reply.id);
          if (!reply.ok) {
            reject(new PipelineError(`pipeline: ${reply.id.replace(/:/g, " ")} failed: ${reply.message}`));
            return;
          }
          done.add(reply.id);
          timings.set(reply.id, { seconds: reply.seconds, cpuSeconds: reply.cpuSeconds });
          idle.push(worker);
          onDone(reply.id);
          dispatch();
        });
        worker.on("exit", (code) => {
          if (done.size < plan.length) reject(new PipelineError(`pipeline: a worker process exited (code ${code}) while steps were pending`));
        });
      }
      // One log line per study-month, when its last step is done.
      const logged = new Set<string>();
      const onDone = (id: string) => {
        const a = byId.get(id) as PlannedArtifact;
        const sm = `${a.ref.study}:${a.ref.month}`;
        if (a.ref.step === "portfolio" || logged.has(sm)) return;
        const steps = LOG_ORDER.map((step) => byId.get(`${step}:${sm}`)).filter((x): x is PlannedArtifact => x !== undefined);
        if (!steps.every((s) => done.has(s.id))) return;
        logged.add(sm);
        const parts = steps.map((s) => `${s.ref.step} ${s.cached ? "cached" : `${fmt(timings.get(s.id)?.seconds ?? 0)} s`}`);
        const total = steps.reduce((t, s) => t + (timings.get(s.id)?.seconds ?? 0), 0);
        log(`  ${a.ref.study.padEnd(16)} ${a.ref.month}  ${fmt(total).padStart(4)} s   ${parts.join(" · ")}`);
      };
      for (const a of plan.filter((p) => p.cached)) onDone(a.id);
      dispatch();
    });
  } finally {
    for (const worker of pool) {
      worker.removeAllListeners("exit");
      if (worker.connected) worker.send("exit");
    }
    await Promise.all(pool.map((w) => (w.exitCode !== null ? Promise.resolve() : new Promise((r) => w.once("exit", r)))));
  }
  return timings;
}

/** Hard-links (or copies) every artifact file of the selected study-months into a fresh `pages/data/built/`. */
async function layOut(plan: PlannedArtifact[], studyMonthsBuilt: ReadonlyArray<{ study: string; month: string }>): Promise<void> {
  const target = builtDataDir();
  const fresh = `${target}.new-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  const wanted = new Set(studyMonthsBuilt.map((sm) => `${sm.study}:${sm.month}`));
  for (const a of plan) {
    const isPortfolio = a.ref.step === "portfolio";
    if (!isPortfolio && !wanted.has(`${a.ref.study}:${a.ref.month}`)) continue;
    const base = isPortfolio ? fresh : path.join(fresh, a.ref.study, a.ref.month);
    for (const f of (await readMeta(a.dir)).files) {
      const to = path.join(base, ...f.name.split("/"));
      await mkdir(path.dirname(to), { recursive: true });
      const from = path.join(a.dir, ...f.name.split("/"));
      await link(from, to).catch(() => copyFile(from, to));
    }
  }
  // The engine that computed every number of the build, named by the pages' agreement badges.
  await mkdir(fresh, { recursive: true });
  await writeFile(path.join(fresh, "engine.json"), `${JSON.stringify({ node: process.version, v8: process.versions.v8, platform: `${process.platform} ${process.arch}` })}\n`);
  // The engine battery's numbers as Node computes them: /system recomputes them in the browser and
  // shows the site's agreement verdict (every bit, or the differences).
  await writeFile(path.join(fresh, "engine-battery.json"), `${JSON.stringify(runEngineBattery())}\n`);
  await rename(target, old).catch(() => undefined);
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}

/**
 * Plans and runs what is missing for the given study-months (without laying anything out): for
 * scripts, tests and `publish`, which read the artifacts from the store. Resolves to the plan
 * (every artifact's directory) and the seconds of the steps that ran.
 */
export async function buildArtifacts(
  selected: ReadonlyArray<{ study: string; month: string }>,
  options: { log?: (line: string) => void; workers?: number } = {},
): Promise<{ plan: PlannedArtifact[]; timings: Map<string, { seconds: number; cpuSeconds: number }> }> {
  const plan = await planPipeline(selected, { portfolio: false });
  const workers = options.workers ?? Math.max(1, Number(process.env.TRIAL_WORKERS ?? os.availableParallelism()));
  const timings = await runMissing(plan, options.log ?? (() => undefined), workers);
  return { plan, timings };
}

/** The directory of a study-month's artifact of `step` in a plan. */
export function artifactOf(plan: readonly PlannedArtifact[], step: StepName, study: string, month: string): string {
  const a = plan.find((p) => p.id === artifactId({ step, study, month }));
  if (!a) throw new Error(`pipeline: no ${step} artifact of ${study} ${month} in the plan`);
  return a.dir;
}

/** Plans, runs what is missing and lays the data out for the pages. */
export async function runPipeline(options: { log?: (line: string) => void; workers?: number } = {}): Promise<PipelineSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const start = performance.now();
  const selected = studyMonths();
  const plan = await planPipeline(selected);
  const cached = plan.filter((a) => a.cached).length;
  const workers = options.workers ?? Math.max(1, Number(process.env.TRIAL_WORKERS ?? os.availableParallelism()));
  log(
    `data: ${selected.length} study-months, ${plan.length} artifacts (${cached} cached, ${plan.length - cached} to run on ${workers} worker process${workers === 1 ? "" : "es"})`,
  );
  const timings = await runMissing(plan, log, workers);
  await layOut(plan, selected);
  await pruneStore(2);
  const cpuByStep: Record<string, number> = {};
  const wallByStep: Record<string, number> = {};
  for (const [id, t] of timings) {
    const step = id.split(":")[0] as string;
    cpuByStep[step] = (cpuByStep[step] ?? 0) + t.cpuSeconds;
    wallByStep[step] = (wallByStep[step] ?? 0) + t.seconds;
  }
  const dataFingerprint = sha256(...plan.map((a) => `${a.id}=${a.key}`).sort());
  const summary: PipelineSummary = {
    studyMonths: selected.length,
    artifacts: plan.length,
    run: timings.size,
    cached,
    wallSeconds: (performance.now() - start) / 1000,
    cpuByStep,
    wallByStep,
    dataFingerprint,
  };
  const where = Object.entries(wallByStep)
    .sort((a, b) => b[1] - a[1])
    .map(([step, s]) => `${step} ${fmt(s)} s`)
    .join(", ");
  // CPU seconds beside the wall seconds: on a machine shared with other work a step's wall time
  // says more about the load than about the step.
  const cpu = Object.entries(cpuByStep)
    .sort((a, b) => b[1] - a[1])
    .map(([step, s]) => `${step} ${fmt(s)} s`)
    .join(", ");
  log(`data: ${summary.run} step(s) run, ${cached} cached, in ${fmt(summary.wallSeconds)} s${where ? ` (step seconds, summed over workers: ${where}; CPU seconds: ${cpu})` : ""}`);
  return summary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runPipeline().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof PipelineError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exit(1);
    },
  );
}
