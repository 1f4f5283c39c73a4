/**
 * Adverse-event monitoring features at deployment volume, in DuckDB (Node): vitals every 5 minutes,
 * labs daily, medications as events, and per patient, point in time correct (every window ends at
 * the row's own time; nothing after it is read):
 *   - rolling mean, SD, min, max of heart rate, systolic BP, SpO2 and temperature over 1 h, 6 h, 24 h;
 *   - trend: least-squares slope over 6 h (per hour);
 *   - change from baseline: value − the patient's mean over the first 24 h (null until 24 h have passed);
 *   - latest lab (ALT, creatinine) at or before the time (ASOF join) and its change from the first lab;
 *   - medication doses in the last 24 h.
 * Features are written for the hourly prediction times (the last reading of each hour).
 *
 * The synthetic data are deterministic (hash-based noise, no random()): the same size gives the
 * same rows. Times are seconds from the start of monitoring.
 */

export interface MonitoringSize {
  patients: number;
  days: number;
  /** Seconds between vitals readings (300 = 5 minutes). */
  stepSeconds: number;
}

/** Pseudo-random uniform in [0, 1) from integers, deterministic (DuckDB `hash`): per-patient and per-day draws. */
const u = (...parts: string[]) => `((hash(${parts.join(", ")}) % 1000003)::DOUBLE / 1000003)`;

/**
 * Cheap per-reading noise in [0, 1): a multiplicative hash of (patient, reading) in BIGINT
 * arithmetic (26 million readings would spend most of their time in `hash`).
 */
const noise = (k: number) => `(((s.range * ${2654435761 + 2 * k} + p.patient_id * ${40503 + 977 * k} + ${12345 * k}) % 4294967291)::DOUBLE / 4294967291)`;

/** SQL creating tables patients, vitals, labs and medications of the given size. */
export function generateMonitoringSql(size: MonitoringSize): string[] {
  const readings = Math.round((size.days * 86400) / size.stepSeconds);
  return [
    `CREATE OR REPLACE TABLE patients AS
     SELECT range::INTEGER AS patient_id, ${u("range", "1")} AS hr_effect, ${u("range", "3")} AS sbp_effect, ${u("range", "4")} AS sbp_drift, ${u("range", "6")} AS spo2_effect
     FROM range(${size.patients})`,
    `CREATE OR REPLACE TABLE vitals AS
     SELECT p.patient_id, (s.range * ${size.stepSeconds})::INTEGER AS ts,
       (70 + 10 * p.hr_effect + 6 * sin(s.range * ${(2 * Math.PI * size.stepSeconds) / 86400}) + 4 * (${noise(1)} - 0.5))::FLOAT AS heart_rate,
       (120 + 15 * p.sbp_effect + s.range * ${(8 / readings).toPrecision(6)} * p.sbp_drift + 6 * (${noise(2)} - 0.5))::FLOAT AS sbp,
       (97 - 2 * p.spo2_effect + 1.5 * (${noise(3)} - 0.5))::FLOAT AS spo2,
       (36.8 + 0.3 * (${noise(4)} - 0.5))::FLOAT AS temperature
     FROM patients p, range(${readings}) s
     ORDER BY p.patient_id, ts`,
    `CREATE OR REPLACE TABLE labs AS
     SELECT p.range::INTEGER AS patient_id, (d.range * 86400 + 6 * 3600)::INTEGER AS ts,
       (25 * exp(0.4 * (${u("p.range", "11")} - 0.5) + 0.2 * (${u("p.range", "d.range", "12")} - 0.5)))::FLOAT AS alt,
       (0.9 + 0.3 * ${u("p.range", "13")} + 0.1 * (${u("p.range", "d.range", "14")} - 0.5))::FLOAT AS creatinine
     FROM range(${size.patients}) p, range(${size.days}) d`,
    `CREATE OR REPLACE TABLE medications AS
     SELECT p.range::INTEGER AS patient_id, (e.range * 21600 + floor(3600 * ${u("p.range", "e.range", "21")}))::INTEGER AS ts, 1 AS dose
     FROM range(${size.patients}) p, range(${size.days * 4}) e
     WHERE ${u("p.range", "e.range", "22")} < 0.3`,
  ];
}

const VITAL_COLUMNS = ["heart_rate", "sbp", "spo2", "temperature"] as const;
const WINDOWS = [
  ["1h", 3600],
  ["6h", 21600],
  ["24h", 86400],
] as const;

/**
 * SQL writing the hourly feature rows to `target` (a table name). The prediction time of hour h is
 * its last reading, T = h·3600 + 3600 − step. One pass groups the readings into patient-hours
 * (count, Σx, Σx², min, max, Σt, Σt², Σtx, last value); the 1 h / 6 h / 24 h windows are then the
 * current hour and the 5 or 23 before it, which hold exactly the readings in (T − w, T]: nothing
 * after T enters a feature. Mean, SD and slope come from the sums.
 */
