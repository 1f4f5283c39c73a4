/**
 * The per-visit table of the CDISC pilot (for the dropout and adverse-event models): one row per
 * attended scheduled visit of an ITT subject, baseline (week 0) to week 26, from SV, with
 * - vitals from VS at that visit: supine pulse, systolic and diastolic pressure (after 5 minutes
 *   lying down), temperature, weight;
 * - labs from LB at that visit (at baseline: the baseline-flagged screening sample) in the units
 *   the synthetic studies use: ALT (U/L), creatinine (mg/dL) and hemoglobin (g/dL), from LBORRES;
 * - exposure from EX: the daily dose (mg) of the record covering the day before the visit (null at
 *   baseline);
 * - the ADAS-Cog(11) change from baseline observed at that visit (ADADAS observed rows, matched on
 *   the SDTM VISITNUM: the assessments of weeks 8, 16 and 24 fall on those visits or, out of
 *   window, on neighbouring ones).
 */
import { ReaderError } from "../readers/errors.ts";
import type { Dataset } from "../readers/types.ts";
import type { Row } from "../snapshot/schema.ts";
import { dayToIso, isoToDay } from "../synthetic/dates.ts";
import { cellsOf } from "./cells.ts";

/** Scheduled visits: SDTM VISITNUM → [week, label, planned study day]. */
export const SCHEDULED_VISITS: ReadonlyMap<number, readonly [number, string, number]> = new Map([
  [3, [0, "Baseline", 1]],
  [4, [2, "Week 2", 14]],
  [5, [4, "Week 4", 28]],
  [7, [6, "Week 6", 42]],
  [8, [8, "Week 8", 56]],
  [9, [12, "Week 12", 84]],
  [10, [16, "Week 16", 112]],
  [11, [20, "Week 20", 140]],
  [12, [24, "Week 24", 168]],
  [13, [26, "Week 26", 182]],
] as const);

type Key = string; // `${USUBJID}|${VISITNUM}`
const key = (id: string, visit: number): Key => `${id}|${visit}`;

function vitalsByVisit(vs: Dataset): Map<Key, Record<string, number>> {
  const c = cellsOf(vs);
  const out = new Map<Key, Record<string, number>>();
  const wanted: Record<string, string> = { PULSE: "heart_rate", SYSBP: "sbp", DIABP: "dbp", TEMP: "temperature", WEIGHT: "weight" };
  vs.rows.forEach((row, i) => {
    const column = wanted[c.text(row, i, "VSTESTCD")];
    if (column === undefined) return;
    if (["heart_rate", "sbp", "dbp"].includes(column) && c.text(row, i, "VSPOS") !== "SUPINE") return;
    const value = c.number(row, i, "VSSTRESN");
    const visit = c.number(row, i, "VISITNUM");
    if (value === null || visit === null) return;
    const k = key(c.text(row, i, "USUBJID"), visit);
    const rec = out.get(k) ?? {};
    if (!(column in rec)) rec[column] = value;
    out.set(k, rec);
  });
  return out;
}

function labsByVisit(lb: Dataset): Map<Key, Record<string, number>> {
  const c = cellsOf(lb);
  const out = new Map<Key, Record<string, number>>();
  const wanted: Record<string, string> = { ALT: "alt", CREAT: "creatinine", HGB: "hemoglobin" };
  lb.rows.forEach((row, i) => {
    const column = wanted[c.text(row, i, "LBTESTCD")];
    if (column === undefined) return;
    const text = c.text(row, i, "LBORRES").trim();
    if (text === "") return;
    const value = Number(text);
    if (!Number.isFinite(value))
      throw new ReaderError({ file: lb.source.file, row: i + 1, column: "LBORRES", value: text, rule: `a numeric result is expected for ${c.text(row, i, "LBTESTCD")}` });
    const visit = c.text(row, i, "LBBLFL") === "Y" ? 3 : c.number(row, i, "VISITNUM");
    if (visit === null) return;
    const k = key(c.text(row, i, "USUBJID"), visit);
    const rec = out.get(k) ?? {};
    if (!(column in rec)) rec[column] = value;
    out.set(k, rec);
  });
  return out;
}

