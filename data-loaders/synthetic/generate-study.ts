/**
 * Generates a whole synthetic trial from its configuration: every screened subject, eligibility
 * (the configuration's criteria, in order), assignment, potential outcomes, and each enrolled
 * subject's follow-up to its end, with calendar dates. Pure and deterministic: the same
 * configuration gives the same trial, draw for draw. A data cut is a filter on this result
 * (`data-loaders/snapshot/data-cut.ts`).
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { firstFailedCriterion } from "../eligibility/apply-criteria.ts";
import { assignTreatment } from "./assignment.ts";
import { simulateFollowUp } from "./follow-up.ts";
import { potentialOutcomes } from "./outcomes.ts";
import { OUTCOME_MODEL, roundTo } from "./parameters.ts";
import { processModel } from "./processes.ts";
import { stream } from "./prng.ts";
import { screenSubjects } from "./screening.ts";
import { drawEventTimes, TIME_TO_EVENT_STREAM } from "./time-to-event.ts";
import type { AdverseEventRecord, DiscontinuationRecord, EnrolledSubject, GeneratedTrial, SubjectTruth, VisitRecord } from "./types.ts";

/** The follow-up schedule of a configuration: K visits every `visitIntervalWeeks` weeks. */
export function visitSchedule(config: SyntheticStudyConfig): GeneratedTrial["schedule"] {
  const { followUpWeeks, visitIntervalWeeks } = config.source;
  const visits = Math.floor(followUpWeeks / visitIntervalWeeks);
  return { visits, intervalDays: 7 * visitIntervalWeeks, weeks: Array.from({ length: visits }, (_, i) => (i + 1) * visitIntervalWeeks) };
}

export function generateStudy(config: SyntheticStudyConfig): GeneratedTrial {
  if (config.source.kind !== "synthetic") throw new Error(`${config.id}: not a synthetic study`);
  const control = config.arms.filter((a) => a.role === "control");
  const treatedArms = config.arms.filter((a) => a.role === "treated");
  if (control.length !== 1 || treatedArms.length !== 1) throw new Error(`${config.id}: the generator needs exactly one control and one treated arm`);
  const armCode = (t: 0 | 1) => ((t ? treatedArms[0] : control[0]) as { code: string }).code;

  const model = processModel(config);
  const schedule = visitSchedule(config);
  const screened = screenSubjects(config);
  const eligible = screened.filter((s) => firstFailedCriterion(config.criteria, s as unknown as Record<string, unknown>, s.subject_id) === null);
  const assignment = assignTreatment(config, eligible);

  const enrolled: EnrolledSubject[] = [];
  const visits: VisitRecord[] = [];
  const adverseEvents: AdverseEventRecord[] = [];
  const discontinuations: DiscontinuationRecord[] = [];
  const subjectTruth = new Map<string, SubjectTruth>();
  eligible.forEach((s, i) => {
    const { treated, propensity } = assignment[i] as { treated: 0 | 1; propensity: number };
    const po = potentialOutcomes(model, s, schedule.weeks, stream(config.source.seed, "outcome", s.index));
    const observedRaw = treated ? po.y1 : po.y0;
    const observed = model.binary ? observedRaw : observedRaw.map((y) => roundTo(y, OUTCOME_MODEL.rounding.continuous));
    const f = simulateFollowUp(config.source.seed, s, treated, observed, schedule, model);
    // Its own stream, drawn last: no earlier draw of this or any subject moves.
    const times = drawEventTimes(s, stream(config.source.seed, TIME_TO_EVENT_STREAM, s.index));
    enrolled.push({ subject: s, arm: armCode(treated), treated, enrol_day: s.screen_day, completion_day: f.completionDay, event_time: treated ? times.t1 : times.t0 });
    visits.push(...f.visits);
    adverseEvents.push(...f.adverseEvents);
    if (f.discontinuation) discontinuations.push(f.discontinuation);
    const K = schedule.visits - 1;
    subjectTruth.set(s.subject_id, {
      subject_id: s.subject_id,
      treated,
      propensity,
      cate: model.cate(s),
      y0: po.y0[K] as number,
      y1: po.y1[K] as number,
      p0: po.p0 ? (po.p0[K] as number) : null,
      p1: po.p1 ? (po.p1[K] as number) : null,
      segment: model.segment(s),
      t0: times.t0,
      t1: times.t1,
    });
  });
  return { config, screened, enrolled, visits, adverseEvents, discontinuations, subjectTruth, schedule };
}
