/**
 * Subjects of the CDISC pilot from SDTM DM and SUPPDM: every screened subject (DM has 306, of
 * which 52 are screen failures), with arm, demographics, reference dates and the population flags
 * that SUPPDM carries (ITT, SAFETY, EFFICACY, COMPLT24). Compared with ADSL in the tests.
 */
import type { Dataset } from "../readers/types.ts";
import { cellsOf } from "./cells.ts";

export interface PilotSubject {
  subject_id: string;
  site: string;
  /** DM.ARMCD (planned arm): Pbo, Xan_Lo, Xan_Hi, or Scrnfail. */
  arm: string;
  age: number;
  /** ADSL AGEGR1's grouping: "<65", "65-80", ">80". */
  age_group: string;
  female: number;
  race: string;
  /** The CSR's Race (Origin): `raceOrigin(RACE, ETHNIC)`. */
  race_origin: string;
  /** First dose (DM.RFSTDTC); null for screen failures. */
  enrol_date: string | null;
  /** End of participation in the treatment period (DM.RFENDTC). */
  end_date: string | null;
  screen_failure: boolean;
  itt: number;
  safety: number;
  efficacy: number;
  /** Completed the week-24 visit (SUPPDM COMPLT24). */
  completed_w24: number;
}

export const SCREEN_FAILURE_ARM = "Scrnfail";

/** ADSL's AGEGR1 grouping of age in years. */
export function ageGroup(age: number): string {
  return age < 65 ? "<65" : age <= 80 ? "65-80" : ">80";
}

/** The CSR's "Race (Origin)" (Table 14-2.01): Hispanic from DM.ETHNIC first, then White → Caucasian, Black → African Descent, any other race → Other. */
export function raceOrigin(race: string, ethnic: string): string {
  if (ethnic === "HISPANIC OR LATINO") return "Hispanic";
  if (race === "WHITE") return "Caucasian";
  if (race === "BLACK OR AFRICAN AMERICAN") return "African Descent";
  return "Other";
}

/** ADSL's DURDSGR1 grouping of the duration of disease in months (null stays null). */
export const diseaseDurationGroup = (months: number | null): string | null => (months === null ? null : months < 12 ? "<12" : ">=12");

/** ADSL's BMIBLGR1 grouping of baseline BMI (null stays null; the sponsor's SAS puts a missing BMI in "<25", see docs/cdisc-pilot.md). */
export const bmiGroup = (bmi: number | null): string | null => (bmi === null ? null : bmi < 25 ? "<25" : bmi < 30 ? "25-<30" : ">=30");

export function pilotSubjects(dm: Dataset, suppdm: Dataset): PilotSubject[] {
  const supp = new Map<string, Map<string, string>>();
  const s = cellsOf(suppdm);
  suppdm.rows.forEach((row, i) => {
    const id = s.text(row, i, "USUBJID");
    const flags = supp.get(id) ?? new Map<string, string>();
    flags.set(s.text(row, i, "QNAM"), s.text(row, i, "QVAL"));
    supp.set(id, flags);
  });
  const d = cellsOf(dm);
  return dm.rows.map((row, i) => {
    const id = d.text(row, i, "USUBJID");
    const flag = (qnam: string) => (supp.get(id)?.get(qnam) === "Y" ? 1 : 0);
    const arm = d.text(row, i, "ARMCD");
    const age = d.requiredNumber(row, i, "AGE");
    return {
      subject_id: id,
      site: d.text(row, i, "SITEID"),
      arm,
      age,
      age_group: ageGroup(age),
      female: d.text(row, i, "SEX") === "F" ? 1 : 0,
      race: d.text(row, i, "RACE"),
      race_origin: raceOrigin(d.text(row, i, "RACE"), d.text(row, i, "ETHNIC")),
      enrol_date: d.optionalIsoDate(row, i, "RFSTDTC"),
      end_date: d.optionalIsoDate(row, i, "RFENDTC"),
      screen_failure: arm === SCREEN_FAILURE_ARM,
      itt: flag("ITT"),
      safety: flag("SAFETY"),
      efficacy: flag("EFFICACY"),
      completed_w24: flag("COMPLT24"),
    };
  });
}

/**
 * Pooled site group (ADSL SITEGR1): a site with fewer than `minimum` ITT subjects in any arm is
 * pooled into group "900"; other sites are their own group.
 */
export function siteGroups(subjects: readonly PilotSubject[], arms: readonly string[], minimum = 3): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of subjects) {
    if (s.itt !== 1) continue;
    const bySite = counts.get(s.site) ?? new Map<string, number>();
    bySite.set(s.arm, (bySite.get(s.arm) ?? 0) + 1);
    counts.set(s.site, bySite);
  }
  return new Map([...counts].map(([site, byArm]) => [site, arms.some((a) => (byArm.get(a) ?? 0) < minimum) ? "900" : site]));
}
