/** Test helper: each registry study generated once per test file, and its data cuts. */
import { cutTrial, type CutTables } from "../../data-loaders/snapshot/data-cut.ts";
import { cutDay } from "../../data-loaders/synthetic/dates.ts";
import { generateStudy } from "../../data-loaders/synthetic/generate-study.ts";
import type { GeneratedTrial } from "../../data-loaders/synthetic/types.ts";
import { getSyntheticStudy } from "../../src/foundation/registry.ts";

const trials = new Map<string, GeneratedTrial>();

export function trialOf(study: string): GeneratedTrial {
  let trial = trials.get(study);
  if (!trial) {
    trial = generateStudy(getSyntheticStudy(study));
    trials.set(study, trial);
  }
  return trial;
}

export function cutOf(study: string, month: string): CutTables {
  return cutTrial(trialOf(study), cutDay(month));
}

export function finalMonth(study: string): string {
  return getSyntheticStudy(study).dataCuts.at(-1) as string;
}
