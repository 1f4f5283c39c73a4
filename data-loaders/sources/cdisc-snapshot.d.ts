/**
 * The CDISC source: read the pilot's SDTM and ADaM files, derive the three tables, and record the
 * input files (path relative to the data directory, SHA-256) and `ground_truth: null`.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import { type PreparedSnapshot } from "./prepared-snapshot.ts";
export declare function prepareCdiscSnapshot(config: StudyConfig, month: string, cutDate: string): Promise<PreparedSnapshot>;
