/**
 * Calendar dates as whole days since 1970-01-01 (UTC), the representation of Parquet's DATE and
 * the one the generator computes with; ISO `YYYY-MM-DD` text at the edges.
 */
/**
 * Day number of a civil date (proleptic Gregorian), H. Hinnant's `days_from_civil`.
 * @example daysFromCivil(1970, 1, 2) // => 1
 */
export declare function daysFromCivil(y: number, m: number, d: number): number;
/** Day number of an ISO date `YYYY-MM-DD`; throws on anything else. @example isoToDay("1970-01-02") // => 1 */
export declare function isoToDay(iso: string): number;
/** ISO date of a day number (H. Hinnant's `civil_from_days`). @example dayToIso(0) // => "1970-01-01" */
export declare function dayToIso(day: number): string;
/** Parses a `YYYY-MM` month into [year, month 1-12]. */
export declare function parseMonth(month: string): [number, number];
/** Day number of the first day of a `YYYY-MM` month, `offset` months later. */
export declare function monthStartDay(month: string, offset?: number): number;
/** Day number of the last day of a `YYYY-MM` month: the data-cut date. @example dayToIso(cutDay("2025-02")) // => "2025-02-28" */
export declare function cutDay(month: string): number;
/** ISO date of the data cut for a month (its last day). */
export declare function cutDateIso(month: string): string;
