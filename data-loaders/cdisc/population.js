import { cellsOf } from "./cells.ts";
export const SCREEN_FAILURE_ARM = "Scrnfail";
/** ADSL's AGEGR1 grouping of age in years. */
export function ageGroup(age) {
    return age < 65 ? "<65" : age <= 80 ? "65-80" : ">80";
}
export function pilotSubjects(dm, suppdm) {
    const supp = new Map();
    const s = cellsOf(suppdm);
    suppdm.rows.forEach((row, i) => {
        const id = s.text(row, i, "USUBJID");
        const flags = supp.get(id) ?? new Map();
        flags.set(s.text(row, i, "QNAM"), s.text(row, i, "QVAL"));
        supp.set(id, flags);
    });
    const d = cellsOf(dm);
    return dm.rows.map((row, i) => {
        const id = d.text(row, i, "USUBJID");
        const flag = (qnam) => (supp.get(id)?.get(qnam) === "Y" ? 1 : 0);
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
export function siteGroups(subjects, arms, minimum = 3) {
    const counts = new Map();
    for (const s of subjects) {
        if (s.itt !== 1)
            continue;
        const bySite = counts.get(s.site) ?? new Map();
        bySite.set(s.arm, (bySite.get(s.arm) ?? 0) + 1);
        counts.set(s.site, bySite);
    }
    return new Map([...counts].map(([site, byArm]) => [site, arms.some((a) => (byArm.get(a) ?? 0) < minimum) ? "900" : site]));
}
