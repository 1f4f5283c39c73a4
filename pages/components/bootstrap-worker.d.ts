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
import { type BootstrapEffectOptions, type BootstrapEffectResult, type TreatmentEffectInput, type TreatmentEffectOptions, type TreatmentEffectResult } from "@trial/estimators";
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
export declare class BootstrapCancelledError extends Error {
    constructor();
}
/**
 * Creates a pool of bootstrap workers.
 *
 * @param workerUrl URL of the bundled worker (`FileAttachment("/data/bootstrap-worker.js").url()`)
 * @param options `workers`, `chunkSize`
 */
export declare function createBootstrapPool(workerUrl: string | URL, options?: BootstrapPoolOptions): BootstrapPool;
/** A progress bar for a bootstrap: `element` to place in the page, `update` as the progress callback. */
export declare function createProgressBar(label?: string): {
    element: HTMLElement;
    update: BootstrapProgress;
};
