export const VITALS = ["heart_rate", "sbp", "dbp", "temperature", "weight"];
export const LABS = ["alt", "creatinine", "hemoglobin"];
const MEASURED = [...VITALS, ...LABS, "dose_mg", "compliance"];
/** Days since 1970-01-01 of an ISO date; throws naming the value. */
export function epochDay(iso, what) {
    if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso))
        throw new Error(`${what}: expected an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
    return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
}
const num = (v) => (v === null || v === "" ? null : Number(v));
function required(row, column, what) {
    const v = num(row[column] ?? null);
    if (v === null || !Number.isFinite(v))
        throw new Error(`${what}: column ${column} must be a number, got ${JSON.stringify(row[column])}`);
    return v;
}
/**
 * The snapshot lacks a column the prediction models need (a bring-your-own study with fewer
 * columns): the models are reported as not trained for that study, naming what is missing.
 * Values that are present but invalid still stop the loader (see `required`).
 */
export class MissingModelInputError extends Error {
}
const REQUIRED_COLUMNS = {
    subjects: ["subject_id", "enrol_date", "treated", "age", "female", "days_on_study"],
    visits: ["subject_id", "visit_number", "scheduled_date", "visit_date"],
    adverse_events: ["subject_id", "onset_date"],
};
/** Throws MissingModelInputError naming every required column absent from the snapshot's tables. */
export function checkModelInputs(tables) {
    const missing = [];
    for (const [table, columns] of Object.entries(REQUIRED_COLUMNS)) {
        const rows = tables[table];
        if (rows.length === 0 && table !== "adverse_events") {
            missing.push(`${table} (no rows)`);
            continue;
        }
        const first = rows[0];
        if (!first)
            continue;
        for (const c of columns)
            if (!(c in first))
                missing.push(`${table}.${c}`);
    }
    if (missing.length)
        throw new MissingModelInputError(`the snapshot has no ${missing.join(", ")}, which the prediction features need`);
}
/** Groups the snapshot's rows into one history per subject (subjects in snapshot order). */
export function subjectHistories(tables) {
    checkModelInputs(tables);
    const cutEpoch = epochDay(tables.cutDate, "data cut");
    const byId = new Map();
    const out = [];
    tables.subjects.forEach((s, i) => {
        const id = String(s.subject_id);
        const what = `subjects row ${i + 1} (subject ${id})`;
        const enrolEpochDay = epochDay(s.enrol_date ?? null, `${what} enrol_date`);
        const discDay = s.disc_date === null || s.disc_date === undefined ? null : epochDay(s.disc_date, `${what} disc_date`) - enrolEpochDay + 1;
        const h = {
            id,
            enrolDate: String(s.enrol_date),
            enrolEpochDay,
            treated: required(s, "treated", what),
            age: required(s, "age", what),
            female: required(s, "female", what),
            baselineSeverity: num(s.baseline_severity ?? s.baseline_adas ?? null),
            discDay,
            endDay: Math.min(cutEpoch - enrolEpochDay + 1, required(s, "days_on_study", what)),
            visits: [],
            events: [],
        };
        byId.set(id, h);
        out.push(h);
    });
    tables.visits.forEach((v, i) => {
        const h = byId.get(String(v.subject_id));
        if (!h)
            throw new Error(`visits row ${i + 1}: subject_id ${JSON.stringify(v.subject_id)} is not in subjects`);
        const values = {};
        for (const c of MEASURED)
            values[c] = num(v[c] ?? null);
        h.visits.push({
            visitNumber: required(v, "visit_number", `visits row ${i + 1}`),
            scheduledDay: epochDay(v.scheduled_date ?? null, `visits row ${i + 1} scheduled_date`) - h.enrolEpochDay + 1,
            day: v.visit_date === null || v.visit_date === undefined ? null : epochDay(v.visit_date, `visits row ${i + 1} visit_date`) - h.enrolEpochDay + 1,
            values,
        });
    });
    tables.adverse_events.forEach((e, i) => {
        const h = byId.get(String(e.subject_id));
        if (!h)
            throw new Error(`adverse_events row ${i + 1}: subject_id ${JSON.stringify(e.subject_id)} is not in subjects`);
        h.events.push({ day: epochDay(e.onset_date ?? null, `adverse_events row ${i + 1} onset_date`) - h.enrolEpochDay + 1, serious: e.serious === 1 || e.serious === "true" });
    });
    for (const h of out) {
        h.visits.sort((a, b) => a.visitNumber - b.visitNumber);
        h.events.sort((a, b) => a.day - b.day);
    }
    return out;
}
/** The part of a history known at study day t: attended visits and events on or before t. */
export function knownAt(h, t) {
    return { visits: h.visits.filter((v) => v.day !== null && v.day <= t), events: h.events.filter((e) => e.day <= t) };
}
