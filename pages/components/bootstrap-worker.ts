/**
 * Bootstrap intervals computed in Web Workers, off the page's main thread: the replicates (and,
 * for the BCa acceleration, the jackknife) are cut into small pieces handed to
 * `navigator.hardwareConcurrency` workers as each finishes its last piece. Replicate b's resample
 * depends only on (seed, b) (see `createBootstrapReplicator`), so the result is exactly
 * `bootstrapTreatmentEffect(input, options, bootstrap)` of the build, whatever the number of
 * workers. A new `run` cancels the running one (its promise rejects with
 * {@link BootstrapCancelledError}); workers finish at most their current piece of it.
 *
 * Usage in a page:
 * ```js
 * const pool = createBootstrapPool(await FileAttachment("/data/bootstrap-worker.js").url());
 * const bar = createProgressBar();
 * const result = await pool.run({input, options, bootstrap: {seed: 1, replicates: 1000}}, bar.update);
 * ```
 */
import {
  adjustedSurvivalContrast,
  combineAdjustedSurvivalBootstrap,
  combineBootstrap,
  estimateTreatmentEffect,
  type AdjustedSurvivalBootstrapOptions,
  type AdjustedSurvivalBootstrapResult,
  type AdjustedSurvivalContrast,
  type AdjustedSurvivalData,
  type AdjustedSurvivalOptions,
  type BootstrapEffectOptions,
  type BootstrapEffectResult,
  type ReplicateOutcome,
  type TreatmentEffectInput,
  type TreatmentEffectOptions,
  type TreatmentEffectResult,
} from "@trial/estimators";
import type { FromWorker, ToWorker } from "./bootstrap-protocol.js";

export interface BootstrapRequest {
  input: TreatmentEffectInput;
  options: TreatmentEffectOptions;
  bootstrap: BootstrapEffectOptions;
  /** The analysis of the original data, if the page has it already (else computed here). */
  estimate?: TreatmentEffectResult;
}

/** An adjusted survival contrast's full-refit bootstrap (`survivalBootstrapJobs` gives the build's). */
export interface SurvivalBootstrapRequest {
  data: AdjustedSurvivalData;
  options: AdjustedSurvivalOptions;
  bootstrap: AdjustedSurvivalBootstrapOptions;
  /** The contrast on the original data, if the page has it already (else computed here). */
  estimate?: AdjustedSurvivalContrast;
}

export interface BootstrapPoolOptions {
  /** Workers (default `navigator.hardwareConcurrency`, at least 1, at most 16). */
  workers?: number;
  /** Replicates (or jackknife subjects) per piece (default 20: small pieces cancel quickly and balance the workers). */
  chunkSize?: number;
}

/** Progress callback: pieces of work done of the total (replicates plus jackknife subjects). */
export type BootstrapProgress = (done: number, total: number) => void;

export interface BootstrapPool {
  /** Number of workers. */
  readonly size: number;
  /** Runs a bootstrap in the workers, cancelling any running one. */
  run(request: BootstrapRequest, onProgress?: BootstrapProgress): Promise<BootstrapEffectResult>;
  /** Runs an adjusted-survival bootstrap in the workers (the same result as `bootstrapAdjustedSurvival`), cancelling any running one. */
  runSurvival(request: SurvivalBootstrapRequest, onProgress?: BootstrapProgress): Promise<AdjustedSurvivalBootstrapResult>;
  /** Cancels the running bootstrap, if any. */
  cancel(): void;
  /** Stops the workers (the pool cannot be used afterwards). */
  terminate(): void;
}

/** The rejection of a bootstrap that a newer request (or `cancel`) replaced. */
export class BootstrapCancelledError extends Error {
  constructor() {
    super("bootstrap cancelled by a newer request");
    this.name = "BootstrapCancelledError";
  }
}

interface Piece {
  type: "replicates" | "jackknife";
  from: number;
  to: number;
}

function pieces(type: Piece["type"], total: number, size: number): Piece[] {
  const out: Piece[] = [];
  for (let from = 0; from < total; from += size) out.push({ type, from, to: Math.min(total, from + size) });
  return out;
}

/**
 * Creates a pool of bootstrap workers.
 *
 * @param workerUrl URL of the bundled worker (`FileAttachment("/data/bootstrap-worker.js").url()`)
 * @param options `workers`, `chunkSize`
 */
