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
  combineBootstrap,
  estimateTreatmentEffect,
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

  const run = (request: BootstrapRequest, onProgress?: BootstrapProgress): Promise<BootstrapEffectResult> => {
    cancel();
    const job = ++jobCounter;
    const { input, options: analysis, bootstrap } = request;
    const replicates = bootstrap.replicates ?? 1000;
    const acceleration = bootstrap.acceleration ?? "jackknife";
    const n = input.outcome.length;
    const queue = [...pieces("replicates", replicates, chunkSize), ...(acceleration === "jackknife" ? pieces("jackknife", n, chunkSize) : [])];
    const total = replicates + (acceleration === "jackknife" ? n : 0);
    return new Promise<BootstrapEffectResult>((resolve, reject) => {
      active = { job, reject };
      const outcomes: ReplicateOutcome[] = [];
      const leaveOneOut: number[][] = new Array(acceleration === "jackknife" ? n : 0);
      let done = 0;
      let outstanding = 0;
      const fail = (message: string) => {
        if (active?.job !== job) return;
        active = null;
        for (const w of workers) w.onmessage = null;
        reject(new Error(message));
      };
      const finish = () => {
        if (active?.job !== job) return;
        active = null;
        for (const w of workers) w.onmessage = null;
        try {
          const estimate = request.estimate ?? estimateTreatmentEffect(input, { ...analysis, level: bootstrap.level ?? 0.95 });
          resolve(combineBootstrap(input, analysis, bootstrap, estimate, outcomes, acceleration === "jackknife" ? leaveOneOut : undefined));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      };
      const dispatch = (worker: Worker) => {
        const piece = queue.shift();
        if (piece === undefined) {
          if (outstanding === 0) finish();
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
          if (m.type === "replicates") outcomes.push(...m.outcomes);
          else m.statistics.forEach((s, k) => (leaveOneOut[m.from + k] = s));
          done += m.to - m.from;
          onProgress?.(done, total);
          dispatch(worker);
        };
        worker.onerror = (event: ErrorEvent) => fail(`bootstrap worker failed: ${event.message}`);
        worker.postMessage({ type: "job", job, input, options: analysis, bootstrap } satisfies ToWorker);
      }
      onProgress?.(0, total);
      for (const worker of workers) dispatch(worker);
    });
  };

  return {
    size,
    run,
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
