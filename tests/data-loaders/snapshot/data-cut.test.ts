import { describe, expect, it } from "vitest";
import { checkSnapshotContracts } from "../../../data-loaders/contracts/index.ts";
import type { CutTables } from "../../../data-loaders/snapshot/data-cut.ts";
import { snapshotTables, type Row } from "../../../data-loaders/snapshot/schema.ts";
import { cutDateIso } from "../../../data-loaders/synthetic/dates.ts";
import { getSyntheticStudy, syntheticStudies as studies } from "../../../src/foundation/registry.ts";
import { cutOf } from "../trials.ts";

const key = (r: Row, cols: string[]) => cols.map((c) => String(r[c])).join("|");
const BASELINE = ["subject_id", "site", "region", "arm", "treated", "enrol_date", "age", "female", "bmi", "baseline_severity", "diabetes", "egfr", "prior_therapy"];

describe.each(studies.map((s) => s.id))("data cuts of %s", (id) => {
  const config = getSyntheticStudy(id);
  const cuts: Array<{ month: string; tables: CutTables }> = config.dataCuts.map((month) => ({ month, tables: cutOf(id, month) }));

  it("pass the snapshot contracts at every cut, and every date is on or before the cut and on or after enrolment", () => {
    const schema = snapshotTables(config);
    const problems: string[] = [];
    for (const { month, tables } of cuts) {
      const cutDate = cutDateIso(month);
      checkSnapshotContracts(tables, { study: id, month, cutDate, arms: config.arms, schema });
      // The same facts, checked here directly rather than through the contracts.
      const enrol = new Map(tables.subjects.map((s) => [s.subject_id, s.enrol_date as string]));
      const within = (table: string, r: Row, column: string) => {
        const value = r[column];
        const start = enrol.get(r.subject_id);
        if (start === undefined) problems.push(`${month} ${table}: unknown subject ${r.subject_id}`);
        else if (value !== null && !((value as string) >= start && (value as string) <= cutDate)) problems.push(`${month} ${table} ${r.subject_id} ${column} ${value}`);
      };
      for (const r of tables.subjects) for (const c of ["enrol_date", "disc_date", "last_visit_date"]) within("subjects", r, c);
      for (const r of tables.visits) for (const c of ["scheduled_date", "visit_date"]) within("visits", r, c);
      for (const r of tables.adverse_events) within("adverse_events", r, "onset_date");
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("are monotone: a later cut holds every earlier subject, visit and event unchanged, with more follow-up", () => {
    const problems: string[] = [];
    const followed = ["disposition", "disc_date", "disc_reason", config.primaryOutcome];
    for (let i = 1; i < cuts.length; i++) {
      const early = cuts[i - 1]!.tables;
      const late = cuts[i]!.tables;
      expect(late.subjects.length).toBeGreaterThanOrEqual(early.subjects.length);
      expect(late.visits.length).toBeGreaterThanOrEqual(early.visits.length);
      expect(late.adverse_events.length).toBeGreaterThanOrEqual(early.adverse_events.length);
      const lateSubjects = new Map(late.subjects.map((s) => [s.subject_id, s]));
      for (const s of early.subjects) {
        const later = lateSubjects.get(s.subject_id);
        if (!later) {
          problems.push(`${s.subject_id} missing from the later cut`);
          continue;
        }
        if (key(later, BASELINE) !== key(s, BASELINE)) problems.push(`${s.subject_id}: baseline changed`);
        if ((later.days_on_study as number) < (s.days_on_study as number)) problems.push(`${s.subject_id}: days_on_study went down`);
        if (s.disposition !== "ongoing" && key(later, followed) !== key(s, followed)) problems.push(`${s.subject_id}: final disposition or outcome changed`);
        if (s[config.primaryOutcome] !== null && later[config.primaryOutcome] !== s[config.primaryOutcome]) problems.push(`${s.subject_id}: outcome changed`);
      }
      const lateVisits = new Set(late.visits.map((v) => JSON.stringify(v)));
      for (const v of early.visits) if (!lateVisits.has(JSON.stringify(v))) problems.push(`visit ${v.subject_id} ${v.visit_number} changed or vanished`);
      const lateEvents = new Set(late.adverse_events.map((a) => JSON.stringify(a)));
      for (const a of early.adverse_events) if (!lateEvents.has(JSON.stringify(a))) problems.push(`adverse event ${a.ae_id} changed or vanished`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
    const first = cuts[0]!.tables.subjects;
    const last = cuts.at(-1)!.tables.subjects;
    const known = (rows: Row[]) => rows.filter((s) => s[config.primaryOutcome] !== null).length;
    expect(known(last)).toBeGreaterThan(known(first));
  });

  it("enrols between 500 and 5,000 subjects at every cut", () => {
    for (const { tables } of cuts) {
      expect(tables.subjects.length).toBeGreaterThanOrEqual(500);
      expect(tables.subjects.length).toBeLessThanOrEqual(5000);
    }
  });

  it("derives disposition consistently: completed means the primary visit is in the cut; an outcome only for completed subjects", () => {
    const { tables } = cuts.at(-1)!;
    const K = Math.floor(config.source.followUpWeeks / config.source.visitIntervalWeeks);
    const primary = new Map(tables.visits.filter((v) => v.visit_number === K).map((v) => [v.subject_id, v]));
    const problems = tables.subjects.filter(
      (s) =>
        (s.disposition === "completed") !== primary.has(s.subject_id) ||
        (s.disc_date === null) !== (s.disposition !== "discontinued") ||
        (s[config.primaryOutcome] !== null && (s.disposition !== "completed" || primary.get(s.subject_id)![config.primaryOutcome] !== s[config.primaryOutcome])),
    );
    expect(problems.slice(0, 3)).toEqual([]);
    expect(tables.subjects.some((s) => s.disposition === "completed" && s[config.primaryOutcome] === null)).toBe(true); // missed primary visits
  });
});
