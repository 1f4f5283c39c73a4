/**
 * SAS dates, datetimes and times as ISO 8601 strings.
 *
 * SAS stores them as plain numbers and only the display format says which is which: a date is a
 * count of days since 1960-01-01, a datetime a count of seconds since 1960-01-01T00:00:00 (no
 * time zone), a time a count of seconds since midnight. The XPT reader keeps the numbers; the
 * typed view {@link toIsoDateView} converts the variables whose format says date, datetime or time.
 */
import type { Dataset, DatasetVariable, Row } from "./types.ts";

const MS_PER_DAY = 86_400_000;
/** 1960-01-01T00:00:00Z in Unix milliseconds. */
const SAS_EPOCH_MS = Date.UTC(1960, 0, 1);

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isoDatePart(d: Date, value: number): string {
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`SAS value ${value} falls in year ${year}, outside ISO 8601's 0000-9999`);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function requireFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what}: ${value} is not a finite number`);
}

/** `hh:mm:ss`, with `.sss` when there are milliseconds. */
function clock(msOfDay: number): string {
  const ms = msOfDay % 1000;
  const s = Math.floor(msOfDay / 1000);
  const text = `${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor(s / 60) % 60, 2)}:${pad(s % 60, 2)}`;
  return ms === 0 ? text : `${text}.${pad(ms, 3)}`;
}

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
export function sasDateToIso(days: number): string {
  requireFinite(days, "sasDateToIso");
  const whole = Math.floor(days);
  return isoDatePart(new Date(SAS_EPOCH_MS + whole * MS_PER_DAY), days);
}

/**
 * A SAS datetime (seconds since 1960-01-01T00:00:00) as an ISO 8601 local date-time
 * `YYYY-MM-DDThh:mm:ss`, with `.sss` milliseconds when the value has a fraction of a second
 * (truncated to the millisecond). No zone designator: SAS datetimes carry no time zone.
 *
 * @param seconds SAS datetime value
 * @throws RangeError for a non-finite value or a year outside 0000-9999
 * @example
 * sasDateTimeToIso(0) // => "1960-01-01T00:00:00"
 * sasDateTimeToIso(1704278700) // => "2014-01-02T10:45:00" (19,725 days and 38,700 s after 1960-01-01)
 */
export function sasDateTimeToIso(seconds: number): string {
  requireFinite(seconds, "sasDateTimeToIso");
  const ms = Math.floor(seconds * 1000);
  const d = new Date(SAS_EPOCH_MS + ms);
  const msOfDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return `${isoDatePart(d, seconds)}T${clock(msOfDay)}`;
}

/**
 * A SAS time (seconds since midnight) as an ISO 8601 time `hh:mm:ss` (`.sss` when fractional,
 * truncated to the millisecond).
 *
 * @param seconds SAS time value, 0 ≤ seconds < 86400
 * @throws RangeError outside one day: a duration is not a time of day
 * @example
 * sasTimeToIso(42300) // => "11:45:00"
 */
export function sasTimeToIso(seconds: number): string {
  requireFinite(seconds, "sasTimeToIso");
  if (seconds < 0 || seconds >= 86_400) throw new RangeError(`sasTimeToIso: ${seconds} s is not a time of day (0 <= s < 86400)`);
  return clock(Math.floor(seconds * 1000));
}

/** What a numeric variable's display format says its values are. */
export type SasTemporalKind = "date" | "datetime" | "time";

const DATE_FORMATS = new Set([
  "DATE",
  "DAY",
  "DDMMYY",
  "DDMMYYB",
  "DDMMYYC",
  "DDMMYYD",
  "DDMMYYN",
  "DDMMYYP",
  "DDMMYYS",
  "MMDDYY",
  "MMDDYYB",
  "MMDDYYC",
  "MMDDYYD",
  "MMDDYYN",
  "MMDDYYP",
  "MMDDYYS",
  "YYMMDD",
  "YYMMDDB",
  "YYMMDDC",
  "YYMMDDD",
  "YYMMDDN",
  "YYMMDDP",
  "YYMMDDS",
  "E8601DA",
  "B8601DA",
  "JULDAY",
  "JULIAN",
  "MMYY",
  "MMYYC",
  "MMYYD",
  "MMYYN",
  "MMYYP",
  "MMYYS",
  "MONNAME",
  "MONTH",
  "MONYY",
  "NENGO",
  "MINGUO",
  "QTR",
  "WEEKDATE",
  "WEEKDATX",
  "WEEKDAY",
  "WORDDATE",
  "WORDDATX",
  "DOWNAME",
  "YEAR",
  "YYMM",
  "YYMMC",
  "YYMMD",
  "YYMMN",
  "YYMMP",
  "YYMMS",
  "YYMON",
  "YYQ",
  "YYQC",
  "YYQD",
  "YYQN",
  "YYQP",
  "YYQS",
  "YYQR",
  "EURDFDD",
  "EURDFDE",
  "EURDFMY",
  "PDJULG",
  "PDJULI",
]);
const DATETIME_FORMATS = new Set([
  "DATETIME",
  "DATEAMPM",
  "DTDATE",
  "DTMONYY",
  "DTWKDATX",
  "DTYEAR",
  "DTYYQC",
  "E8601DT",
  "B8601DT",
  "E8601DN",
  "B8601DN",
  "E8601DZ",
  "B8601DZ",
  "E8601LX",
  "MDYAMPM",
  "NLDATM",
]);
const TIME_FORMATS = new Set(["TIME", "TIMEAMPM", "HHMM", "HOUR", "MMSS", "TOD", "E8601TM", "B8601TM", "E8601TZ", "B8601TZ", "E8601LZ"]);

/**
 * The format name without width and decimals: `"E8601DA10"` → `"E8601DA"`, `"DATE9."` → `"DATE"`,
 * `"8.1"` → `""`. SAS format names never end in a digit, so the trailing digits are the width.
 */
export function sasFormatName(format: string): string {
  const m = /^(\$?[A-Za-z_](?:[A-Za-z0-9_]*[A-Za-z_])?)?\d*(?:\.\d*)?$/.exec(format.trim());
  return (m?.[1] ?? "").toUpperCase();
}

/**
 * Whether a display format marks a date, a datetime or a time; `null` otherwise.
 *
 * @example
 * sasFormatKind("DATE9") // => "date"
 * sasFormatKind("E8601DT19.") // => "datetime"
 * sasFormatKind("TIME8") // => "time"
 * sasFormatKind("8.1") // => null
 */
export function sasFormatKind(format: string): SasTemporalKind | null {
  const name = sasFormatName(format);
  if (DATE_FORMATS.has(name)) return "date";
  if (DATETIME_FORMATS.has(name)) return "datetime";
  if (TIME_FORMATS.has(name)) return "time";
  return null;
}

/** The ISO 8601 text of a SAS temporal value of the given kind. */
export function sasTemporalToIso(value: number, kind: SasTemporalKind): string {
  if (kind === "date") return sasDateToIso(value);
  if (kind === "datetime") return sasDateTimeToIso(value);
  return sasTimeToIso(value);
}

/**
 * The typed view of a dataset read from XPT: numeric variables whose format is a date, datetime
 * or time format become character variables holding ISO 8601 text (`sourceType` says which);
 * missing stays `null`; everything else is unchanged. The input is not modified.
 *
 * @throws RangeError naming the variable and row when a value cannot be converted (e.g. a
 *   "time" beyond 24 h)
 */
export function toIsoDateView(dataset: Dataset): Dataset {
  const temporal = dataset.variables
    .map((v) => ({ name: v.name, kind: v.type === "num" ? sasFormatKind(v.format) : null }))
    .filter((c): c is { name: string; kind: SasTemporalKind } => c.kind !== null);
  if (temporal.length === 0) return dataset;
  const kinds = new Map(temporal.map((c) => [c.name, c.kind]));
  const variables: DatasetVariable[] = dataset.variables.map((v) => {
    const kind = kinds.get(v.name);
    return kind === undefined ? v : { ...v, type: "char", sourceType: kind };
  });
  const rows: Row[] = dataset.rows.map((row, i) => {
    const out: Row = { ...row };
    for (const { name, kind } of temporal) {
      const value = row[name];
      if (typeof value !== "number") continue;
      try {
        out[name] = sasTemporalToIso(value, kind);
      } catch (error) {
        throw new RangeError(`${dataset.source.file}: row ${i + 1}, column ${name}: ${(error as Error).message}`);
      }
    }
    return out;
  });
  return { ...dataset, variables, rows };
}
