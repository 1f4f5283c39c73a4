import { cellsOf } from "./cells.ts";
/**
 * @param paramcd the parameter (ACTOT for ADAS-Cog(11) total, CIBICVAL for CIBIC+)
 * @param targetVisit the analysis visit (AVISITN) of the endpoint
 */
export function locfEndpoint(dataset, paramcd, targetVisit = 24) {
    const c = cellsOf(dataset);
    const best = new Map();
    const baseline = new Map();
    dataset.rows.forEach((row, i) => {
        if (c.text(row, i, "PARAMCD") !== paramcd || c.text(row, i, "DTYPE") !== "" || c.text(row, i, "ANL01FL") !== "Y")
            return;
        const id = c.text(row, i, "USUBJID");
        const visit = c.requiredNumber(row, i, "AVISITN");
        const value = c.number(row, i, "AVAL");
        if (value === null)
            return;
        if (visit === 0) {
            baseline.set(id, value);
            return;
        }
        if (visit > targetVisit)
            return;
        const current = best.get(id);
        if (current === undefined || current.fromVisit < visit)
            best.set(id, { value, change: null, baseline: null, fromVisit: visit });
    });
    for (const [id, v] of best) {
        const base = baseline.get(id);
        if (base !== undefined)
            best.set(id, { ...v, baseline: base, change: v.value - base });
    }
    return best;
}
/** Baseline values (AVISITN 0, observed) of a parameter. */
export function baselineValues(dataset, paramcd) {
    const c = cellsOf(dataset);
    const result = new Map();
    dataset.rows.forEach((row, i) => {
        if (c.text(row, i, "PARAMCD") !== paramcd || c.text(row, i, "DTYPE") !== "" || c.requiredNumber(row, i, "AVISITN") !== 0)
            return;
        const value = c.number(row, i, "AVAL");
        if (value !== null)
            result.set(c.text(row, i, "USUBJID"), value);
    });
    return result;
}
