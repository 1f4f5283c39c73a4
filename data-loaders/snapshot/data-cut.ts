/**
 * A data cut of a generated trial at the end of a month: a filter, never a new draw.
 *
 * - subjects: enrolled on or before the cut;
 * - visits: those whose scheduled and actual dates are both on or before the cut;
 * - adverse events: onset on or before the cut;
 * - disposition: discontinued if the discontinuation date is on or before the cut; completed if
 *   the primary (last scheduled) visit is in the cut's visits, attended or missed; else ongoing;
 * - primary outcome: the value at the primary visit when that visit is in the cut and attended;
 * - time to clinical worsening (`tte_days`, `tte_event`): the event's study day when it falls on
 *   or before the end of follow-up (discontinuation, the primary visit or the cut), else censored
 *   there (`tte_days` = `days_on_study`).
 *
 * So a later cut contains every subject of an earlier one, with the same baseline values and more
 * follow-up; nothing known at an earlier cut changes later.
 */
import { dayToIso } from "../synthetic/dates.ts";
import type { GeneratedTrial, VisitRecord } from "../synthetic/types.ts";
import { observedEndpoint } from "../synthetic/time-to-event.ts";
import type { Row } from "./schema.ts";

const tteColumns = (o: { days: number; event: 0 | 1 }) => ({ tte_days: o.days, tte_event: o.event });

export interface CutTables {
  subjects: Row[];
  visits: Row[];
  adverse_events: Row[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * @param trial the whole generated trial
 * @param cut the data-cut day (last day of the month)
 */
export function cutTrial(trial: GeneratedTrial, cut: number): CutTables {
  const K = trial.schedule.visits;
  const outcomeColumn = trial.config.primaryOutcome;
  const visitsBySubject = new Map<string, VisitRecord[]>();
  for (const v of trial.visits) {
    if (v.scheduled_day > cut || (v.visit_day !== null && v.visit_day > cut)) continue;
    const list = visitsBySubject.get(v.subject_id) ?? [];
    list.push(v);
    visitsBySubject.set(v.subject_id, list);
  }
  const discontinuation = new Map(trial.discontinuations.map((d) => [d.subject_id, d]));

  const subjects: Row[] = [];
  const visits: Row[] = [];
  const enrolDay = new Map<string, number>();
  for (const e of trial.enrolled) {
    if (e.enrol_day > cut) continue;
    const s = e.subject;
    enrolDay.set(s.subject_id, e.enrol_day);
    const own = visitsBySubject.get(s.subject_id) ?? [];
    const d = discontinuation.get(s.subject_id);
    const discontinued = d !== undefined && d.disc_day <= cut;
    const primary = own.find((v) => v.visit_number === K);
    const disposition = discontinued ? "discontinued" : primary ? "completed" : "ongoing";
    const attended = own.filter((v) => v.visit_day !== null).map((v) => v.visit_day as number);
    const endDay = discontinued ? d.disc_day : primary ? (primary.visit_day ?? primary.scheduled_day) : cut;
    subjects.push({
      subject_id: s.subject_id,
      site: s.site,
      region: s.region,
      arm: e.arm,
      treated: e.treated,
      enrol_date: dayToIso(e.enrol_day),
      age: s.age,
      female: s.female,
      bmi: s.bmi,
      baseline_severity: s.baseline_severity,
      diabetes: s.diabetes,
      egfr: s.egfr,
      prior_therapy: s.prior_therapy,
      consent_withdrawn: s.consent_withdrawn,
      disposition,
      disc_date: discontinued ? dayToIso(d.disc_day) : null,
      disc_reason: discontinued ? d.reason : null,
      last_visit_date: dayToIso(Math.max(...attended)),
      days_on_study: endDay - e.enrol_day + 1,
      [outcomeColumn]: primary?.outcome ?? null,
      // Time to clinical worsening, censored at the end of follow-up (days_on_study).
      ...tteColumns(observedEndpoint(e.event_time, endDay - e.enrol_day + 1)),
    });
    for (const v of own) {
      visits.push({
        subject_id: v.subject_id,
        visit_number: v.visit_number,
        visit_label: v.visit_number === 0 ? "Baseline" : `Week ${v.visit_week}`,
        visit_week: v.visit_week,
        scheduled_date: dayToIso(v.scheduled_day),
        visit_date: v.visit_day === null ? null : dayToIso(v.visit_day),
        status: v.status,
        study_day: v.visit_day === null ? null : v.visit_day - e.enrol_day + 1,
        heart_rate: v.heart_rate,
        sbp: v.sbp,
        dbp: v.dbp,
        temperature: v.temperature,
        weight: v.weight,
        alt: v.alt,
        creatinine: v.creatinine,
        hemoglobin: v.hemoglobin,
        dose_mg: v.dose_mg,
        compliance: v.compliance,
        [outcomeColumn]: v.outcome,
      });
    }
  }
  const adverse_events: Row[] = trial.adverseEvents
    .filter((a) => a.onset_day <= cut && enrolDay.has(a.subject_id))
    .map((a) => ({
      ae_id: a.ae_id,
      subject_id: a.subject_id,
      ae_seq: a.ae_seq,
      term: a.term,
      onset_date: dayToIso(a.onset_day),
      study_day: a.onset_day - (enrolDay.get(a.subject_id) as number) + 1,
      severity: a.severity,
      serious: a.serious,
      related: a.related,
    }));

  subjects.sort((a, b) => byText(a.subject_id as string, b.subject_id as string));
  visits.sort((a, b) => byText(a.subject_id as string, b.subject_id as string) || (a.visit_number as number) - (b.visit_number as number));
  adverse_events.sort((a, b) => byText(a.subject_id as string, b.subject_id as string) || (a.ae_seq as number) - (b.ae_seq as number));
  return { subjects, visits, adverse_events };
}
