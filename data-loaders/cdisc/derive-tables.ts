/**
 * The CDISC pilot's snapshot tables from its domains: subjects (ITT population), visits and
 * treatment-emergent adverse events, plus the screened population (every DM subject) that the
 * eligibility criteria and the CONSORT log run over.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import type { SnapshotTables } from "../contracts/context.ts";
import type { Row } from "../snapshot/schema.ts";
import { isoToDay } from "../synthetic/dates.ts";
import { adverseEventRows, pilotAdverseEvents, timeToFirstDermatologic } from "./adverse-events.ts";
import { baselineMeasures } from "./baseline-measures.ts";
import { cellsOf } from "./cells.ts";
import { pilotDisposition } from "./disposition.ts";
import { baselineValues, locfEndpoint } from "./locf-endpoint.ts";
import { bmiGroup, diseaseDurationGroup, pilotSubjects, siteGroups } from "./population.ts";
import type { CdiscDomains } from "./read-domains.ts";
import { visitRows } from "./visits.ts";

export interface CdiscTables {
  tables: SnapshotTables;
  screened: Array<Record<string, unknown>>;
}

/** MMSE and years of education from ADSL (their SDTM domains, QS and SC, are not supplied). */
function adslScreeningScores(domains: CdiscDomains): Map<string, { mmse: number | null; education: number | null }> {
  const adsl = domains.datasets.adsl;
  const c = cellsOf(adsl);
  return new Map(adsl.rows.map((row, i) => [c.text(row, i, "USUBJID"), { mmse: c.number(row, i, "MMSETOT"), education: c.number(row, i, "EDUCLVL") }]));
}

export function deriveCdiscTables(config: StudyConfig, domains: CdiscDomains): CdiscTables {
  const d = domains.datasets;
  const population = pilotSubjects(d.dm, d.suppdm);
  const controlCodes = new Set(config.arms.filter((a) => a.role === "control").map((a) => a.code));
  const groups = siteGroups(
    population,
    config.arms.map((a) => a.code),
  );
  const measures = baselineMeasures(d.vs, d.mh, d.sv);
  const disposition = pilotDisposition(d.ds, d.sv);
  const adas = locfEndpoint(d.adadas, "ACTOT");
  const adasBaseline = baselineValues(d.adadas, "ACTOT");
  const cibic = locfEndpoint(d.adqscibc, "CIBICVAL");
  // The CSR's other scheduled visits (Tables 14-3.03 to 14-3.06 and 14-3.13): LOCF to weeks 8 and 16.
  const adasW8 = locfEndpoint(d.adadas, "ACTOT", 8);
  const adasW16 = locfEndpoint(d.adadas, "ACTOT", 16);
  const cibicW8 = locfEndpoint(d.adqscibc, "CIBICVAL", 8);
  const cibicW16 = locfEndpoint(d.adqscibc, "CIBICVAL", 16);
  const scores = adslScreeningScores(domains);
  const firstDose = new Map(population.map((s) => [s.subject_id, s.enrol_date]));
  const events = pilotAdverseEvents(d.ae, firstDose);
  const eventsBySubject = new Map<string, typeof events>();
  for (const e of events) eventsBySubject.set(e.subject_id, [...(eventsBySubject.get(e.subject_id) ?? []), e]);

  const itt = population.filter((s) => s.itt === 1);
  const subjects: Row[] = itt.map((s) => {
    const enrol = s.enrol_date as string;
    const end = s.end_date as string;
    const disp = disposition.get(s.subject_id);
    const m = measures.get(s.subject_id);
    const te = (eventsBySubject.get(s.subject_id) ?? []).filter((e) => e.treatment_emergent);
    const derm = timeToFirstDermatologic(te, enrol, end);
    const efficacy = s.efficacy === 1;
    const a = efficacy ? adas.get(s.subject_id) : undefined;
    const c = efficacy ? cibic.get(s.subject_id) : undefined;
    return {
      subject_id: s.subject_id,
      site: s.site,
      site_group: groups.get(s.site) ?? s.site,
      arm: s.arm,
      treated: controlCodes.has(s.arm) ? 0 : 1,
      enrol_date: enrol,
      itt: s.itt,
      safety: s.safety,
      efficacy: s.efficacy,
      age: s.age,
      age_group: s.age_group,
      female: s.female,
      race: s.race,
      race_origin: s.race_origin,
      height: m?.height ?? null,
      weight: m?.weight ?? null,
      bmi: m?.bmi ?? null,
      disease_duration: m?.disease_duration ?? null,
      disease_duration_group: diseaseDurationGroup(m?.disease_duration ?? null),
      bmi_group: bmiGroup(m?.bmi ?? null),
      mmse: scores.get(s.subject_id)?.mmse ?? null,
      education: scores.get(s.subject_id)?.education ?? null,
      baseline_adas: adasBaseline.get(s.subject_id) ?? null,
      disposition: disp?.disposition ?? null,
      disc_date: disp?.disc_date ?? null,
      disc_reason: disp?.disc_reason ?? null,
      dropout_w24: disp?.dropout_w24 ?? null,
      last_visit_date: disp?.last_visit_date ?? null,
      end_date: end,
      days_on_study: end === null ? null : isoToDay(end) - isoToDay(enrol) + 1,
      [config.primaryOutcome]: a?.change ?? null,
      adas_locf: a === undefined ? null : a.fromVisit < 24 ? 1 : 0,
      adas_chg_w8: efficacy ? (adasW8.get(s.subject_id)?.change ?? null) : null,
      adas_chg_w16: efficacy ? (adasW16.get(s.subject_id)?.change ?? null) : null,
      cibic_w8: efficacy ? (cibicW8.get(s.subject_id)?.value ?? null) : null,
      cibic_w16: efficacy ? (cibicW16.get(s.subject_id)?.value ?? null) : null,
      cibic_w24: c?.value ?? null,
      teae: te.length > 0 ? 1 : 0,
      teae_count: te.length,
      derm_event: derm.derm_event,
      derm_days: derm.derm_days,
    };
  });
  const enrolDates = new Map(itt.map((s) => [s.subject_id, s.enrol_date as string]));
  const visits = visitRows({ sv: d.sv, vs: d.vs, lb: d.lb, ex: d.ex, adadas: d.adadas }, enrolDates, config.primaryOutcome);
  const adverse_events = adverseEventRows(
    events.filter((e) => enrolDates.has(e.subject_id)),
    firstDose,
  );
  const screened = population.map((s) => ({ subject_id: s.subject_id, screen_failure: s.screen_failure, itt: s.itt }));
  return { tables: { subjects, visits, adverse_events }, screened };
}
