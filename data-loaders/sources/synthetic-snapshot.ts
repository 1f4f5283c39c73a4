/**
 * The synthetic source: generate the trial (or take the one given), cut it at the end of the
 * month, and describe the generator in the Parquet metadata, `snapshot.json` and `truth.json`
 * exactly as before the source became a union (the Parquet bytes are unchanged).
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { cutTrial } from "../snapshot/data-cut.ts";
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
  return {
    schema: snapshotTables(config),
    tables,
    screened: generated.screened.filter((s) => s.screen_day <= cut) as unknown as Array<Record<string, unknown>>,
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
  };
}
