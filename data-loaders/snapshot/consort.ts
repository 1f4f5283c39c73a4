/**
 * The CONSORT log of a data cut: subjects assessed for eligibility by the cut, the exclusions at
 * each criterion in the configuration's order (each subject counted once, at the first criterion
 * it fails; remaining = previous remaining − excluded), then by arm: allocated, discontinued (by
 * reason), completed, ongoing and with the primary outcome available. The arm counts come from the
 * same subject rows that are written to `subjects.parquet`.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import { applyCriteria, type CriteriaStep } from "../eligibility/apply-criteria.ts";
import type { Row } from "./schema.ts";

export interface ConsortArmCounts {
  code: string;
  label: string;
  role: "control" | "treated";
  allocated: number;
  discontinued: number;
  discontinuedReasons: Array<{ reason: string; n: number }>;
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
export function buildConsort(
  config: StudyConfig,
  month: string,
  cutDate: string,
  screenedByCut: ReadonlyArray<Record<string, unknown>>,
  subjects: readonly Row[],
  reasons: readonly string[],
): ConsortLog {
  const { screened, steps, eligible } = applyCriteria(config.criteria, screenedByCut, (r) => String(r.subject_id));
  const enrolledIds = new Set(subjects.map((s) => s.subject_id));
  const stray = eligible.find((r) => !enrolledIds.has(r.subject_id as string));
  if (eligible.length !== subjects.length || stray) {
    throw new Error(
      `${config.id} ${month}: CONSORT log: ${eligible.length} subjects pass the criteria, ${subjects.length} are enrolled` +
        `${stray ? ` (subject ${String(stray.subject_id)} passes but is not enrolled)` : ""} (rule: enrolled = screened by the cut and eligible)`,
    );
  }
  const arms = config.arms.map((arm): ConsortArmCounts => {
    const rows = subjects.filter((s) => s.arm === arm.code);
    const count = (disposition: string) => rows.filter((s) => s.disposition === disposition).length;
    return {
      code: arm.code,
      label: arm.label,
      role: arm.role,
      allocated: rows.length,
      discontinued: count("discontinued"),
      discontinuedReasons: reasons.map((reason) => ({ reason, n: rows.filter((s) => s.disc_reason === reason).length })),
      completed: count("completed"),
      ongoing: count("ongoing"),
      analysed: rows.filter((s) => s[config.primaryOutcome] !== null && s[config.primaryOutcome] !== undefined).length,
    };
  });
  return { study: config.id, month, cutDate, screened, exclusions: steps, enrolled: eligible.length, arms };
}
