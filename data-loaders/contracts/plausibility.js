import { violation } from "./context.ts";
export const DEFAULT_PLAUSIBILITY = [
    { table: "subjects", column: "age", min: 18, max: 110, label: "age, years" },
    { table: "subjects", column: "bmi", min: 10, max: 80, label: "body-mass index, kg/m²" },
    { table: "visits", column: "heart_rate", min: 40, max: 200, label: "heart rate, beats/min" },
    { table: "visits", column: "sbp", min: 60, max: 250, label: "systolic blood pressure, mmHg" },
    { table: "visits", column: "dbp", min: 30, max: 150, label: "diastolic blood pressure, mmHg" },
    { table: "visits", column: "temperature", min: 34, max: 42, label: "body temperature, °C" },
    { table: "visits", column: "weight", min: 25, max: 300, label: "weight, kg" },
];
export const plausibility = (tables, context) => {
    for (const range of context.plausibility ?? DEFAULT_PLAUSIBILITY) {
        const spec = context.schema.find((s) => s.name === range.table);
        if (!spec?.columns.some((c) => c.name === range.column))
            continue;
        tables[range.table].forEach((row, i) => {
            const value = row[range.column];
            if (typeof value === "number" && (value < range.min || value > range.max)) {
                violation(context, range.table, i, row, { column: range.column, value, rule: `plausibility: ${range.label} must be between ${range.min} and ${range.max}` });
            }
        });
    }
};
