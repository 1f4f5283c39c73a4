/**
 * Runs the full-refit bootstrap of an analysis without blocking the page: a few replicates per
 * slice of the event loop, a progress callback, and an AbortSignal that stops it (a new choice in
 * the explorer cancels the running bootstrap). The replicates are exactly those of
 * `bootstrapTreatmentEffect` with the same seed (see `createBootstrapStream`).
 *
 * This is the main-thread fallback behind the interface a Web Worker runner offers: the same
 * function signature, so a page switches runner without other changes.
 */
import { createBootstrapStream, type BootstrapEffectResult, type TreatmentEffectInput, type TreatmentEffectOptions } from "@trial/estimators";

export interface BootstrapRunOptions {
  seed: number;
  replicates: number;
  level?: number;
  /** Called after every slice with the replicates done. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the promise with an AbortError and stops the work. */
  signal?: AbortSignal;
  /** Time budget of one slice, ms (default 30: the page stays responsive). */
  sliceMs?: number;
}

const abortError = () => new DOMException("bootstrap cancelled", "AbortError");
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runBootstrap(input: TreatmentEffectInput, options: TreatmentEffectOptions, run: BootstrapRunOptions): Promise<BootstrapEffectResult> {
  const acceleration = options.method === "g-computation" ? "none" : "influence";
  const stream = createBootstrapStream(input, options, { seed: run.seed, replicates: run.replicates, acceleration, ...(run.level !== undefined ? { level: run.level } : {}) });
  const sliceMs = run.sliceMs ?? 30;
  let perSlice = 1;
  while (stream.done < stream.total) {
    if (run.signal?.aborted) throw abortError();
    const started = performance.now();
    stream.step(perSlice);
    const elapsed = performance.now() - started;
    // Adapt the slice to the time budget (replicates cost the same on average).
    perSlice = Math.max(1, Math.min(100, Math.round((perSlice * sliceMs) / Math.max(1, elapsed))));
    run.onProgress?.(stream.done, stream.total);
    await nextTick();
  }
  if (run.signal?.aborted) throw abortError();
  return stream.result();
}