export function createBootstrapPool(workerUrl: string | URL, options: BootstrapPoolOptions = {}): BootstrapPool {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  const size = Math.max(1, Math.min(16, Math.floor(options.workers ?? cores)));
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 20));
  const workers = Array.from({ length: size }, () => new Worker(workerUrl, { type: "module" }));
  let jobCounter = 0;
  let active: { job: number; reject: (e: Error) => void } | null = null;

  const cancel = () => {
    if (active === null) return;
    const { reject } = active;
    active = null;
    for (const w of workers) w.onmessage = null;
    reject(new BootstrapCancelledError());
  };

  /**
   * Sends `start` to every worker, then the pieces one at a time per worker as each finishes its
   * last; `collect` takes each answer, and `finish` turns them into the result once all are in.
   */
  const schedule = <T>(
    job: number,
    start: ToWorker,
    queue: Piece[],
    collect: (m: Exclude<FromWorker, { type: "error" }>) => void,
    finish: () => T,
    onProgress?: BootstrapProgress,
  ): Promise<T> => {
    const total = queue.reduce((sum, p) => sum + p.to - p.from, 0);
    return new Promise<T>((resolve, reject) => {
      active = { job, reject };
      let done = 0;
      let outstanding = 0;
      const settle = (outcome: () => void) => {
        if (active?.job !== job) return;
        active = null;
        for (const w of workers) w.onmessage = null;
        outcome();
      };
      const fail = (message: string) => settle(() => reject(new Error(message)));
      const complete = () =>
        settle(() => {
          try {
            resolve(finish());
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
      const dispatch = (worker: Worker) => {
        const piece = queue.shift();
        if (piece === undefined) {
          if (outstanding === 0) complete();
          return;
        }
        outstanding++;
        worker.postMessage({ job, ...piece } satisfies ToWorker);
      };
      for (const worker of workers) {
        worker.onmessage = (event: MessageEvent<FromWorker>) => {
          const m = event.data;
          if (m.job !== job || active?.job !== job) return;
          if (m.type === "error") return fail(m.message);
          outstanding--;
          collect(m);
          done += m.to - m.from;
          onProgress?.(done, total);
          dispatch(worker);
        };
        worker.onerror = (event: ErrorEvent) => fail(`bootstrap worker failed: ${event.message}`);
        worker.postMessage(start);
      }
      onProgress?.(0, total);
      for (const worker of workers) dispatch(worker);
    });
  };

  const run = (request: BootstrapRequest, onProgress?: BootstrapProgress): Promise<BootstrapEffectResult> => {
    cancel();
    const job = ++jobCounter;
    const { input, options: analysis, bootstrap } = request;
    const replicates = bootstrap.replicates ?? 1000;
    const jackknife = (bootstrap.acceleration ?? "jackknife") === "jackknife";
    const n = input.outcome.length;
    const outcomes: ReplicateOutcome[] = [];
    const leaveOneOut: number[][] = new Array(jackknife ? n : 0);
    return schedule(
      job,
      { type: "job", job, input, options: analysis, bootstrap },
      [...pieces("replicates", replicates, chunkSize), ...(jackknife ? pieces("jackknife", n, chunkSize) : [])],
      (m) => {
        if (m.type === "replicates") outcomes.push(...m.outcomes);
        else m.statistics.forEach((s, k) => (leaveOneOut[m.from + k] = s));
      },
      () => {
        const estimate = request.estimate ?? estimateTreatmentEffect(input, { ...analysis, level: bootstrap.level ?? 0.95 });
        return combineBootstrap(input, analysis, bootstrap, estimate, outcomes, jackknife ? leaveOneOut : undefined);
      },
      onProgress,
    );
  };

  const runSurvival = (request: SurvivalBootstrapRequest, onProgress?: BootstrapProgress): Promise<AdjustedSurvivalBootstrapResult> => {
    cancel();
    const job = ++jobCounter;
    const { data, options: analysis, bootstrap } = request;
    const outcomes: ReplicateOutcome[] = [];
    return schedule(
      job,
      { type: "survival-job", job, data, options: analysis, bootstrap },
      pieces("replicates", bootstrap.replicates ?? 1000, chunkSize),
      (m) => {
        if (m.type === "replicates") outcomes.push(...m.outcomes);
      },
      () => combineAdjustedSurvivalBootstrap(bootstrap, request.estimate ?? adjustedSurvivalContrast(data, analysis), outcomes),
      onProgress,
    );
  };

  return {
    size,
    run,
    runSurvival,
    cancel,
    terminate() {
      cancel();
      for (const w of workers) w.terminate();
    },
  };
}

/** A progress bar for a bootstrap: `element` to place in the page, `update` as the progress callback. */
export function createProgressBar(label = "Bootstrap"): { element: HTMLElement; update: BootstrapProgress } {
  const element = document.createElement("div");
  element.className = "bootstrap-progress";
  const bar = document.createElement("progress");
  bar.max = 1;
  bar.value = 0;
  const text = document.createElement("span");
  text.textContent = `${label}: waiting`;
  element.append(bar, " ", text);
  return {
    element,
    update(done, total) {
      bar.max = total;
      bar.value = done;
      text.textContent = done === total ? `${label}: done (${total.toLocaleString("en-US")})` : `${label}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
      element.dataset.done = String(done);
      element.dataset.total = String(total);
    },
  };
}
