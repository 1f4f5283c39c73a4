/**
 * The CONSORT log of a data cut: subjects assessed for eligibility by the cut, the exclusions at
 * each criterion in the configuration's order (each subject counted once, at the first criterion
 * it fails; remaining = previous remaining − excluded), then by arm: allocated, discontinued (by
 * reason), completed, ongoing and with the primary outcome available. The arm counts come from the
 * same subject rows that are written to `subjects.parquet`.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import { type CriteriaStep } from "../eligibility/apply-criteria.ts";
import type { Row } from "./schema.ts";
export interface ConsortArmCounts {
    code: string;
    label: string;
    role: "control" | "treated";
    allocated: number;
    discontinued: number;
    discontinuedReasons: Array<{
        reason: string;
        n: number;
    }>;
    completed: number;
    ongoing: number;
    /** Subjects with the primary outcome available at the cut. */
    analysed: number;
}
export interface ConsortLog {
    study: string;
    month: string;
    cutDate: string;
    screened: number;
    exclusions: CriteriaStep[];
    enrolled: number;
    arms: ConsortArmCounts[];
}
/**
 * @param screenedByCut subjects screened on or before the cut
 * @param subjects the subject rows of the cut
 * @param reasons the discontinuation reasons counted per arm, in this order
 * @throws Error if the criteria do not reproduce the enrolled rows (a loader bug, never data)
 */
export declare function buildConsort(config: StudyConfig, month: string, cutDate: string, screenedByCut: ReadonlyArray<Record<string, unknown>>, subjects: readonly Row[], reasons: readonly string[]): ConsortLog;
