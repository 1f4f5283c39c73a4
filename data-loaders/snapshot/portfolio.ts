/**
 * The portfolio summary: one row per published study-month, counted from the study-month's
 * CONSORT log (which is itself checked against the subject rows written to `subjects.parquet`).
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import type { ConsortLog } from "./consort.ts";
import type { Row, TableSpec } from "./schema.ts";

export const portfolioTable: TableSpec<"portfolio"> = {
  name: "portfolio",
  description: "Counts per published study-month",
  sortKey: ["study", "month"],
  columns: [
    { name: "study", type: "VARCHAR", nullable: false, description: "study id" },
    { name: "month", type: "VARCHAR", nullable: false, description: "data-cut month YYYY-MM" },
    { name: "cut_date", type: "DATE", nullable: false, description: "data-cut date" },
    { name: "screened", type: "INTEGER", nullable: false, description: "assessed for eligibility by the cut" },
    { name: "enrolled", type: "INTEGER", nullable: false, description: "enrolled by the cut" },
    { name: "n_control", type: "INTEGER", nullable: false, description: "allocated to the control arm" },
    { name: "n_treated", type: "INTEGER", nullable: false, description: "allocated to the treated arm(s)" },
    { name: "arm_counts", type: "VARCHAR", nullable: false, description: "allocated per arm, JSON {arm code: n} (studies with several treated arms)" },
    { name: "discontinued", type: "INTEGER", nullable: false, description: "discontinued by the cut" },
    { name: "outcome_available", type: "INTEGER", nullable: false, description: "primary outcome available at the cut" },
  ],
};

/** The CONSORT log of a study-month's snapshot (its consort.json). */
export type ConsortOf = (study: string, month: string) => Promise<ConsortLog>;

export async function portfolioRows(studies: readonly StudyConfig[], consortOf: ConsortOf): Promise<Row[]> {
  const rows: Row[] = [];
  for (const study of studies) {
    for (const month of study.dataCuts) {
      const consort = await consortOf(study.id, month);
      const arm = (role: "control" | "treated") => consort.arms.filter((a) => a.role === role).reduce((s, a) => s + a.allocated, 0);
      rows.push({
        study: study.id,
        month,
        cut_date: consort.cutDate,
        screened: consort.screened,
        enrolled: consort.enrolled,
        n_control: arm("control"),
        n_treated: arm("treated"),
        arm_counts: JSON.stringify(Object.fromEntries(consort.arms.map((a) => [a.code, a.allocated]))),
        discontinued: consort.arms.reduce((s, a) => s + a.discontinued, 0),
        outcome_available: consort.arms.reduce((s, a) => s + a.analysed, 0),
      });
    }
  }
  return rows;
}
