/**
 * The CSR-style tables of one study-month snapshot, for the integrator to wire into a pipeline
 * step or page: Tables 14-2.01 (baseline characteristics of the study entry's covariates),
 * 14-1.02 (disposition at the cut), 14-3.01 (primary endpoint at each scheduled visit, continuous
 * outcomes), 14-5.01 (adverse events) and the serious adverse events, 14-1.01 (populations)
 * where the snapshot flags them, and the CIBIC+ Tables 14-3.02 and 14-3.13 where it carries
 * CIBIC+ (the CDISC pilot), from the snapshot's
 * `subjects`, `visits` and `adverse_events` rows and the study entry.
 *
 * What the snapshot columns mean here (data-loaders/snapshot/schema.ts):
 * - A covariate whose values are all 0/1 is reported as a Yes/No category; text columns as their
 *   levels (sorted); numbers as continuous.
 * - Completion: `dropout_w24` when present (the CDISC pilot: 1 = early termination before week
 *   24), otherwise `disposition` ("completed" / "discontinued"; "ongoing" subjects are neither and
 *   are printed as "Ongoing at the cut" in the missing row). Reasons: the `disc_reason` values,
 *   sorted; adverse event and lack of efficacy are tested, as in the CSR.
 * - The primary endpoint: the CDISC pilot's subject-level LOCF changes at weeks 8, 16 and 24
 *   (`adas_chg_w8`, `adas_chg_w16`, the primary outcome) with the baseline (`baseline_adas`) and
 *   site group; a synthetic study's observed change at each
 *   scheduled visit (`visits`) with `baseline_severity` and `region` as the site factor. Binary
 *   outcomes have no efficacy table here (null).
 * - Adverse events by `body_system` when the column exists, else under one class.
 */
import type { StudyConfig } from "../../foundation/study-config.ts";
import { adverseEventTable } from "./adverse-event-table.ts";
import type { SubjectRow } from "./arm-columns.ts";
import { CIBIC_CATEGORIES, categoricalResponseTable } from "./categorical-response-table.ts";
import { demographicsTable, type DemographicVariable } from "./demographics-table.ts";
import { dispositionTable } from "./disposition-table.ts";
import { efficacyTable } from "./efficacy-table.ts";
import { populationTable } from "./population-table.ts";
import type { TrialTable } from "./trial-table.ts";

export interface SnapshotRows {
  subjects: readonly SubjectRow[];
  visits: readonly SubjectRow[];
  adverse_events: readonly SubjectRow[];
}

export interface SnapshotTrialTables {
  /** Table 14-1.01, when the snapshot flags populations (`itt`, `safety`, `efficacy`: the CDISC pilot); else null. */
  populations: TrialTable | null;
  demographics: TrialTable;
  disposition: TrialTable;
  efficacy: TrialTable | null;
  /** Table 14-3.02 (with 14-3.04 and 14-3.06: weeks 8 and 16), when the snapshot carries CIBIC+ (the CDISC pilot); else null. */
  cibicSummary: TrialTable | null;
  /** Table 14-3.13, the CIBIC+ categorical analysis, when the snapshot carries CIBIC+; else null. */
  cibicCategories: TrialTable | null;
  adverseEvents: TrialTable;
  seriousAdverseEvents: TrialTable;
}

export interface SnapshotTrialTableOptions {
  /** Dose of each arm code, for the dose-response p (absent: no dose-response row). */
  doses?: Readonly<Record<string, number>>;
}

const present = (v: unknown): boolean => v !== null && v !== undefined;

/**
 * The CDISC pilot's scheduled efficacy visits and the subject columns holding each one's LOCF
 * value (ADAS-Cog change: the primary outcome column at week 24; CIBIC+ score). A column the
 * snapshot lacks leaves its visit out.
 */
const PILOT_VISITS: ReadonlyArray<{ week: number; adas: string | null; cibic: string }> = [
  { week: 8, adas: "adas_chg_w8", cibic: "cibic_w8" },
  { week: 16, adas: "adas_chg_w16", cibic: "cibic_w16" },
  { week: 24, adas: null, cibic: "cibic_w24" },
];

/** One row per efficacy subject and visit with a CIBIC+ score (LOCF), for Tables 14-3.02 and 14-3.13. */
function cibicRows(subjects: readonly SubjectRow[]): SubjectRow[] {
  return PILOT_VISITS.flatMap(({ week, cibic }) => subjects.filter((s) => s.efficacy === 1 && present(s[cibic])).map((s) => ({ ...s, visit: week, aval: s[cibic] })));
}

/** The Table 14-2.01 block of one covariate, by the values it takes. */
export function covariateVariable(subjects: readonly SubjectRow[], column: string): DemographicVariable {
  const values = subjects.map((s) => s[column]).filter(present);
  if (values.length > 0 && values.every((v) => v === 0 || v === 1)) {
    return {
      kind: "categorical",
      column,
      label: column,
      showN: true,
      levels: [
        { value: 1, label: "Yes" },
        { value: 0, label: "No" },
      ],
    };
  }
  if (values.some((v) => typeof v !== "number")) {
    const levels = [...new Set(values.map(String))].sort();
    return { kind: "categorical", column, label: column, showN: true, levels: levels.map((v) => ({ value: v, label: v })) };
  }
  return { kind: "continuous", column, label: column };
}

