/**
 * Calendar dates as whole days since 1970-01-01 (UTC), the representation of Parquet's DATE and
 * the one the generator computes with; ISO `YYYY-MM-DD` text at the edges.
 */
const MS_PER_DAY = 86_400_000;
/**
 * Day number of a civil date (proleptic Gregorian), H. Hinnant's `days_from_civil`.
 * @example daysFromCivil(1970, 1, 2) // => 1
 */
export function daysFromCivil(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Day number of an ISO date `YYYY-MM-DD`; throws on anything else. @example isoToDay("1970-01-02") // => 1 */
export function isoToDay(iso) {
    if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45)
        throw new RangeError(`not an ISO date YYYY-MM-DD: ${JSON.stringify(iso)}`);
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const d = Number(iso.slice(8, 10));
    if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) {
        throw new RangeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(iso)}`);
    }
    return daysFromCivil(y, m, d);
}
const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
/** ISO date of a day number (H. Hinnant's `civil_from_days`). @example dayToIso(0) // => "1970-01-01" */
export function dayToIso(day) {
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}
/** Parses a `YYYY-MM` month into [year, month 1-12]. */
export function parseMonth(month) {
    const m = /^(\d{4})-(\d{2})$/.exec(month);
    const y = Number(m?.[1]);
    const mo = Number(m?.[2]);
    if (!m || mo < 1 || mo > 12)
        throw new RangeError(`not a month YYYY-MM: ${JSON.stringify(month)}`);
    return [y, mo];
}
/** Day number of the first day of a `YYYY-MM` month, `offset` months later. */
export function monthStartDay(month, offset = 0) {
    const [y, mo] = parseMonth(month);
    return Date.UTC(y, mo - 1 + offset, 1) / MS_PER_DAY;
}
/** Day number of the last day of a `YYYY-MM` month: the data-cut date. @example dayToIso(cutDay("2025-02")) // => "2025-02-28" */
export function cutDay(month) {
    return monthStartDay(month, 1) - 1;
}
/** ISO date of the data cut for a month (its last day). */
export function cutDateIso(month) {
    return dayToIso(cutDay(month));
}
