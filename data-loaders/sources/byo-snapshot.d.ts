/**
 * The bring-your-own source: read the files a study's JSON config names, check them against the
 * declared columns, apply the eligibility criteria, and map the declared columns onto the snapshot
 * conventions: subjects get `subject_id`, `arm` (the arm code of the treatment value), `treated`
 * (1 for a treated arm), `enrol_date`, `disposition` (discontinued when a discontinuation date is
 * given, else completed), `disc_date`, `disc_reason`, then every other declared column under its
 * own name; visits get `subject_id`, `visit_number`, `visit_date`, `study_day`; adverse events
 * `ae_id`, `subject_id`, `ae_seq`, `term`, `onset_date`, `study_day`. A treatment value that is not
 * a declared arm is kept as it is, so that the treatment-in-arms contract halts on it.
 */
import { type ByoStudy } from "../../src/foundation/byo-config.ts";
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import { type TableSpec } from "../snapshot/schema.ts";
import { type PreparedSnapshot } from "./prepared-snapshot.ts";
/** The snapshot schema of a BYO study: core columns, then the declared ones. */
export declare function byoSnapshotTables(study: ByoStudy): TableSpec[];
export declare function prepareByoSnapshot(config: StudyConfig, month: string, cutDate: string): Promise<PreparedSnapshot>;
