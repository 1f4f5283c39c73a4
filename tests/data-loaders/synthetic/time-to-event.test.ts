/**
 * The synthetic time-to-event endpoint: its own stream leaves every earlier draw alone (the
 * tables of a cut, without the two new columns, hash to what generator 1.0.0 wrote), the recorded
 * endpoint is censored at the end of follow-up, and the truth's Monte Carlo behaves (marginal
 * hazard ratio between the conditional one and 1: non-collapsibility).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cutTrial } from "../../../data-loaders/snapshot/data-cut.ts";
import { cutDay } from "../../../data-loaders/synthetic/dates.ts";
import { generateStudy } from "../../../data-loaders/synthetic/generate-study.ts";
import { TIME_TO_EVENT_MODEL } from "../../../data-loaders/synthetic/parameters.ts";
import { drawEventTimes, eventLinearPredictor, eventStudyDay, observedEndpoint } from "../../../data-loaders/synthetic/time-to-event.ts";
import { timeToEventTruth } from "../../../data-loaders/synthetic/time-to-event-truth.ts";
import { createRng } from "../../../data-loaders/synthetic/prng.ts";
import { getStudy } from "../../../src/foundation/registry.ts";
import { asSynthetic } from "../../../src/foundation/study-config.ts";

// SHA-256 of JSON.stringify(rows) of SYN-LIN-B's 2025-10 cut as generator 1.0.0 (before the
// time-to-event endpoint) cut it; the rows here leave out tte_days and tte_event.
const BEFORE = {
  subjects: { rows: 680, sha256: "973c69d3427433a7d8c0de610c9bd8bc311e6a104cc736a8df5403af147d2cee" },
  visits: { rows: 2837, sha256: "67662c09bb7e9cc6c5278020fe50bf738349862960ecdf8e7f73f98c0d796185" },
  adverse_events: { rows: 411, sha256: "f075ca888ae394ccd6a83a14c87d14047b536cbaeb1ecef6b83699ddb2d5a0d6" },
};

describe("synthetic time to clinical worsening", () => {
  const config = asSynthetic(getStudy("SYN-LIN-B"));
  const tables = cutTrial(generateStudy(config), cutDay("2025-10"));

  it("leaves every column that existed before unchanged, digit for digit", () => {
    for (const [name, before] of Object.entries(BEFORE)) {
      const rows = tables[name as keyof typeof tables].map(({ tte_days: _d, tte_event: _e, ...rest }) => rest);
      expect(rows.length, name).toBe(before.rows);
      expect(createHash("sha256").update(JSON.stringify(rows)).digest("hex"), name).toBe(before.sha256);
    }
  });

  it("records the event day when it falls within follow-up, else censors at days_on_study", () => {
    let events = 0;
    for (const s of tables.subjects) {
      const days = s.tte_days as number;
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(s.days_on_study as number);
      if (s.tte_event === 0) expect(days).toBe(s.days_on_study);
      else events++;
    }
    expect(events).toBeGreaterThan(50);
    expect(observedEndpoint(10.2, 30)).toEqual({ days: 11, event: 1 });
    expect(observedEndpoint(29.99, 30)).toEqual({ days: 30, event: 1 });
    expect(observedEndpoint(30, 30)).toEqual({ days: 30, event: 0 });
    expect(eventStudyDay(0)).toBe(1);
  });

  it("draws coupled potential times with the conditional hazard ratio", () => {
    const x = { age: 60, baseline_severity: 19, diabetes: 0 as const, egfr: 70, prior_therapy: 0 as const, bmi: 28 };
    expect(eventLinearPredictor(x)).toBe(0);
    const { t0, t1 } = drawEventTimes(x, createRng(7));
    // T(1) = T(0)·exp(−β/shape)
    expect(t1 / t0).toBeCloseTo(Math.exp(-TIME_TO_EVENT_MODEL.logHazardRatio / TIME_TO_EVENT_MODEL.weibull.shape), 12);
  });

  it("computes the true marginal estimands (non-collapsible hazard ratio)", () => {
    const truth = timeToEventTruth(config, 20_000);
    const m = truth.marginal;
    expect(truth.tau).toBe(168);
    expect(m.hazardRatio).toBeGreaterThan(truth.model.conditionalHazardRatio);
    expect(m.hazardRatio).toBeLessThan(1);
    expect(m.survivalDifference).toBeCloseTo(m.survivalTreated - m.survivalControl, 12);
    expect(m.rmstDifference).toBeGreaterThan(0);
    expect(truth.byDay.rmstControl[168]).toBe(m.rmstControl);
    expect(truth.byDay.survivalControl[0]).toBe(1);
    // Deterministic: the same seed gives the same digits.
    expect(timeToEventTruth({ ...config, id: "copy" }, 20_000).marginal).toEqual(m);
  });
});
