import { applyCriteria } from "../eligibility/apply-criteria.ts";
/**
 * @param screenedByCut subjects screened on or before the cut
 * @param subjects the subject rows of the cut
 * @param reasons the discontinuation reasons counted per arm, in this order
 * @throws Error if the criteria do not reproduce the enrolled rows (a loader bug, never data)
 */
export function buildConsort(config, month, cutDate, screenedByCut, subjects, reasons) {
    const { screened, steps, eligible } = applyCriteria(config.criteria, screenedByCut, (r) => String(r.subject_id));
    const enrolledIds = new Set(subjects.map((s) => s.subject_id));
    const stray = eligible.find((r) => !enrolledIds.has(r.subject_id));
    if (eligible.length !== subjects.length || stray) {
        throw new Error(`${config.id} ${month}: CONSORT log: ${eligible.length} subjects pass the criteria, ${subjects.length} are enrolled` +
            `${stray ? ` (subject ${String(stray.subject_id)} passes but is not enrolled)` : ""} (rule: enrolled = screened by the cut and eligible)`);
    }
    const arms = config.arms.map((arm) => {
        const rows = subjects.filter((s) => s.arm === arm.code);
        const count = (disposition) => rows.filter((s) => s.disposition === disposition).length;
        return {
            code: arm.code,
            label: arm.label,
            role: arm.role,
            allocated: rows.length,
            discontinued: count("discontinued"),
            discontinuedReasons: reasons.map((reason) => ({ reason, n: rows.filter((s) => s.disc_reason === reason).length })),
            completed: count("completed"),
            ongoing: count("ongoing"),
            analysed: rows.filter((s) => s[config.primaryOutcome] !== null && s[config.primaryOutcome] !== undefined).length,
        };
    });
    return { study: config.id, month, cutDate, screened, exclusions: steps, enrolled: eligible.length, arms };
}
