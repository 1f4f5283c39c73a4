/**
 * The snapshot tables of the CDISC pilot. Same table names and the same column conventions as the
 * synthetic studies (`subject_id`, `arm`, `treated` = not control, `enrol_date`, `disposition`,
 * `disc_reason`, the primary outcome column; visits and adverse events keyed by `subject_id`), plus
 * the pilot's own columns. Source of each column in its description.
 */
import { type TableSpec } from "../snapshot/schema.ts";
export declare function cdiscSnapshotTables(primaryOutcome: string): TableSpec[];
