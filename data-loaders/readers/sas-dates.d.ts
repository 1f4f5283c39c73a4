/**
 * SAS dates, datetimes and times as ISO 8601 strings.
 *
 * SAS stores them as plain numbers and only the display format says which is which: a date is a
 * count of days since 1960-01-01, a datetime a count of seconds since 1960-01-01T00:00:00 (no
 * time zone), a time a count of seconds since midnight. The XPT reader keeps the numbers; the
 * typed view {@link toIsoDateView} converts the variables whose format says date, datetime or time.
 */
import type { Dataset } from "./types.ts";
/**
 * A SAS date (days since 1960-01-01) as an ISO 8601 date. A fractional day is truncated towards
 * the earlier day, as SAS date formats do.
 *
 * @param days SAS date value
 * @throws RangeError for a non-finite value or a year outside 0000-9999
 * @example
 * sasDateToIso(0) // => "1960-01-01"
 * sasDateToIso(19725) // => "2014-01-02"
 * sasDateToIso(-1) // => "1959-12-31"
 */
export declare function sasDateToIso(days: number): string;
/**
 * A SAS datetime (seconds since 1960-01-01T00:00:00) as an ISO 8601 local date-time
 * `YYYY-MM-DDThh:mm:ss`, with `.sss` milliseconds when the value has a fraction of a second
 * (truncated to the millisecond). No zone designator: SAS datetimes carry no time zone.
 *
 * @param seconds SAS datetime value
 * @throws RangeError for a non-finite value or a year outside 0000-9999
 * @example
 * sasDateTimeToIso(0) // => "1960-01-01T00:00:00"
 * sasDateTimeToIso(1704278700) // => "2014-01-02T11:45:00"
 */
export declare function sasDateTimeToIso(seconds: number): string;
/**
 * A SAS time (seconds since midnight) as an ISO 8601 time `hh:mm:ss` (`.sss` when fractional,
 * truncated to the millisecond).
 *
 * @param seconds SAS time value, 0 ≤ seconds < 86400
 * @throws RangeError outside one day: a duration is not a time of day
 * @example
 * sasTimeToIso(42300) // => "11:45:00"
 */
export declare function sasTimeToIso(seconds: number): string;
/** What a numeric variable's display format says its values are. */
export type SasTemporalKind = "date" | "datetime" | "time";
/**
 * The format name without width and decimals: `"E8601DA10"` → `"E8601DA"`, `"DATE9."` → `"DATE"`,
 * `"8.1"` → `""`. SAS format names never end in a digit, so the trailing digits are the width.
 */
export declare function sasFormatName(format: string): string;
/**
 * Whether a display format marks a date, a datetime or a time; `null` otherwise.
 *
 * @example
 * sasFormatKind("DATE9") // => "date"
 * sasFormatKind("E8601DT19.") // => "datetime"
 * sasFormatKind("TIME8") // => "time"
 * sasFormatKind("8.1") // => null
 */
export declare function sasFormatKind(format: string): SasTemporalKind | null;
/** The ISO 8601 text of a SAS temporal value of the given kind. */
export declare function sasTemporalToIso(value: number, kind: SasTemporalKind): string;
/**
 * The typed view of a dataset read from XPT: numeric variables whose format is a date, datetime
 * or time format become character variables holding ISO 8601 text (`sourceType` says which);
 * missing stays `null`; everything else is unchanged. The input is not modified.
 *
 * @throws RangeError naming the variable and row when a value cannot be converted (e.g. a
 *   "time" beyond 24 h)
 */
export declare function toIsoDateView(dataset: Dataset): Dataset;
