/**
 * Compares two datasets read from different formats (XPT and Dataset-JSON, typically) and lists
 * every difference precisely: which column, which row, the value on each side. Used to prove that
 * two readers produce the same records from two encodings of the same data.
 *
 * What it normalises, and only when asked:
 * - row order, by key variables (`keys`, e.g. USUBJID and --SEQ): both sides are matched on the
 *   key rather than by position, and a key missing on one side, or present twice, is a difference;
 * - SAS numeric dates against ISO text: a numeric variable whose SAS format is a date, datetime or
 *   time format, compared with a character variable on the other side, is converted with
 *   `sas-dates.ts` before comparing (`temporalAsIso`, on by default).
 * Numbers are equal when `===` (so 0 equals -0 and there is no tolerance); strings must match
 * exactly; `null` equals only `null`.
 */
import { sasFormatKind, sasTemporalToIso } from "./sas-dates.ts";
/**
 * Compares `left` with `right` (see the module comment for what is normalised).
 *
 * @example
 * const c = compareDatasets(xptDm, jsonDm, { keys: ["USUBJID"] });
 * c.recordsIdentical // => true when every record matches
 * c.valueDifferences[0] // => { column: "AGE", row: 12, key: { USUBJID: "01-701-1115" }, left: 84, right: 85 }
 */
export function compareDatasets(left, right, options = {}) {
    const temporalAsIso = options.temporalAsIso ?? true;
    const maxValueDifferences = options.maxValueDifferences ?? 1000;
    const leftNames = left.variables.map((v) => v.name);
    const rightNames = right.variables.map((v) => v.name);
    const rightByName = new Map(right.variables.map((v) => [v.name, v]));
    const leftByName = new Map(left.variables.map((v) => [v.name, v]));
    const columnsOnlyInLeft = leftNames.filter((n) => !rightByName.has(n));
    const columnsOnlyInRight = rightNames.filter((n) => !leftByName.has(n));
    const common = leftNames.filter((n) => rightByName.has(n));
    const columnOrderDiffers = columnsOnlyInLeft.length === 0 && columnsOnlyInRight.length === 0 && leftNames.some((n, i) => n !== rightNames[i]);
    const typeDifferences = [];
    const metadataDifferences = [];
    const pairs = [];
    for (const name of common) {
        const l = leftByName.get(name);
        const r = rightByName.get(name);
        let leftTemporal = null;
        let rightTemporal = null;
        if (l.type !== r.type) {
            const lk = l.type === "num" ? sasFormatKind(l.format) : null;
            const rk = r.type === "num" ? sasFormatKind(r.format) : null;
            if (temporalAsIso && lk !== null && (r.sourceType === undefined || r.sourceType === lk))
                leftTemporal = lk;
            else if (temporalAsIso && rk !== null && (l.sourceType === undefined || l.sourceType === rk))
                rightTemporal = rk;
            else {
                typeDifferences.push({ column: name, left: l.type, right: r.sourceType ?? r.type });
                continue;
            }
        }
        pairs.push({ name, left: l, right: r, leftTemporal, rightTemporal });
        if (l.label !== r.label)
            metadataDifferences.push({ column: name, attribute: "label", left: l.label, right: r.label });
        if (l.length !== r.length)
            metadataDifferences.push({ column: name, attribute: "length", left: l.length, right: r.length });
        if (l.format !== r.format)
            metadataDifferences.push({ column: name, attribute: "format", left: l.format, right: r.format });
    }
    const valueDifferences = [];
    let valueDifferenceCount = 0;
    const compareRows = (lRow, rRow, rowNumber, key) => {
        for (const p of pairs) {
            const lv = lRow[p.name] ?? null;
            const rv = rRow[p.name] ?? null;
            const a = p.leftTemporal !== null && typeof lv === "number" ? sasTemporalToIso(lv, p.leftTemporal) : lv;
            const b = p.rightTemporal !== null && typeof rv === "number" ? sasTemporalToIso(rv, p.rightTemporal) : rv;
            if (a === b)
                continue;
            valueDifferenceCount++;
            if (valueDifferences.length < maxValueDifferences) {
                valueDifferences.push({ column: p.name, row: rowNumber, ...(key === undefined ? {} : { key }), left: lv, right: rv });
            }
        }
    };
    const keyDifferences = [];
    const keys = options.keys ?? [];
    if (keys.length === 0) {
        const n = Math.min(left.rows.length, right.rows.length);
        for (let i = 0; i < n; i++)
            compareRows(left.rows[i], right.rows[i], i + 1);
    }
    else {
        for (const k of keys) {
            if (!leftByName.has(k) || !rightByName.has(k))
                throw new Error(`compareDatasets: key variable ${k} is not in both datasets`);
        }
        const keyOf = (row) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
        const index = (rows, side) => {
            const map = new Map();
            rows.forEach((row, i) => {
                const id = JSON.stringify(keys.map((k) => row[k] ?? null));
                if (map.has(id))
                    keyDifferences.push({ key: keyOf(row), problem: side === "left" ? "duplicate-in-left" : "duplicate-in-right" });
                else
                    map.set(id, i);
            });
            return map;
        };
        const leftIndex = index(left.rows, "left");
        const rightIndex = index(right.rows, "right");
        for (const [id, i] of leftIndex) {
            const row = left.rows[i];
            const j = rightIndex.get(id);
            if (j === undefined)
                keyDifferences.push({ key: keyOf(row), problem: "only-in-left" });
            else
                compareRows(row, right.rows[j], i + 1, keyOf(row));
        }
        for (const [id, j] of rightIndex)
            if (!leftIndex.has(id))
                keyDifferences.push({ key: keyOf(right.rows[j]), problem: "only-in-right" });
    }
    const rowCount = { left: left.rows.length, right: right.rows.length };
    return {
        recordsIdentical: columnsOnlyInLeft.length === 0 &&
            columnsOnlyInRight.length === 0 &&
            typeDifferences.length === 0 &&
            rowCount.left === rowCount.right &&
            keyDifferences.length === 0 &&
            valueDifferenceCount === 0,
        columnsOnlyInLeft,
        columnsOnlyInRight,
        columnOrderDiffers,
        typeDifferences,
        rowCount,
        keyDifferences,
        valueDifferenceCount,
        valueDifferences,
        metadataDifferences,
    };
}
