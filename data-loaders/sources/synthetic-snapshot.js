import { cutTrial } from "../snapshot/data-cut.ts";
import { snapshotTables } from "../snapshot/schema.ts";
import { cutDay } from "../synthetic/dates.ts";
import { generateStudy } from "../synthetic/generate-study.ts";
import { DROPOUT_REASONS } from "../synthetic/parameters.ts";
import { generatorInfo, truthAtCut } from "../synthetic/truth.ts";
export function prepareSyntheticSnapshot(config, month, cutDate, trial) {
    const generated = trial ?? generateStudy(config);
    const cut = cutDay(month);
    const tables = cutTrial(generated, cut);
    const enrolledIds = new Set(tables.subjects.map((s) => s.subject_id));
    const observedIds = new Set(tables.subjects.filter((s) => s[config.primaryOutcome] !== null).map((s) => s.subject_id));
    const generator = generatorInfo(config);
    return {
        schema: snapshotTables(config),
        tables,
        screened: generated.screened.filter((s) => s.screen_day <= cut),
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
