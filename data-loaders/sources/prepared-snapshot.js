/** The discontinuation reasons found in the subject rows (`disc_reason`), sorted: real data has no fixed list. */
export function discontinuationReasonsOf(subjects) {
    return [...new Set(subjects.map((s) => s.disc_reason).filter((r) => typeof r === "string"))].sort();
}
