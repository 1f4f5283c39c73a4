/** ISO date of study day t of a subject. */
export function studyDayDate(h, t) {
    return new Date((h.enrolEpochDay + t - 1) * 86400000).toISOString().slice(0, 10);
}
/** The study day of the data cut for this subject. */
export function cutStudyDay(h, cutEpochDay) {
    return cutEpochDay - h.enrolEpochDay + 1;
}
/** Whether the subject is still on study (not discontinued, not past follow-up) at day t. */
export function onStudyAt(h, t) {
    return t < h.endDay && (h.discDay === null || h.discDay > t);
}
