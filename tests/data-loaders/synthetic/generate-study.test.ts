import { describe, expect, it } from "vitest";
import { generateStudy } from "../../../data-loaders/synthetic/generate-study.ts";
import { confoundedPropensity } from "../../../data-loaders/synthetic/assignment.ts";
import { COVARIATE_MODEL, REGIONS } from "../../../data-loaders/synthetic/parameters.ts";
import { processModel, responseProbability } from "../../../data-loaders/synthetic/processes.ts";
import { getSyntheticStudy, syntheticStudies as studies } from "../../../src/foundation/registry.ts";
import { trialOf } from "../trials.ts";

describe("generateStudy", () => {
  it("is deterministic: the same configuration gives the same trial", () => {
    const config = getSyntheticStudy("SYN-SEL-B");
    const a = generateStudy(config);
    const b = generateStudy(config);
    expect(b.screened).toEqual(a.screened);
    expect(b.visits).toEqual(a.visits);
    expect(b.adverseEvents).toEqual(a.adverseEvents);
    expect(b.discontinuations).toEqual(a.discontinuations);
    expect([...b.subjectTruth.values()]).toEqual([...a.subjectTruth.values()]);
  });

  it.each(studies.map((s) => s.id))("%s enrols between 500 and 5,000 subjects, with exclusions at every criterion", (id) => {
    const trial = trialOf(id);
    expect(trial.screened).toHaveLength(getSyntheticStudy(id).source.nScreened);
    expect(trial.enrolled.length).toBeGreaterThanOrEqual(500);
    expect(trial.enrolled.length).toBeLessThanOrEqual(5000);
    const excluded = trial.screened.length - trial.enrolled.length;
    expect(excluded / trial.screened.length).toBeGreaterThan(0.08);
    expect(excluded / trial.screened.length).toBeLessThan(0.25);
  });

  it.each(studies.map((s) => s.id))("%s: records never precede enrolment, follow a discontinuation, or name an unknown subject", (id) => {
    const trial = trialOf(id);
    const enrol = new Map(trial.enrolled.map((e) => [e.subject.subject_id, e.enrol_day]));
    const disc = new Map(trial.discontinuations.map((d) => [d.subject_id, d.disc_day]));
    const problems: string[] = [];
    for (const v of trial.visits) {
      const start = enrol.get(v.subject_id);
      const d = disc.get(v.subject_id);
      if (start === undefined) problems.push(`visit of unknown subject ${v.subject_id}`);
      else if (v.scheduled_day < start || (v.visit_day !== null && v.visit_day < start)) problems.push(`visit ${v.subject_id} ${v.visit_number} before enrolment`);
      else if (v.visit_day !== null && v.visit_day < v.scheduled_day) problems.push(`visit ${v.subject_id} ${v.visit_number} before its scheduled day`);
      else if (d !== undefined && Math.max(v.scheduled_day, v.visit_day ?? 0) >= d) problems.push(`visit ${v.subject_id} ${v.visit_number} after discontinuation`);
    }
    for (const a of trial.adverseEvents) {
      const start = enrol.get(a.subject_id);
      const d = disc.get(a.subject_id);
      if (start === undefined) problems.push(`adverse event of unknown subject ${a.subject_id}`);
      else if (a.onset_day <= start) problems.push(`adverse event ${a.ae_id} on or before enrolment`);
      else if (d !== undefined && a.onset_day > d) problems.push(`adverse event ${a.ae_id} after discontinuation`);
    }
    for (const d of trial.discontinuations) if (!(d.disc_day > (enrol.get(d.subject_id) ?? Infinity))) problems.push(`discontinuation ${d.subject_id} before enrolment`);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(new Set(trial.adverseEvents.map((a) => a.ae_id)).size).toBe(trial.adverseEvents.length);
    expect(new Set(trial.screened.map((s) => s.subject_id)).size).toBe(trial.screened.length);
  });

  it("keeps the confounded propensity inside [0.1, 0.9] and the randomized arms balanced", () => {
    for (const id of ["SYN-CONF-C", "SYN-CONF-B", "SYN-SEL-B"]) {
      const ps = [...trialOf(id).subjectTruth.values()].map((t) => t.propensity);
      expect(Math.min(...ps)).toBeGreaterThan(0.1);
      expect(Math.max(...ps)).toBeLessThan(0.9);
      const trial = trialOf(id);
      for (const e of trial.enrolled.slice(0, 50)) expect(trial.subjectTruth.get(e.subject.subject_id)!.propensity).toBe(confoundedPropensity(e.subject));
    }
    for (const id of ["SYN-LIN-C", "SYN-HET-C"]) {
      const enrolled = trialOf(id).enrolled;
      const treated = enrolled.filter((e) => e.treated === 1).length;
      expect(Math.abs(2 * treated - enrolled.length)).toBeLessThanOrEqual(2); // permuted blocks of 4
    }
  });

  it("keeps binary response probabilities inside [0.05, 0.95], so the risk difference is exactly τ(x)·h", () => {
    for (const id of ["SYN-LIN-B", "SYN-CONF-B", "SYN-SEL-B"]) {
      const trial = trialOf(id);
      const model = processModel(trial.config);
      let lowest = 1;
      let highest = 0;
      let worstGap = 0;
      for (const e of trial.enrolled) {
        for (const week of trial.schedule.weeks) {
          const p0 = responseProbability(model, e.subject, 0, week);
          const p1 = responseProbability(model, e.subject, 1, week);
          lowest = Math.min(lowest, p0, p1);
          highest = Math.max(highest, p0, p1);
          worstGap = Math.max(worstGap, Math.abs(p1 - p0 - model.cate(e.subject) * model.effectShare(week)));
        }
      }
      expect(lowest).toBeGreaterThan(0.05);
      expect(highest).toBeLessThan(0.95);
      expect(worstGap).toBeLessThan(1e-12);
    }
  });

  it("centres the heterogeneous effects so that the population ATE is the configured effect", () => {
    const config = getSyntheticStudy("SYN-HET-C");
    const model = processModel(config);
    const p = COVARIATE_MODEL.prior_therapy.p;
    const ate = REGIONS.reduce(
      (s, r) =>
        s + COVARIATE_MODEL.region.probabilities[r] * (model.effectOffsets.region[r] + (1 - p) * model.effectOffsets.priorTherapy[0] + p * model.effectOffsets.priorTherapy[1]),
      0,
    );
    expect(config.source.trueEffect + ate).toBeCloseTo(config.source.trueEffect, 12);
    const effects = new Set([...trialOf("SYN-HET-C").subjectTruth.values()].map((t) => t.cate.toFixed(6)));
    expect(effects.size).toBe(8); // 4 regions × prior therapy 0/1
  });

  it("builds the lagged effect up over visits: none at week 4, the full effect at the primary visit", () => {
    const model = processModel(getSyntheticStudy("SYN-LAG-C"));
    const shares = [4, 8, 12, 16, 20, 24].map((w) => model.effectShare(w));
    expect(shares[0]).toBe(0);
    expect(shares[5]).toBe(1);
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThan(shares[i - 1]!);
    expect(processModel(getSyntheticStudy("SYN-LIN-C")).effectShare(4)).toBe(1);
  });

  it("keeps the true effect constant within subjects for continuous processes (Y(1) − Y(0) = τ(x))", () => {
    for (const id of ["SYN-LIN-C", "SYN-CONF-C", "SYN-HET-C", "SYN-LAG-C", "SYN-SEL-C"]) {
      const worst = Math.max(...[...trialOf(id).subjectTruth.values()].map((t) => Math.abs(t.y1 - t.y0 - t.cate)));
      expect(worst).toBeLessThan(1e-9);
    }
  });
});
