/**
 * Each derivation of the CDISC pilot's snapshot tables, checked subject by subject against the
 * sponsor's own ADaM datasets (ADSL, ADAE, ADTTE, ADADAS, ADQSCIBC). Mismatches are listed, so a
 * failure says which subject and which value.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pilotAdverseEvents } from "../../../data-loaders/cdisc/adverse-events.ts";
import { deriveCdiscTables, type CdiscTables } from "../../../data-loaders/cdisc/derive-tables.ts";
import { pilotSubjects } from "../../../data-loaders/cdisc/population.ts";
import { SCHEDULED_VISITS } from "../../../data-loaders/cdisc/visits.ts";
import { readCdiscDomains, type CdiscDomains } from "../../../data-loaders/cdisc/read-domains.ts";
import type { Row as ReaderRow } from "../../../data-loaders/readers/types.ts";
import { sasDateToIso } from "../../../data-loaders/readers/sas-dates.ts";
import { readXptDataset } from "../../../data-loaders/readers/xpt.ts";
import type { Row } from "../../../data-loaders/snapshot/schema.ts";
import { cdiscPilotStudy } from "../../../src/foundation/cdisc-pilot.ts";
import { cdiscDataDir } from "../readers/cdisc-data.ts";

const dir = cdiscDataDir();
const config = { ...cdiscPilotStudy, source: { ...cdiscPilotStudy.source, dir } };
let domains: CdiscDomains;
let derived: CdiscTables;
let adsl: Map<string, ReaderRow>;
let subjects: Map<string, Row>;

const adam = (name: string) => readXptDataset(path.join(dir, "adam", `${name}.xpt`)).rows;
const iso = (v: unknown) => (typeof v === "number" ? sasDateToIso(v) : null);
const ARM_OF_TRT01P: Record<string, string> = { Placebo: "Pbo", "Xanomeline Low Dose": "Xan_Lo", "Xanomeline High Dose": "Xan_Hi" };

/** The subjects whose derived value differs from ADSL's, as "<id>: ours vs ADSL". */
function mismatches(column: string, expected: (a: ReaderRow) => unknown): string[] {
  const out: string[] = [];
  for (const [id, a] of adsl) {
    const ours = subjects.get(id)?.[column];
    const theirs = expected(a);
    if (ours !== theirs) out.push(`${id}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
  }
  return out;
}

beforeAll(() => {
  domains = readCdiscDomains(config.source);
  derived = deriveCdiscTables(config, domains);
  adsl = new Map(adam("adsl").map((r) => [r.USUBJID as string, r]));
  subjects = new Map(derived.tables.subjects.map((s) => [s.subject_id as string, s]));
}, 120_000);

describe("CDISC pilot subjects vs ADSL", () => {
  it("has the 254 ITT subjects of ADSL, 86 / 84 / 84 by arm, each in ADSL's planned arm", () => {
    expect([...subjects.keys()].sort()).toEqual([...adsl.keys()].sort());
    const byArm = (arm: string) => derived.tables.subjects.filter((s) => s.arm === arm).length;
    expect([byArm("Pbo"), byArm("Xan_Lo"), byArm("Xan_Hi")]).toEqual([86, 84, 84]);
    expect(mismatches("arm", (a) => ARM_OF_TRT01P[a.TRT01P as string])).toEqual([]);
    expect(mismatches("treated", (a) => (a.TRT01P === "Placebo" ? 0 : 1))).toEqual([]);
  });

  it("screens 306 subjects (DM), 52 screen failures", () => {
    expect(derived.screened).toHaveLength(306);
    expect(derived.screened.filter((s) => s.screen_failure === true)).toHaveLength(52);
  });

  it("population flags equal ITTFL, SAFFL, EFFFL", () => {
    const flag = (name: string) => (a: ReaderRow) => (a[name] === "Y" ? 1 : 0);
    expect(mismatches("itt", flag("ITTFL"))).toEqual([]);
    expect(mismatches("safety", flag("SAFFL"))).toEqual([]);
    expect(mismatches("efficacy", flag("EFFFL"))).toEqual([]);
    expect(derived.tables.subjects.filter((s) => s.efficacy === 1)).toHaveLength(234);
  });

  it("demographics equal AGE, AGEGR1, SEX, RACE; site group equals SITEGR1", () => {
    expect(mismatches("age", (a) => a.AGE)).toEqual([]);
    expect(mismatches("age_group", (a) => a.AGEGR1)).toEqual([]);
    expect(mismatches("female", (a) => (a.SEX === "F" ? 1 : 0))).toEqual([]);
    expect(mismatches("race", (a) => a.RACE)).toEqual([]);
    expect(mismatches("site", (a) => a.SITEID)).toEqual([]);
    expect(mismatches("site_group", (a) => a.SITEGR1)).toEqual([]);
  });

  it("baseline height, weight, BMI and disease duration equal HEIGHTBL, WEIGHTBL, BMIBL, DURDIS", () => {
    expect(mismatches("height", (a) => a.HEIGHTBL)).toEqual([]);
    expect(mismatches("weight", (a) => a.WEIGHTBL)).toEqual([]);
    expect(mismatches("bmi", (a) => a.BMIBL)).toEqual([]);
    expect(mismatches("disease_duration", (a) => a.DURDIS)).toEqual([]);
    expect(mismatches("mmse", (a) => a.MMSETOT)).toEqual([]);
    expect(mismatches("education", (a) => a.EDUCLVL)).toEqual([]);
  });

  it("first dose and end dates equal TRTSDT and RFENDT", () => {
    expect(mismatches("enrol_date", (a) => iso(a.TRTSDT))).toEqual([]);
    expect(mismatches("end_date", (a) => iso(a.RFENDT))).toEqual([]);
  });

  it("disposition and reason equal DCDECOD; dropout before week 24 is COMP24FL not Y", () => {
    expect(mismatches("disposition", (a) => (a.DCDECOD === "COMPLETED" ? "completed" : "discontinued"))).toEqual([]);
    expect(mismatches("disc_reason", (a) => (a.DCDECOD === "COMPLETED" ? null : (a.DCDECOD as string).toLowerCase()))).toEqual([]);
    expect(mismatches("dropout_w24", (a) => (a.COMP24FL === "Y" ? 0 : 1))).toEqual([]);
  });
});

describe("CDISC pilot endpoints vs ADADAS, ADQSCIBC", () => {
  it("ADAS-Cog(11) change to week 24 (LOCF, efficacy population) equals ADADAS ACTOT week 24 CHG, LOCF rows flagged alike", () => {
    const rows = adam("adadas").filter((r) => r.PARAMCD === "ACTOT" && r.AVISITN === 24 && r.ANL01FL === "Y" && r.EFFFL === "Y");
    const week24 = new Map(rows.map((r) => [r.USUBJID as string, r]));
    const bad: string[] = [];
    for (const [id, s] of subjects) {
      const r = week24.get(id);
      const expected = r ? r.CHG : null;
      const locf = r ? (r.DTYPE === "LOCF" ? 1 : 0) : null;
      if (s.adas_chg !== expected || s.adas_locf !== locf) bad.push(`${id}: ${s.adas_chg}/${s.adas_locf} vs ${expected}/${locf}`);
    }
    expect(bad).toEqual([]);
    expect([...subjects.values()].filter((s) => s.adas_chg !== null).length).toBe(week24.size);
  });

  it("baseline ADAS-Cog equals ADADAS BASE", () => {
    const base = new Map(
      adam("adadas")
        .filter((r) => r.PARAMCD === "ACTOT" && r.AVISITN === 0)
        .map((r) => [r.USUBJID as string, r.BASE]),
    );
    const bad = [...subjects].filter(([id, s]) => s.baseline_adas !== (base.get(id) ?? null)).map(([id, s]) => `${id}: ${s.baseline_adas} vs ${base.get(id)}`);
    expect(bad).toEqual([]);
  });

  it.each([
    [8, "adas_chg_w8", "cibic_w8"],
    [16, "adas_chg_w16", "cibic_w16"],
  ] as const)("week %i (LOCF, efficacy population): ADAS-Cog change equals ADADAS CHG, CIBIC+ equals ADQSCIBC AVAL", (week, adasColumn, cibicColumn) => {
    const at = (name: string, paramcd: string, column: string) =>
      new Map(
        adam(name)
          .filter((r) => r.PARAMCD === paramcd && r.AVISITN === week && r.ANL01FL === "Y" && r.EFFFL === "Y")
          .map((r) => [r.USUBJID as string, r[column]]),
      );
    const adas = at("adadas", "ACTOT", "CHG");
    const cibic = at("adqscibc", "CIBICVAL", "AVAL");
    const bad = [...subjects]
      .filter(([id, s]) => s[adasColumn] !== (adas.get(id) ?? null) || s[cibicColumn] !== (cibic.get(id) ?? null))
      .map(([id, s]) => `${id}: ${s[adasColumn]}/${s[cibicColumn]} vs ${adas.get(id)}/${cibic.get(id)}`);
    expect(bad).toEqual([]);
    expect([...subjects.values()].filter((s) => s[cibicColumn] !== null).length).toBe(cibic.size);
  });

  it("CIBIC+ at week 24 (LOCF) equals ADQSCIBC week 24 AVAL", () => {
    const week24 = new Map(
      adam("adqscibc")
        .filter((r) => r.PARAMCD === "CIBICVAL" && r.AVISITN === 24 && r.ANL01FL === "Y" && r.EFFFL === "Y")
        .map((r) => [r.USUBJID as string, r.AVAL]),
    );
    const bad = [...subjects].filter(([id, s]) => s.cibic_w24 !== (week24.get(id) ?? null)).map(([id, s]) => `${id}: ${s.cibic_w24} vs ${week24.get(id)}`);
    expect(bad).toEqual([]);
  });
});

describe("CDISC pilot adverse events vs ADAE, ADTTE", () => {
  it("onset dates (imputed), treatment emergence and the dermatologic query equal ASTDT, TRTEMFL, CQ01NAM for every AE", () => {
    const population = pilotSubjects(domains.datasets.dm, domains.datasets.suppdm);
    const events = pilotAdverseEvents(domains.datasets.ae, new Map(population.map((s) => [s.subject_id, s.enrol_date])));
    const adae = new Map(adam("adae").map((r) => [`${r.USUBJID}|${r.AESEQ}`, r]));
    expect(events).toHaveLength(adae.size);
    const bad: string[] = [];
    for (const e of events) {
      const a = adae.get(`${e.subject_id}|${e.ae_seq}`)!;
      if (a.ASTDT !== null && e.onset_date !== iso(a.ASTDT)) bad.push(`${e.subject_id} AESEQ ${e.ae_seq}: onset ${e.onset_date} vs ${iso(a.ASTDT)}`);
      if (e.onset_imputed !== (a.ASTDTF === "D")) bad.push(`${e.subject_id} AESEQ ${e.ae_seq}: imputed ${e.onset_imputed} vs ASTDTF ${a.ASTDTF}`);
      if (e.treatment_emergent !== (a.TRTEMFL === "Y")) bad.push(`${e.subject_id} AESEQ ${e.ae_seq}: TE ${e.treatment_emergent} vs TRTEMFL ${a.TRTEMFL}`);
      if (e.dermatologic !== (a.CQ01NAM !== "")) bad.push(`${e.subject_id} AESEQ ${e.ae_seq}: derm ${e.dermatologic} vs CQ01NAM ${a.CQ01NAM}`);
    }
    expect(bad).toEqual([]);
    expect(derived.tables.adverse_events).toHaveLength([...adae.values()].filter((a) => a.TRTEMFL === "Y").length);
  });

  it("time to first dermatologic event equals ADTTE TTDE (AVAL, CNSR)", () => {
    const adtte = new Map(
      adam("adtte")
        .filter((r) => r.PARAMCD === "TTDE")
        .map((r) => [r.USUBJID as string, r]),
    );
    expect(adtte.size).toBe(254);
    const bad = [...subjects]
      .filter(([id, s]) => s.derm_days !== adtte.get(id)!.AVAL || s.derm_event !== 1 - (adtte.get(id)!.CNSR as number))
      .map(([id, s]) => `${id}: ${s.derm_days}/${s.derm_event} vs ${adtte.get(id)!.AVAL}/${1 - (adtte.get(id)!.CNSR as number)}`);
    expect(bad).toEqual([]);
  });

  it("TEAE flags count the treatment-emergent events of the adverse_events table", () => {
    const counts = new Map<string, number>();
    for (const e of derived.tables.adverse_events) counts.set(e.subject_id as string, (counts.get(e.subject_id as string) ?? 0) + 1);
    for (const s of derived.tables.subjects) {
      expect(s.teae_count).toBe(counts.get(s.subject_id as string) ?? 0);
      expect(s.teae).toBe(s.teae_count === 0 ? 0 : 1);
    }
  });
});

describe("CDISC pilot visits", () => {
  it("lists attended scheduled visits of ITT subjects with vitals from VS, labs from LB, dose from EX", () => {
    const visits = derived.tables.visits;
    const baseline = visits.filter((v) => v.visit_number === 0);
    expect(baseline).toHaveLength(254);
    expect(visits.every((v) => subjects.has(v.subject_id as string))).toBe(true);
    // Subject 01-701-1015 (placebo), baseline 2014-01-02: supine pulse, screening ALT, no dose at baseline.
    const first = visits.find((v) => v.subject_id === "01-701-1015" && v.visit_number === 0)!;
    expect(first).toMatchObject({ visit_date: "2014-01-02", study_day: 1, dose_mg: null });
    expect(visits.filter((v) => v.subject_id === "01-701-1015" && (v.visit_number as number) > 0).every((v) => v.dose_mg === 0)).toBe(true);
    // High-dose subjects receive 54 mg then 81 mg.
    const hiDoses = new Set(visits.filter((v) => subjects.get(v.subject_id as string)!.arm === "Xan_Hi" && v.dose_mg !== null).map((v) => v.dose_mg));
    expect([...hiDoses].sort()).toEqual([54, 81]);
  });

  it("carries the ADAS-Cog change observed at each visit: the week-24 value, when observed at a scheduled visit, is one of the subject's visit values", () => {
    const week24Visit = new Map(
      adam("adadas")
        .filter((r) => r.PARAMCD === "ACTOT" && r.AVISITN === 24 && r.DTYPE === "")
        .map((r) => [r.USUBJID as string, r.VISITNUM as number]),
    );
    const observed = derived.tables.subjects.filter((x) => x.adas_locf === 0 && SCHEDULED_VISITS.has(week24Visit.get(x.subject_id as string)!));
    expect(observed.length).toBeGreaterThan(100);
    for (const s of observed) {
      const values = derived.tables.visits.filter((x) => x.subject_id === s.subject_id && x.adas_chg !== null).map((x) => x.adas_chg);
      expect(values, String(s.subject_id)).toContain(s.adas_chg);
    }
  });
});
