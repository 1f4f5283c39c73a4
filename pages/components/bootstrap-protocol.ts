/**
 * Messages between the page's bootstrap pool (`bootstrap-worker.ts`) and its Web Workers
 * (`bootstrap-worker-main.ts`). A job (a treatment-effect bootstrap, or an adjusted-survival one,
 * which has no jackknife) carries the data and settings once; pieces of work
 * (replicate ranges, jackknife ranges) follow one at a time per worker, so a new job waits behind
 * at most one piece of the cancelled one.
 */
import type {
  AdjustedSurvivalBootstrapOptions,
  AdjustedSurvivalData,
  AdjustedSurvivalOptions,
  BootstrapEffectOptions,
  ReplicateOutcome,
  TreatmentEffectInput,
  TreatmentEffectOptions,
} from "@trial/estimators";

export type ToWorker =
  | { type: "job"; job: number; input: TreatmentEffectInput; options: TreatmentEffectOptions; bootstrap: BootstrapEffectOptions }
  | { type: "survival-job"; job: number; data: AdjustedSurvivalData; options: AdjustedSurvivalOptions; bootstrap: AdjustedSurvivalBootstrapOptions }
  | { type: "replicates" | "jackknife"; job: number; from: number; to: number };

export type FromWorker =
  | { type: "replicates"; job: number; from: number; to: number; outcomes: ReplicateOutcome[] }
  | { type: "jackknife"; job: number; from: number; to: number; statistics: number[][] }
  | { type: "error"; job: number; message: string };
