/**
 * The portfolio summary: one row per published study-month, counted from the study-month's
 * CONSORT log (which is itself checked against the subject rows written to `subjects.parquet`).
 */
import { type StudyConfig } from "../../src/foundation/study-config.ts";
import { generateStudy } from "../synthetic/generate-study.ts";
import type { Snapshot } from "./build-snapshot.ts";
import type { Row, TableSpec } from "./schema.ts";
export declare const portfolioTable: TableSpec<"portfolio">;
type BuildSnapshot = (study: string, month: string, trial?: ReturnType<typeof generateStudy>) => Promise<Snapshot>;
export declare function portfolioRows(studies: readonly StudyConfig[], build: BuildSnapshot): Promise<Row[]>;
export {};
