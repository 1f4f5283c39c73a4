/**
 * One enrolled subject's follow-up, interval by interval: the baseline visit on the enrolment day,
 * then for each scheduled visit k = 1..K: adverse events in the interval (hazards from the last
 * attended visit), dropout (hazards from the interval's events, missed visits, arm, age), and, if
 * the subject is still on study, visit k (attended or missed). A discontinuation ends the record:
 * no visit or event after it. Each concept draws from the subject's own stream.
 */
import { adverseEventRates, drawIntervalEvents } from "./adverse-events.ts";
import { drawDropout, dropoutProbabilities } from "./disposition.ts";
import { stream } from "./prng.ts";
import { drawSubjectEffects, measureVisit, scheduleVisit } from "./visits.ts";
/**
 * @param seed the study seed
 * @param s the subject
 * @param treated assigned arm
 * @param observed the observed outcome series Y_k(treated), k = 1..K
 * @param schedule K visits, days between visits, week of each visit
 */
export function simulateFollowUp(seed, s, treated, observed, schedule, model) {
    const vitalsRng = stream(seed, "vitals", s.index);
    const visitRng = stream(seed, "visits", s.index);
    const aeRng = stream(seed, "adverse-events", s.index);
    const dropoutRng = stream(seed, "dropout", s.index);
    const effects = drawSubjectEffects(vitalsRng);
    const state = { doseReduced: false, missedSoFar: 0 };
    const enrol = s.screen_day;
    const visits = [];
    const adverseEvents = [];
    const record = (k, scheduled, day, m, outcome) => {
        visits.push({
            subject_id: s.subject_id,
            visit_number: k,
            visit_week: k === 0 ? 0 : schedule.weeks[k - 1],
            scheduled_day: scheduled,
            visit_day: day,
            status: day === null ? "missed" : "completed",
            heart_rate: m?.heart_rate ?? null,
            sbp: m?.sbp ?? null,
            dbp: m?.dbp ?? null,
            temperature: m?.temperature ?? null,
            weight: m?.weight ?? null,
            alt: m?.alt ?? null,
            creatinine: m?.creatinine ?? null,
            hemoglobin: m?.hemoglobin ?? null,
            dose_mg: m?.dose_mg ?? null,
            compliance: m?.compliance ?? null,
            outcome,
        });
    };
    let last = measureVisit(s, treated, 0, effects, state, vitalsRng);
    record(0, enrol, enrol, last, null);
    let previousDay = enrol;
    for (let k = 1; k <= schedule.visits; k++) {
        const v = scheduleVisit(enrol, k, schedule.intervalDays, s, visitRng);
        const endDay = v.missed ? v.scheduled : v.actual;
        const events = drawIntervalEvents(adverseEventRates(s, treated, last, model.adverseEvents), previousDay, endDay, treated, aeRng);
        const burden = { adverseEvents: events.length, seriousAdverseEvents: events.filter((e) => e.serious).length, missedSoFar: state.missedSoFar };
        const dropout = drawDropout(dropoutProbabilities(s, treated, burden, model.informativeDropout), previousDay, endDay, events[0]?.onset_day ?? null, dropoutRng);
        const kept = dropout ? events.filter((e) => e.onset_day <= dropout.day) : events;
        for (const e of kept) {
            const ae_seq = adverseEvents.length + 1;
            adverseEvents.push({ subject_id: s.subject_id, ae_seq, ae_id: `${s.subject_id}-AE${String(ae_seq).padStart(2, "0")}`, ...e });
            if (treated && e.severity === "severe")
                state.doseReduced = true;
        }
        if (dropout) {
            return { visits, adverseEvents, discontinuation: { subject_id: s.subject_id, disc_day: dropout.day, reason: dropout.reason, interval: k }, completionDay: null };
        }
        if (v.missed) {
            record(k, v.scheduled, null, null, null);
            state.missedSoFar += 1;
        }
        else {
            last = measureVisit(s, treated, k, effects, state, vitalsRng);
            record(k, v.scheduled, v.actual, last, observed[k - 1]);
        }
        previousDay = endDay;
    }
    return { visits, adverseEvents, discontinuation: null, completionDay: previousDay };
}
