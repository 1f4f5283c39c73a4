/**
 * The snapshot step: a study-month's source data through the readers, the eligibility criteria and
 * the contracts into its Parquet tables and JSON members (data-loaders/snapshot/build-snapshot.ts),
 * and beside them `exclusions.json`, every source record not in the snapshot with its file, row,
 * subject and rule, and the counts per file (read = kept + excluded).
 * A synthetic study is generated once per worker process and cut at each of its months (the
 * generator is deterministic, so this is only a saving of time).
 */
import { buildSnapshot } from "../../../data-loaders/snapshot/build-snapshot.ts";
import type { ConsortLog } from "../../../data-loaders/snapshot/consort.ts";
import { lockedConsort, lockedFileName } from "../../analysis/locked-views.ts";
import { generateStudy } from "../../../data-loaders/synthetic/generate-study.ts";
import type { GeneratedTrial } from "../../../data-loaders/synthetic/types.ts";
import { getStudy } from "../../foundation/registry.ts";
import { asSynthetic } from "../../foundation/study-config.ts";
import type { StepRun } from "../step-context.ts";

const generated = new Map<string, GeneratedTrial>();

export const run: StepRun = async ({ study, month }) => {
  const config = getStudy(study);
  let trial: GeneratedTrial | undefined;
  if (config.source.kind === "synthetic") {
    trial = generated.get(study) ?? generateStudy(asSynthetic(config));
    generated.set(study, trial);
  }
  const snapshot = await buildSnapshot(study, month, trial);
  // The record-level exclusion log lies beside the snapshot (not a member: the members' bytes are
  // unchanged), and so does the CONSORT log as a locked page shows it (small counts suppressed).
  const consort = snapshot.members.find((m) => m.name === "consort.json");
  if (consort === undefined) throw new Error(`${study} ${month}: the snapshot has no consort.json member`);
  const locked = lockedConsort(JSON.parse(new TextDecoder().decode(consort.bytes)) as ConsortLog);
  return [
    ...[...snapshot.members, snapshot.exclusionLog].map((m) => ({ name: m.name, bytes: m.bytes })),
    { name: lockedFileName("consort.json"), bytes: new TextEncoder().encode(`${JSON.stringify(locked, null, 2)}\n`) },
  ];
};