export function snapshotTrialTables(rows: SnapshotRows, study: StudyConfig, options: SnapshotTrialTableOptions = {}): SnapshotTrialTables {
  const subjects = rows.subjects;
  const layout = study.csrTables;
  const demographics = demographicsTable(subjects, study, layout?.demographics ?? study.covariates.map((c) => covariateVariable(subjects, c)), {
    population: "Intent-to-Treat (enrolled at the cut)",
  });

  const pilot = subjects.some((s) => present(s.dropout_w24));
  const completion: SubjectRow[] = subjects.map((s) => ({
    ...s,
    completed: pilot ? (s.dropout_w24 === 1 ? "N" : "Y") : s.disposition === "completed" ? "Y" : s.disposition === "discontinued" ? "N" : null,
  }));
  const reasonValues = [
    ...new Set(
      completion
        .filter((s) => s.completed === "N")
        .map((s) => s.disc_reason)
        .filter(present)
        .map(String),
    ),
  ].sort();
  const disposition = dispositionTable(completion, study, {
    completedColumn: "completed",
    reasonColumn: "disc_reason",
    reasons: layout?.dispositionReasons ?? reasonValues.map((v) => ({ value: v, label: v, test: /^(adverse event|lack of efficacy)$/i.test(v) })),
    visit: pilot ? "Week 24" : "the primary visit",
    missingLabel: pilot ? "Missing" : "Ongoing at the cut",
  });

  const labels = layout?.comparisonLabels ? { treatedLabel: layout.comparisonLabels.treated, shortLabels: layout.comparisonLabels.arms } : {};
  let efficacy: TrialTable | null = null;
  if (study.source.outcome !== "binary") {
    const outcome = study.primaryOutcome;
    if (pilot) {
      const analysis = PILOT_VISITS.flatMap(({ week, adas }) => {
        const column = adas ?? outcome;
        return subjects
          .filter((s) => s.efficacy === 1 && present(s[column]) && present(s.baseline_adas))
          .map((s) => ({ ...s, visit: week, base: s.baseline_adas, chg: s[column], aval: (s.baseline_adas as number) + (s[column] as number) }));
      });
      efficacy = efficacyTable(analysis, study, { doses: options.doses, siteColumn: "site_group", ...labels });
    } else {
      const bySubject = new Map(subjects.map((s) => [s.subject_id, s]));
      const analysis = rows.visits
        .filter((v) => (v.visit_number as number) > 0 && present(v[outcome]))
        .map((v) => {
          const s = bySubject.get(v.subject_id as string)!;
          return {
            subject_id: v.subject_id,
            arm: s.arm,
            region: s.region,
            visit: v.visit_week,
            base: s.baseline_severity,
            chg: v[outcome],
            aval: (s.baseline_severity as number) + (v[outcome] as number),
          };
        });
      if (analysis.length > 0) efficacy = efficacyTable(analysis, study, { ...labels, doses: options.doses, siteColumn: "region", population: "Intent-to-Treat, observed cases" });
    }
  }

  const cibic = pilot ? cibicRows(subjects) : [];
  const cibicSummary =
    cibic.length === 0
      ? null
      : efficacyTable(cibic, study, {
          ...labels,
          doses: options.doses,
          baselineColumn: null,
          id: "14-3.02",
          title: "CIBIC+ - Summary at Weeks 8, 16 and 24 - LOCF",
        });
  const cibicCategories = cibic.length === 0 ? null : categoricalResponseTable(cibic, study, { categories: CIBIC_CATEGORIES });

  const soc = rows.adverse_events.some((e) => present(e.body_system)) ? "body_system" : null;
  const adverseEvents = adverseEventTable(subjects, rows.adverse_events, study, { socColumn: soc });
  const seriousAdverseEvents = adverseEventTable(
    subjects,
    rows.adverse_events.filter((e) => e.serious === true),
    study,
    {
      socColumn: soc,
      id: "14-5.02",
      title: "Incidence of Treatment Emergent Serious Adverse Events by Treatment Group",
    },
  );
  const flagged = subjects.some((s) => present(s.itt) && present(s.safety) && present(s.efficacy));
  const populations = flagged
    ? populationTable(
        subjects.map((s) => ({
          ...s,
          completed_primary: pilot ? (s.dropout_w24 === 0 ? 1 : 0) : s.disposition === "completed" ? 1 : 0,
          completed_study: s.disposition === "completed" ? 1 : 0,
        })),
        study,
        {
          populations: [
            { label: "Intent-To-Treat (ITT)", column: "itt" },
            { label: "Safety", column: "safety" },
            { label: "Efficacy", column: "efficacy" },
            { label: pilot ? "Complete Week 24" : "Complete primary visit", column: "completed_primary" },
            { label: "Complete Study", column: "completed_study" },
          ],
        },
      )
    : null;
  return { populations, demographics, disposition, efficacy, cibicSummary, cibicCategories, adverseEvents, seriousAdverseEvents };
}