function doseOnDay(ex: Dataset): (id: string, day: string) => number | null {
  const c = cellsOf(ex);
  const periods = new Map<string, Array<{ start: string; end: string; dose: number }>>();
  ex.rows.forEach((row, i) => {
    const id = c.text(row, i, "USUBJID");
    const start = c.isoDate(row, i, "EXSTDTC");
    const end = c.optionalIsoDate(row, i, "EXENDTC") ?? start;
    const list = periods.get(id) ?? [];
    list.push({ start, end, dose: c.requiredNumber(row, i, "EXDOSE") });
    periods.set(id, list);
  });
  return (id, day) => periods.get(id)?.find((p) => p.start <= day && day <= p.end)?.dose ?? null;
}

function adasChangeByVisit(adadas: Dataset): Map<Key, number> {
  const c = cellsOf(adadas);
  const out = new Map<Key, number>();
  adadas.rows.forEach((row, i) => {
    if (c.text(row, i, "PARAMCD") !== "ACTOT" || c.text(row, i, "DTYPE") !== "" || c.text(row, i, "ANL01FL") !== "Y") return;
    const change = c.number(row, i, "CHG");
    const visit = c.requiredNumber(row, i, "VISITNUM");
    if (change !== null && c.requiredNumber(row, i, "AVISITN") > 0) out.set(key(c.text(row, i, "USUBJID"), visit), change);
  });
  return out;
}

/**
 * @param enrolDates first dose date of each ITT subject (DM.RFSTDTC)
 * @param outcomeColumn name of the per-visit ADAS-Cog change column (the study's primary outcome)
 */
export function visitRows(domains: { sv: Dataset; vs: Dataset; lb: Dataset; ex: Dataset; adadas: Dataset }, enrolDates: ReadonlyMap<string, string>, outcomeColumn: string): Row[] {
  const vitals = vitalsByVisit(domains.vs);
  const labs = labsByVisit(domains.lb);
  const dose = doseOnDay(domains.ex);
  const adas = adasChangeByVisit(domains.adadas);
  const c = cellsOf(domains.sv);
  const rows: Row[] = [];
  domains.sv.rows.forEach((row, i) => {
    const id = c.text(row, i, "USUBJID");
    const enrol = enrolDates.get(id);
    const visitnum = c.number(row, i, "VISITNUM");
    const scheduled = visitnum === null ? undefined : SCHEDULED_VISITS.get(visitnum);
    if (enrol === undefined || scheduled === undefined || visitnum === null) return;
    const [week, label, plannedDay] = scheduled;
    const date = c.isoDate(row, i, "SVSTDTC");
    const v = vitals.get(key(id, visitnum)) ?? {};
    const l = labs.get(key(id, visitnum)) ?? {};
    rows.push({
      subject_id: id,
      visit_number: [...SCHEDULED_VISITS.keys()].indexOf(visitnum),
      visit_label: label,
      visit_week: week,
      scheduled_date: dayToIso(isoToDay(enrol) + plannedDay - 1),
      visit_date: date,
      status: "completed",
      study_day: isoToDay(date) - isoToDay(enrol) + 1,
      heart_rate: v.heart_rate ?? null,
      sbp: v.sbp ?? null,
      dbp: v.dbp ?? null,
      temperature: v.temperature ?? null,
      weight: v.weight ?? null,
      alt: l.alt ?? null,
      creatinine: l.creatinine ?? null,
      hemoglobin: l.hemoglobin ?? null,
      dose_mg: week === 0 ? null : dose(id, dayToIso(isoToDay(date) - 1)),
      [outcomeColumn]: adas.get(key(id, visitnum)) ?? null,
    });
  });
  return rows.sort((a, b) =>
    a.subject_id === b.subject_id ? (a.visit_number as number) - (b.visit_number as number) : (a.subject_id as string) < (b.subject_id as string) ? -1 : 1,
  );
}
