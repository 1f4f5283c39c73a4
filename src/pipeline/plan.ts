/**
 * The plan of the build's data steps: every artifact the site needs, what it reads and its key.
 *
 *   snapshot(s, m)    source files → Parquet tables, consort.json, truth.json, snapshot.json
 *   analysis(s, m)    snapshot(s, m) → analysis.json
 *   survival(s, m)    snapshot(s, m) → survival.json (the time-to-event endpoint)
 *   trial-tables(s, m) snapshot(s, m) → tables/trial-tables.json, tables/<id>.csv, tables/<id>.rtf
 *   models(s, m)      snapshot(s, m) → models/dropout.json, adverse-events.json, model-card.json
 *   monitoring(s, m)  snapshot(s, m), models(s, c) for every cut c ≤ m → models/monitoring.json
 *   portfolio         every snapshot → portfolio.parquet
 *
 * Each study-month flows once: a step reads what an earlier step wrote and never rebuilds it. Keys
 * are computed before anything runs (fingerprints.ts), so a warm build knows at once that there is
 * nothing to do, and a new data cut of one study plans only that cut's artifacts and the
 * monitoring and portfolio that read it.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getStudy } from "../foundation/registry.ts";
import { artifactDir, hasArtifact } from "./artifact-store.ts";
import { codeFingerprint, sha256, sourceFingerprint } from "./fingerprints.ts";
import { artifactId, type ArtifactRef, type StepName } from "./step-context.ts";

const stepsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "steps");

/** The module that runs a step (its code fingerprint is over what this module imports). */
export const stepModule = (step: StepName): string => path.join(stepsDir, `${step}-step.ts`);

export const PORTFOLIO: ArtifactRef = { step: "portfolio", study: "_portfolio", month: "all" };

export interface PlannedArtifact {
  ref: ArtifactRef;
  id: string;
  key: string;
  dir: string;
  inputs: ArtifactRef[];
  /** Already in the store under its key. */
  cached: boolean;
}

function inputsOf(ref: ArtifactRef, studyMonths: ReadonlyArray<{ study: string; month: string }>): ArtifactRef[] {
  const { study, month } = ref;
  switch (ref.step) {
    case "snapshot":
      return [];
    case "analysis":
    case "survival":
    case "trial-tables":
    case "models":
      return [{ step: "snapshot", study, month }];
    case "monitoring": {
      // Every published cut of the study up to this one, whether or not it is being built: the
      // training month may be an earlier cut than the ones selected (TRIAL_ONLY).
      const cuts = getStudy(study)
        .dataCuts.filter((c) => c <= month)
        .sort();
      return [{ step: "snapshot", study, month }, ...cuts.map((c) => ({ step: "models" as const, study, month: c }))];
    }
    case "portfolio":
      return studyMonths.map((sm) => ({ step: "snapshot" as const, ...sm }));
  }
}

/**
 * The artifacts of the given study-months (and, unless `portfolio: false`, the portfolio of them),
 * each with its inputs and key, in an order where every artifact comes after its inputs.
 */
export async function planPipeline(studyMonths: ReadonlyArray<{ study: string; month: string }>, options: { portfolio?: boolean } = {}): Promise<PlannedArtifact[]> {
  const planned = new Map<string, PlannedArtifact>();
  const code = new Map<StepName, string>();
  const codeOf = async (step: StepName) => {
    if (!code.has(step)) code.set(step, await codeFingerprint(stepModule(step)));
    return code.get(step) as string;
  };
  const source = new Map<string, string>();
  const visit = async (ref: ArtifactRef): Promise<PlannedArtifact> => {
    const id = artifactId(ref);
    const done = planned.get(id);
    if (done) return done;
    const inputs = inputsOf(ref, studyMonths);
    const inputKeys: string[] = [];
    for (const input of inputs) inputKeys.push((await visit(input)).key);
    let data = "";
    if (ref.step === "snapshot") {
      if (!source.has(ref.study)) source.set(ref.study, sourceFingerprint(getStudy(ref.study)));
      data = source.get(ref.study) as string;
    }
    const key = sha256(ref.step, await codeOf(ref.step), ref.study, ref.month, data, ...inputKeys).slice(0, 32);
    const dir = artifactDir(ref.step, ref.study, ref.month, key);
    const artifact: PlannedArtifact = { ref, id, key, dir, inputs, cached: hasArtifact(dir) };
    planned.set(id, artifact);
    return artifact;
  };
  for (const sm of studyMonths) for (const step of ["snapshot", "analysis", "survival", "trial-tables", "models", "monitoring"] as const) await visit({ step, ...sm });
  if (options.portfolio !== false) await visit(PORTFOLIO);
  return [...planned.values()];
}