export function monitoringFeaturesSql(target: string, stepSeconds: number): string[] {
  const hourly = VITAL_COLUMNS.flatMap((c) => [
    `sum(${c}::DOUBLE) AS ${c}_s1`,
    `sum(${c}::DOUBLE * ${c}) AS ${c}_s2`,
    `min(${c}) AS ${c}_lo`,
    `max(${c}) AS ${c}_hi`,
    `sum(t * ${c}) AS ${c}_tx`,
    `arg_max(${c}, ts) AS ${c}`,
  ]);
  const over = (name: string) => `OVER w${name}`;
  const sums = VITAL_COLUMNS.flatMap((c) =>
    WINDOWS.flatMap(([name]) => [
      `sum(${c}_s1) ${over(name)} AS ${c}_s1_${name}`,
      `sum(${c}_s2) ${over(name)} AS ${c}_s2_${name}`,
      `min(${c}_lo) ${over(name)} AS ${c}_min_${name}`,
      `max(${c}_hi) ${over(name)} AS ${c}_max_${name}`,
    ]).concat([`sum(${c}_tx) OVER w6h AS ${c}_tx_6h`]),
  );
  const counts = WINDOWS.map(([name]) => `sum(n) ${over(name)} AS n_${name}`);
  const windows = WINDOWS.map(([name, seconds]) => `w${name} AS (PARTITION BY patient_id ORDER BY hour RANGE BETWEEN ${seconds / 3600 - 1} PRECEDING AND CURRENT ROW)`);
  const stats = VITAL_COLUMNS.flatMap((c) => [
    ...WINDOWS.flatMap(([name]) => [
      `${c}_s1_${name} / n_${name} AS ${c}_mean_${name}`,
      `CASE WHEN n_${name} > 1 THEN sqrt(greatest(0, (${c}_s2_${name} - ${c}_s1_${name} * ${c}_s1_${name} / n_${name}) / (n_${name} - 1))) END AS ${c}_sd_${name}`,
      `${c}_min_${name}`,
      `${c}_max_${name}`,
    ]),
    `CASE WHEN n_6h > 1 THEN (n_6h * ${c}_tx_6h - t1_6h * ${c}_s1_6h) / nullif(n_6h * t2_6h - t1_6h * t1_6h, 0) END AS ${c}_slope_6h`,
  ]);
  return [
    `CREATE OR REPLACE TEMP TABLE baseline AS
     SELECT patient_id, ${VITAL_COLUMNS.map((c) => `avg(${c}) AS ${c}_baseline`).join(", ")}
     FROM vitals WHERE ts < 86400 GROUP BY patient_id`,
    `CREATE OR REPLACE TEMP TABLE first_lab AS
     SELECT patient_id, arg_min(alt, ts) AS alt_first, arg_min(creatinine, ts) AS creatinine_first FROM labs GROUP BY patient_id`,
    // Running dose total per patient: doses in (t − 24 h, t] = total at t − total at t − 24 h.
    `CREATE OR REPLACE TEMP TABLE medication_totals AS
     SELECT patient_id, ts, sum(dose) OVER (PARTITION BY patient_id ORDER BY ts ROWS UNBOUNDED PRECEDING) AS cumulative
     FROM (SELECT patient_id, ts, sum(dose) AS dose FROM medications GROUP BY patient_id, ts)`,
    // t: hours since the start of monitoring (at most a few thousand: no cancellation worth the name in the slope sums).
    `CREATE OR REPLACE TEMP TABLE hourly AS
     SELECT patient_id, hour, count(*) AS n, sum(t) AS t1, sum(t * t) AS t2, ${hourly.join(", ")}
     FROM (SELECT *, ts // 3600 AS hour, ts / 3600.0 AS t FROM vitals)
     GROUP BY patient_id, hour`,
    `CREATE OR REPLACE TEMP TABLE rolled AS
     SELECT patient_id, (hour * 3600 + 3600 - ${stepSeconds})::INTEGER AS ts, ${VITAL_COLUMNS.join(", ")}, ${stats.join(",\n       ")}
     FROM (
       SELECT patient_id, hour, ${VITAL_COLUMNS.join(", ")}, ${[...sums, ...counts, "sum(t1) OVER w6h AS t1_6h", "sum(t2) OVER w6h AS t2_6h"].join(",\n         ")}
       FROM hourly
       WINDOW ${windows.join(", ")}
     )`,
    `CREATE OR REPLACE TABLE ${target} AS
     SELECT r.*,
       ${VITAL_COLUMNS.map((c) => `CASE WHEN r.ts >= 86400 THEN r.${c} - b.${c}_baseline END AS ${c}_change`).join(",\n       ")},
       l.alt AS alt_latest, l.alt - f.alt_first AS alt_change, l.creatinine AS creatinine_latest, l.creatinine - f.creatinine_first AS creatinine_change,
       coalesce(m1.cumulative, 0) - coalesce(m0.cumulative, 0) AS doses_24h
     FROM rolled r
     JOIN baseline b USING (patient_id)
     ASOF LEFT JOIN labs l ON l.patient_id = r.patient_id AND l.ts <= r.ts
     LEFT JOIN first_lab f ON f.patient_id = r.patient_id
     ASOF LEFT JOIN medication_totals m1 ON m1.patient_id = r.patient_id AND m1.ts <= r.ts
     ASOF LEFT JOIN medication_totals m0 ON m0.patient_id = r.patient_id AND m0.ts <= r.ts - 86400
     ORDER BY r.patient_id, r.ts`,
  ];
}
