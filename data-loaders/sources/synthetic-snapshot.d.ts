/**
 * The synthetic source: generate the trial (or take the one given), cut it at the end of the
 * month, and describe the generator in the Parquet metadata, `snapshot.json` and `truth.json`
 * exactly as before the source became a union (the Parquet bytes are unchanged).
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import type { GeneratedTrial } from "../synthetic/types.ts";
import type { PreparedSnapshot } from "./prepared-snapshot.ts";
export declare function prepareSyntheticSnapshot(config: SyntheticStudyConfig, month: string, cutDate: string, trial?: GeneratedTrial): PreparedSnapshot;
