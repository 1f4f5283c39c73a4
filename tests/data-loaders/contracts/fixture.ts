/**
 * A tiny valid snapshot (two subjects, their visits and one adverse event) in the schema of a
 * registry study, for the contract tests: each test breaks one rule on a copy.
 */
import { expect } from "vitest";
import { ContractViolation, type ContractContext, type SnapshotTables } from "../../../data-loaders/contracts/index.ts";
import { snapshotTables } from "../../../data-loaders/snapshot/schema.ts";
import { getStudy } from "../../../src/foundation/registry.ts";

const config = getStudy("SYN-LIN-C");

export const context: ContractContext = { study: "SYN-LIN-C", month: "2025-12", cutDate: "2025-12-31", arms: config.arms, schema: snapshotTables(config) };

const subject = (id: string, arm: "PBO" | "TRT") => ({
  subject_id: id,
  site: id.slice(0, 4),
  region: "Europe",
  arm,
  treated: arm === "TRT" ? 1 : 0,
  enrol_date: "2025-11-03",
  age: 60,
  female: 1,
  bmi: 27.5,
  baseline_severity: 21.2,
  diabetes: 0,
  egfr: 71.4,
  prior_therapy: 0,
  consent_withdrawn: false,
  disposition: "ongoing",
  disc_date: null,
  disc_reason: null,
  last_visit_date: "2025-12-01",
  days_on_study: 59,
  tte_days: 59,
  tte_event: 0,
  change_from_baseline: null,
});

const visit = (id: string, n: number, date: string) => ({
  subject_id: id,
  visit_number: n,
  visit_label: n === 0 ? "Baseline" : `Week ${4 * n}`,
  visit_week: 4 * n,
  scheduled_date: date,
  visit_date: date,
  status: "completed",
  study_day: n * 28 + 1,
  heart_rate: 70,
  sbp: 125,
  dbp: 78,
  temperature: 36.8,
  weight: 80.1,
  alt: 24,
  creatinine: 0.9,
  hemoglobin: 13.9,
  dose_mg: 100,
  compliance: n === 0 ? null : 0.95,
  change_from_baseline: n === 0 ? null : 0.25,
});

/** A fresh copy of the valid fixture. */
export function validTables(): SnapshotTables {
  return {
    subjects: [subject("EU01-00001", "PBO"), subject("EU02-00002", "TRT")],
    visits: [visit("EU01-00001", 0, "2025-11-03"), visit("EU01-00001", 1, "2025-12-01"), visit("EU02-00002", 0, "2025-11-03"), visit("EU02-00002", 1, "2025-12-01")],
    adverse_events: [
      { ae_id: "EU02-00002-AE01", subject_id: "EU02-00002", ae_seq: 1, term: "Headache", onset_date: "2025-11-20", study_day: 18, severity: "mild", serious: false, related: true },
    ],
  };
}

/** The ContractViolation a check throws on the tables (fails the test if none is thrown). */
export function violationOf(check: (t: SnapshotTables) => void, tables: SnapshotTables): ContractViolation {
  try {
    check(tables);
  } catch (error) {
    expect(error).toBeInstanceOf(ContractViolation);
    return error as ContractViolation;
  }
  throw new Error("expected a ContractViolation, nothing was thrown");
}
