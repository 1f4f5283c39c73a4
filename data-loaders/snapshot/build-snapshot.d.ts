import { type StudyConfig } from "../../src/foundation/study-config.ts";
import type { SourceFileRecord } from "../sources/prepared-snapshot.ts";
import type { GeneratedTrial } from "../synthetic/types.ts";
import { type ConsortLog } from "./consort.ts";
export interface SnapshotMember {
    name: string;
    bytes: Uint8Array;
}
export interface SnapshotRecord {
    study: string;
    month: string;
    cut_date: string;
    loader: string;
    loader_version: string;
    schema_version: string;
    /** Synthetic studies: generator name, version, seed and parameters. */
    [source: string]: unknown;
    source_kind: StudyConfig["source"]["kind"];
    /** Input files read (path relative to the source directory, SHA-256, bytes); empty for synthetic. */
    source_files: SourceFileRecord[];
    subjects: number;
    members: Array<{
        name: string;
        sha256: string;
        bytes: number;
        rows?: number;
    }>;
}
export interface Snapshot {
    members: SnapshotMember[];
    record: SnapshotRecord;
    consort: ConsortLog;
}
/** Resolves and validates the (study, month) pair; throws a SnapshotError naming both. */
export declare function resolveStudyMonth(study: string, month: string): StudyConfig;
/**
 * The primary analysis of the snapshot's subjects (the rows written to subjects.parquet, whose
 * values Parquet stores exactly). A data error in the analysis stops the snapshot, naming it.
 */
export declare function primaryAnalysis(config: StudyConfig, month: string, subjects: readonly Record<string, unknown>[]): import("@trial/estimators").AnalysisResult;
/**
 * @param study study id from the registry
 * @param month a data-cut month of that study (`YYYY-MM`)
 * @param trial optionally, the already generated trial of a synthetic study (tests build several cuts from one)
 */
export declare function buildSnapshot(study: string, month: string, trial?: GeneratedTrial): Promise<Snapshot>;
