/**
 * Prediction features are point-in-time correct: recomputed from a history cut at the prediction
 * time (visits not yet attended unknown, later events and the disposition removed), every feature
 * of every row is identical. Labels are what happens after t.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AE_FEATURES, aeFeaturesAt, aeRows } from "../../src/models/ae-features.ts";
import { DROPOUT_FEATURES, dropoutFeaturesAt, dropoutRows } from "../../src/models/dropout-features.ts";
import type { PredictionRow } from "../../src/models/prediction-rows.ts";
import { epochDay, subjectHistories, type SubjectHistory } from "../../src/models/subject-history.ts";
import { snapshotTables } from "./fixture.ts";

let histories: SubjectHistory[];
let cutEpoch: number;

beforeAll(async () => {
  const tables = await snapshotTables();
  histories = subjectHistories(tables);
  cutEpoch = epochDay(tables.cutDate, "cut");
}, 60_000);

/** The history as it stood at day t: only the protocol schedule and what had happened by t. */
function truncatedAt(h: SubjectHistory, t: number): SubjectHistory {
  return {
    ...h,
    discDay: null,
    endDay: t + 1,
    visits: h.visits
      .filter((v) => v.scheduledDay <= t + 3)
      .map((v) => (v.day !== null && v.day > t ? { ...v, day: null, values: Object.fromEntries(Object.keys(v.values).map((k) => [k, 999])) } : v)),
    events: h.events.filter((e) => e.day <= t),
  };
}

function checkPointInTime(rows: PredictionRow[], featuresAt: (h: SubjectHistory, t: number) => Record<string, number | null>) {
  const byId = new Map(histories.map((h) => [h.id, h]));
  let compared = 0;
  for (const row of rows) {
    const h = byId.get(row.subject_id) as SubjectHistory;
    expect(featuresAt(truncatedAt(h, row.t), row.t), `${row.subject_id} at day ${row.t}`).toEqual(row.features);
    compared++;
  }
  return compared;
}

describe("dropout rows", () => {
  it("use no information after the prediction time", () => {
    const rows = dropoutRows(histories, cutEpoch);
    expect(rows.length).toBeGreaterThan(500);
    expect(checkPointInTime(rows, dropoutFeaturesAt)).toBe(rows.length);
    expect(Object.keys(rows[0]!.features)).toEqual([...DROPOUT_FEATURES]);
  });
  it("label discontinuation within 28 days, only when observable by the cut", () => {
    const rows = dropoutRows(histories, cutEpoch);
    const byId = new Map(histories.map((h) => [h.id, h]));
    for (const r of rows) {
      const h = byId.get(r.subject_id) as SubjectHistory;
      const event = h.discDay !== null && h.discDay > r.t && h.discDay <= r.t + 28;
      expect(r.label).toBe(event ? 1 : 0);
      if (!event) expect(r.t + 28).toBeLessThanOrEqual(cutEpoch - h.enrolEpochDay + 1);
    }
    expect(rows.some((r) => r.label === 1)).toBe(true);
  });
  it("burden is the AE rate times the share of missed visits", () => {
    for (const r of dropoutRows(histories, cutEpoch)) expect(r.features.burden).toBeCloseTo((r.features.ae_rate as number) * (1 - (r.features.visit_rate as number)), 12);
  });
});

describe("adverse-event rows", () => {
  it("use no information after the prediction time", () => {
    const rows = aeRows(histories, cutEpoch);
    expect(rows.length).toBeGreaterThan(1000);
    expect(checkPointInTime(rows, aeFeaturesAt)).toBe(rows.length);
    expect(Object.keys(rows[0]!.features).sort()).toEqual([...AE_FEATURES].sort());
  });
  it("label an onset within the next 14 days", () => {
    const byId = new Map(histories.map((h) => [h.id, h]));
    const rows = aeRows(histories, cutEpoch);
    for (const r of rows) {
      const h = byId.get(r.subject_id) as SubjectHistory;
      expect(r.label).toBe(h.events.some((e) => e.day > r.t && e.day <= r.t + 14) ? 1 : 0);
    }
    const rate = rows.filter((r) => r.label === 1).length / rows.length;
    expect(rate).toBeGreaterThan(0.01);
    expect(rate).toBeLessThan(0.3);
  });
  it("rolling statistics agree with a direct computation", () => {
    const h = histories.find((x) => x.visits.filter((v) => v.day !== null).length >= 4) as SubjectHistory;
    const t = (h.visits[3]!.day as number) + 1;
    const f = aeFeaturesAt(h, t);
    const sbp = h.visits.filter((v) => v.day !== null && v.day <= t && v.day > t - 91).map((v) => v.values.sbp as number);
    expect(f.sbp_max_91d).toBe(Math.max(...sbp));
    expect(f.sbp_min_91d).toBe(Math.min(...sbp));
    expect(f.sbp_mean_91d).toBeCloseTo(sbp.reduce((a, b) => a + b, 0) / sbp.length, 12);
    expect(f.sbp_change).toBe((h.visits[3]!.values.sbp as number) - (h.visits[0]!.values.sbp as number));
  });
});
