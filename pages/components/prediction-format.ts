/**
 * How the prediction pages print a number: fixed digits, "–" for a missing one. Inputs.table calls
 * a format with (value, index), so the table formats pass the value on only.
 */
export const fmt = (x: number | null | undefined, d = 3): string => (x === null || x === undefined || Number.isNaN(x) ? "–" : Number(x).toFixed(d));
export const f3 = (x: number | null | undefined): string => fmt(x, 3);
export const f4 = (x: number | null | undefined): string => fmt(x, 4);
