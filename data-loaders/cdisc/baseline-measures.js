/**
 * Baseline body measures and disease duration from SDTM: height (the one HEIGHT record) and weight
 * at baseline (VSBLFL = "Y"), each rounded to one decimal (ADSL HEIGHTBL, WEIGHTBL), BMI = weight /
 * height² rounded to one decimal (ADSL BMIBL); disease
 * duration in months from the onset of the primary diagnosis (MH, MHCAT "PRIMARY DIAGNOSIS") to
 * the first screening visit (SV VISITNUM 1), (days + 1) / (365.25 / 12) rounded to one decimal
 * (ADSL DURDIS).
 */
import { square } from "@trial/estimators";
import { isoToDay } from "../synthetic/dates.ts";
import { cellsOf } from "./cells.ts";
const round1 = (x) => Math.round(x * 10) / 10;
export function baselineMeasures(vs, mh, sv) {
    const v = cellsOf(vs);
    const height = new Map();
    const weight = new Map();
    vs.rows.forEach((row, i) => {
        const test = v.text(row, i, "VSTESTCD");
        const value = v.number(row, i, "VSSTRESN");
        if (value === null)
            return;
        const id = v.text(row, i, "USUBJID");
        if (test === "HEIGHT")
            height.set(id, round1(value));
        if (test === "WEIGHT" && v.text(row, i, "VSBLFL") === "Y")
            weight.set(id, round1(value));
    });
    const s = cellsOf(sv);
    const visit1 = new Map();
    sv.rows.forEach((row, i) => {
        if (s.number(row, i, "VISITNUM") === 1)
            visit1.set(s.text(row, i, "USUBJID"), s.isoDate(row, i, "SVSTDTC"));
    });
    const m = cellsOf(mh);
    const onset = new Map();
    mh.rows.forEach((row, i) => {
        if (m.text(row, i, "MHCAT") === "PRIMARY DIAGNOSIS") {
            const date = m.optionalIsoDate(row, i, "MHSTDTC");
            if (date !== null)
                onset.set(m.text(row, i, "USUBJID"), date);
        }
    });
    const ids = new Set([...height.keys(), ...weight.keys(), ...visit1.keys()]);
    return new Map([...ids].map((id) => {
        const h = height.get(id) ?? null;
        const w = weight.get(id) ?? null;
        const start = onset.get(id);
        const first = visit1.get(id);
        return [
            id,
            {
                height: h,
                weight: w,
                bmi: h !== null && w !== null ? round1(w / square(h / 100)) : null,
                disease_duration: start !== undefined && first !== undefined ? round1((isoToDay(first) - isoToDay(start) + 1) / (365.25 / 12)) : null,
            },
        ];
    }));
}
