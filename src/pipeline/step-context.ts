/**
 * What a data step receives when it runs (in a worker process of the pipeline): the study-month it
 * computes and the directories of the artifacts it reads. A step returns the files it produces;
 * the pipeline writes them into the store under the step's key (artifact-store.ts).
 */
import type { ArtifactFile } from "./artifact-store.ts";

export type StepName = "snapshot" | "analysis" | "survival" | "trial-tables" | "models" | "monitoring" | "portfolio";

/** An artifact: one step's output for one study-month (the portfolio's study is `_portfolio`). */
export interface ArtifactRef {
  step: StepName;
  study: string;
  month: string;
}

export const artifactId = (a: ArtifactRef): string => `${a.step}:${a.study}:${a.month}`;

export interface StepContext {
  study: string;
  month: string;
  /** The directory of an artifact this step depends on. */
  inputDir(ref: ArtifactRef): string;
  /** Every artifact this step depends on, in the plan's order. */
  inputs: ArtifactRef[];
}

export type StepRun = (ctx: StepContext) => Promise<ArtifactFile[]>;
