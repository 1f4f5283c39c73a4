/**
 * The synthetic source: generate the trial (or take the one given), cut it at the end of the
 * month, and describe the generator in the Parquet metadata, `snapshot.json` and `truth.json`
 * exactly as before the source became a union (the Parquet bytes are unchanged).
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { firstFailedCriterion } from "../eligibility/apply-criteria.ts";
import { cutTrial } from "../snapshot/data-cut.ts";
import { accountRecords, criterionFate, type RecordAccounting } from "../snapshot/exclusion-log.ts";
import { snapshotTables } from "../snapshot/schema.ts";
import { cutDay } from "../synthetic/dates.ts";
import { generateStudy } from "../synthetic/generate-study.ts";
import { DROPOUT_REASONS } from "../synthetic/parameters.ts";
import { generatorInfo, truthAtCut } from "../synthetic/truth.ts";
import type { GeneratedTrial } from "../synthetic/types.ts";
import type { PreparedSnapshot } from "./prepared-snapshot.ts";

export function prepareSyntheticSnapshot(config: SyntheticStudyConfig, month: string, cutDate: string, trial?: GeneratedTrial): PreparedSnapshot {
  const generated = trial ?? generateStudy(config);
  const cut = cutDay(month);
  const tables = cutTrial(generated, cut);
  const enrolledIds = new Set(tables.subjects.map((s) => s.subject_id as string));
  const observedIds = new Set(tables.subjects.filter((s) => s[config.primaryOutcome] !== null).map((s) => s.subject_id as string));
  const generator = generatorInfo(config);
  const screened = generated.screened.filter((s) => s.screen_day <= cut);
  return {
    schema: snapshotTables(config),
    tables,
    screened: screened as unknown as Array<Record<string, unknown>>,
    discontinuationReasons: DROPOUT_REASONS,
    sourceFiles: [],
    truth: truthAtCut(generated, month, cutDate, enrolledIds, observedIds),
    parquetMetadata: {
      generator: generator.name,
      generator_version: generator.version,
      generator_seed: String(generator.seed),
      generator_params: JSON.stringify(generator.params),
    },
    record: { generator: generator.name, generator_version: generator.version, generator_seed: generator.seed, generator_params: generator.params },
    accounting: syntheticAccounting(config, generated, cut, screened, enrolledIds),
  };
}

/**
 * The generator's records as an EDC holds them at the cut (screening records by the cut, visits
 * scheduled and held by the cut, adverse events with onset by the cut), each kept or excluded with
 * its rule. Rows number the generator's record lists; a screened subject is excluded at the first
 * eligibility criterion it fails, as the CONSORT log counts it.
 */
function syntheticAccounting(
  config: SyntheticStudyConfig,
  trial: GeneratedTrial,
  cut: number,
  screened: GeneratedTrial["screened"],
  enrolledIds: ReadonlySet<string>,
): RecordAccounting {
  const byId = new Map(config.criteria.map((k) => [k.id, k]));
  const notEnrolled = { rule: "not-enrolled-by-cut", reason: "subject not enrolled by the data cut" };
  const parts = [
    accountRecords(
      "generator/screened",
      "subjects",
      screened,
      (s) => s.subject_id,
      (s) => {
        if (enrolledIds.has(s.subject_id)) return null;
        const id = firstFailedCriterion(config.criteria, s as unknown as Record<string, unknown>, s.subject_id);
        const criterion = id === null ? undefined : byId.get(id);
        return criterion ? criterionFate(criterion) : notEnrolled;
      },
    ),
    accountRecords(
      "generator/visits",
      "visits",
      trial.visits.filter((v) => v.scheduled_day <= cut && (v.visit_day === null || v.visit_day <= cut)),
      (v) => v.subject_id,
      (v) => (enrolledIds.has(v.subject_id) ? null : notEnrolled),
    ),
    accountRecords(
      "generator/adverse_events",
      "adverse_events",
      trial.adverseEvents.filter((a) => a.onset_day <= cut),
      (a) => a.subject_id,
      (a) => (enrolledIds.has(a.subject_id) ? null : notEnrolled),
    ),
  ];
  return { files: parts.map((p) => p.file), excluded: parts.flatMap((p) => p.excluded) };
}
