/**
 * Bad twins (issue 13, item 8): copies of real inputs with ONE corruption each, made at test time
 * in a temporary folder (the pilot data is never committed). CDISC twins copy the pilot's
 * Dataset-JSON DM, DS, AE, EX and SV (`datasetjson/`; the project has no production XPT writer, and
 * JSON is plain to edit) and link its `sdtm/` and `adam/` folders; the loader reads them with
 * `sdtmFormat: "dataset-json"` (`TRIAL_CDISC_FORMAT=dataset-json` with `TRIAL_CDISC_DIR` pointing
 * at the twin, for the command-line entries). BYO twins copy examples/byo-study under a new study
 * id. Rows are chosen by a seeded generator, so a twin is the same on every run; each twin states
 * where its corruption is (file, 1-based row, subject, variable, value) and the rule that must
 * catch it.
 */
import { createPrng } from "../../../estimators/src/prng.ts";
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export const TWIN_SEED = 20261207;

/** The project's seeded generator (xoshiro128**): the row each twin corrupts is reproducible. */
function generator(seed: number): () => number {
  const prng = createPrng(seed);
  return () => prng.uniform();
}

/** Where a twin's corruption is, and what must report it. */
export interface TwinExpectation {
  file: string;
  row: number;
  subject?: string;
  variable: string;
  value: string | number;
  rule: string;
  derived?: string;
}

interface DatasetJson {
  records: number;
  columns: Array<{ name: string }>;
  rows: Array<Array<string | number | null>>;
}

type Domain = "dm" | "ds" | "ae" | "ex" | "sv";

/** A Dataset-JSON file with typed access by column name. */
class Json {
  constructor(readonly data: DatasetJson) {}
  col(name: string): number {
    const i = this.data.columns.findIndex((c) => c.name === name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  }
  get(row: number, name: string): string {
    return String(this.data.rows[row]?.[this.col(name)] ?? "").trim();
  }
  set(row: number, name: string, value: string): void {
    (this.data.rows[row] as Array<string | number | null>)[this.col(name)] = value;
  }
  /** 0-based indices of the rows that satisfy `keep`. */
  where(keep: (row: number) => boolean): number[] {
    return this.data.rows.map((_, i) => i).filter(keep);
  }
}

const dayBefore = (iso: string): string => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export interface CdiscTwin {
  name: string;
  domain: Domain;
  /** Applies the corruption (rows chosen with `pick`) and says where it is. */
  corrupt(json: Json, pick: (rows: number[]) => number): TwinExpectation;
}

const file = (d: Domain) => `datasetjson/${d}.json`;

export const CDISC_TWINS: CdiscTwin[] = [
  {
    name: "blank-usubjid-dm",
    domain: "dm",
    corrupt(j, pick) {
      const r = pick(j.where(() => true));
      j.set(r, "USUBJID", "");
      return { file: file("dm"), row: r + 1, variable: "USUBJID", value: "", rule: "SD0002", derived: "subjects.subject_id" };
    },
  },
  {
    name: "duplicate-dm-row",
    domain: "dm",
    corrupt(j, pick) {
      const r = pick(j.where(() => true));
      j.data.rows.push([...(j.data.rows[r] as Array<string | number | null>)]);
      j.data.records = j.data.rows.length;
      const subject = j.get(r, "USUBJID");
      return { file: file("dm"), row: j.data.rows.length, subject, variable: "USUBJID", value: subject, rule: "SD0083", derived: "subjects.subject_id" };
    },
  },
  {
    name: "ae-subject-not-in-dm",
    domain: "ae",
    corrupt(j, pick) {
      const r = pick(j.where(() => true));
      j.set(r, "USUBJID", "01-799-9999");
      return { file: file("ae"), row: r + 1, subject: "01-799-9999", variable: "USUBJID", value: "01-799-9999", rule: "SD0064", derived: "adverse_events.subject_id" };
    },
  },
  {
    name: "aeendtc-before-aestdtc",
    domain: "ae",
    corrupt(j, pick) {
      const r = pick(j.where((i) => /^\d{4}-\d{2}-\d{2}$/.test(j.get(i, "AESTDTC"))));
      const end = dayBefore(j.get(r, "AESTDTC"));
      j.set(r, "AEENDTC", end);
      return { file: file("ae"), row: r + 1, subject: j.get(r, "USUBJID"), variable: "AEENDTC", value: end, rule: "SD0013" };
    },
  },
  {
    name: "arm-armcd-mismatch",
    domain: "dm",
    corrupt(j, pick) {
      const placebo = j.where((i) => j.get(i, "ARMCD") === "Pbo");
      const r = pick(placebo.slice(1));
      j.set(r, "ARM", "Xanomeline High Dose");
      return { file: file("dm"), row: r + 1, subject: j.get(r, "USUBJID"), variable: "ARM", value: "Xanomeline High Dose", rule: "SD1033", derived: "subjects.arm" };
    },
  },
  {
    name: "actarm-actarmcd-mismatch",
    domain: "dm",
    corrupt(j, pick) {
      const highDose = j.where((i) => j.get(i, "ACTARMCD") === "Xan_Hi");
      const r = pick(highDose.slice(1));
      j.set(r, "ACTARM", "Xanomeline Low Dose");
      return { file: file("dm"), row: r + 1, subject: j.get(r, "USUBJID"), variable: "ACTARM", value: "Xanomeline Low Dose", rule: "SD1133", derived: "subjects.arm" };
    },
  },
  {
    name: "rfendtc-before-rfstdtc",
    domain: "dm",
    corrupt(j, pick) {
      const r = pick(j.where((i) => j.get(i, "RFSTDTC") !== "" && j.get(i, "RFENDTC") !== ""));
      const end = dayBefore(j.get(r, "RFSTDTC"));
      j.set(r, "RFENDTC", end);
      return { file: file("dm"), row: r + 1, subject: j.get(r, "USUBJID"), variable: "RFENDTC", value: end, rule: "SD1002", derived: "subjects.end_date" };
    },
  },
  {
    name: "screening-visitnum-two-names",
    domain: "sv",
    corrupt(j, pick) {
      const screening = j.where((i) => j.get(i, "VISIT") === "SCREENING 1");
      const r = pick(screening.slice(1));
      j.set(r, "VISIT", "SCREENING ONE");
      return { file: file("sv"), row: r + 1, subject: j.get(r, "USUBJID"), variable: "VISIT", value: "SCREENING ONE", rule: "SD0051", derived: "visits.visit_label" };
    },
  },
  {
    name: "dsstdtc-not-iso-8601",
    domain: "ds",
    corrupt(j, pick) {
      const r = pick(j.where((i) => /^\d{4}-\d{2}-\d{2}$/.test(j.get(i, "DSSTDTC"))));
      j.set(r, "DSSTDTC", "02JUL2014");
      return { file: file("ds"), row: r + 1, subject: j.get(r, "USUBJID"), variable: "DSSTDTC", value: "02JUL2014", rule: "SD0003", derived: "subjects.disc_date" };
    },
  },
];

/**
 * Writes one CDISC twin under `dir`: the five Dataset-JSON files (one corrupted), and links to the
 * pilot's `sdtm/` and `adam/` folders (the XPT-only domains and the ADaM datasets).
 */
export function makeCdiscTwin(twin: CdiscTwin, pilotDir: string, dir: string, seed = TWIN_SEED): TwinExpectation {
  mkdirSync(path.join(dir, "datasetjson"), { recursive: true });
  for (const folder of ["sdtm", "adam"]) symlinkSync(path.join(pilotDir, folder), path.join(dir, folder), "dir");
  const random = generator(seed + CDISC_TWINS.indexOf(twin));
  const pick = (rows: number[]) => {
    if (rows.length === 0) throw new Error(`twin ${twin.name}: no row to corrupt`);
    return rows[Math.floor(random() * rows.length)] as number;
  };
  let expectation: TwinExpectation | undefined;
  for (const domain of ["dm", "ds", "ae", "ex", "sv"] as const) {
    const source = path.join(pilotDir, "datasetjson", `${domain}.json`);
    const target = path.join(dir, "datasetjson", `${domain}.json`);
    if (domain !== twin.domain) {
      copyFileSync(source, target);
      continue;
    }
    const json = new Json(JSON.parse(readFileSync(source, "utf-8")) as DatasetJson);
    expectation = twin.corrupt(json, pick);
    writeFileSync(target, JSON.stringify(json.data));
  }
  return expectation as TwinExpectation;
}

/** A BYO twin: a copy of examples/byo-study under its own id with one corrupted CSV cell or row. */
export interface ByoTwin {
  name: string;
  file: "subjects.csv" | "visits.csv" | "adverse_events.csv";
  corrupt(lines: string[], pick: (rows: number[]) => number): { row: number; subject: string; variable: string; value: string; rule: string; message: RegExp };
}

const cells = (line: string) => line.split(",");

export const BYO_TWINS: ByoTwin[] = [
  {
    name: "byo-visit-subject-unknown",
    file: "visits.csv",
    corrupt(lines, pick) {
      const r = pick(lines.map((_, i) => i).slice(1));
      const c = cells(lines[r] as string);
      c[0] = "P9999";
      lines[r] = c.join(",");
      return {
        row: r,
        subject: "P9999",
        variable: "subject_id",
        value: "P9999",
        rule: "foreign-keys",
        message: /foreign-keys: visits\.subject_id must be a subject_id of subjects/,
      };
    },
  },
  {
    name: "byo-visit-date-not-a-date",
    file: "visits.csv",
    corrupt(lines, pick) {
      const r = pick(lines.map((_, i) => i).slice(1));
      const c = cells(lines[r] as string);
      c[2] = "2025-13-40";
      lines[r] = c.join(",");
      return { row: r, subject: c[0] as string, variable: "visit_date", value: "2025-13-40", rule: "reader", message: /visits\.csv/ };
    },
  },
  {
    name: "byo-arm-not-declared",
    file: "subjects.csv",
    corrupt(lines, pick) {
      const header = cells(lines[0] as string);
      const age = header.indexOf("age");
      const sbp = header.indexOf("baseline_sbp");
      // an enrolled subject (meets I1 and I2), so that the arm reaches the snapshot
      const r = pick(
        lines
          .map((_, i) => i)
          .slice(1)
          .filter((i) => {
            const c = cells(lines[i] as string);
            return Number(c[age]) >= 40 && Number(c[age]) <= 80 && Number(c[sbp]) > 139.95;
          }),
      );
      const c = cells(lines[r] as string);
      c[1] = "drug-x";
      lines[r] = c.join(",");
      return {
        row: r,
        subject: c[0] as string,
        variable: "arm",
        value: "drug-x",
        rule: "treatment-in-arms",
        message: /treatment-in-arms: arm must be one of the declared arms PBO, TRT/,
      };
    },
  },
];

/** A screen-failure row of the example (blank treatment, fails a criterion), chosen by `pick`. */
function screenFailureRow(lines: string[], pick: (rows: number[]) => number): { r: number; c: string[]; header: string[] } {
  const header = cells(lines[0] as string);
  const r = pick(
    lines
      .map((_, i) => i)
      .slice(1)
      .filter((i) => lines[i] !== "" && cells(lines[i] as string)[1] === ""),
  );
  return { r, c: cells(lines[r] as string), header };
}

/**
 * Twins for the BYO source-row rules (data-loaders/byo/source-row-rules.ts): one corruption each in
 * a row the eligibility criteria exclude, which the snapshot contracts never see.
 */
export const BYO_SOURCE_ROW_TWINS: ByoTwin[] = [
  {
    name: "byo-screen-failure-age-implausible",
    file: "subjects.csv",
    corrupt(lines, pick) {
      const { r, c, header } = screenFailureRow(lines, pick);
      c[header.indexOf("age")] = "7";
      lines[r] = c.join(",");
      return { row: r, subject: c[0] as string, variable: "age", value: "7", rule: "byo-plausibility", message: /age, years must be between 18 and 110 \(rule byo-plausibility/ };
    },
  },
  {
    name: "byo-screen-failure-date-after-cut",
    file: "subjects.csv",
    corrupt(lines, pick) {
      const { r, c, header } = screenFailureRow(lines, pick);
      c[header.indexOf("age")] = "30"; // excluded by I1 whatever its other values
      c[header.indexOf("randomization_date")] = "2025-10-15";
      lines[r] = c.join(",");
      return {
        row: r,
        subject: c[0] as string,
        variable: "randomization_date",
        value: "2025-10-15",
        rule: "byo-dates-within-cut",
        message: /after the data cut 2025-09-30 \(rule byo-dates-within-cut/,
      };
    },
  },
  {
    name: "byo-screen-failure-arm-not-declared",
    file: "subjects.csv",
    corrupt(lines, pick) {
      const { r, c, header } = screenFailureRow(lines, pick);
      c[header.indexOf("age")] = "30";
      c[1] = "drug-x";
      lines[r] = c.join(",");
      return {
        row: r,
        subject: c[0] as string,
        variable: "group",
        value: "drug-x",
        rule: "byo-treatment-value",
        message: /not one of the declared arm values placebo, drug \(rule byo-treatment-value/,
      };
    },
  },
  {
    name: "byo-screen-failure-duplicate-id",
    file: "subjects.csv",
    corrupt(lines, pick) {
      const { r, c, header } = screenFailureRow(lines, pick);
      c[header.indexOf("age")] = "30";
      const enrolled = cells(lines[1] as string)[0] as string; // P0001 is enrolled
      c[0] = enrolled;
      lines[r] = c.join(",");
      return { row: r, subject: enrolled, variable: "patient_id", value: enrolled, rule: "byo-subject-id", message: /subject id on 2 rows of subjects\.csv \(rule byo-subject-id/ };
    },
  },
];

/** Writes one BYO twin under `dir` and returns its config path and where its corruption is. */
export function makeByoTwin(twin: ByoTwin, exampleDir: string, dir: string, seed = TWIN_SEED): { config: string; id: string; expected: ReturnType<ByoTwin["corrupt"]> } {
  mkdirSync(dir, { recursive: true });
  const index = [...BYO_TWINS, ...BYO_SOURCE_ROW_TWINS].indexOf(twin);
  const id = `BYO-TWIN-${index + 1}`;
  const config = JSON.parse(readFileSync(path.join(exampleDir, "study.json"), "utf-8")) as { id: string };
  config.id = id;
  writeFileSync(path.join(dir, "study.json"), JSON.stringify(config, null, 2));
  const random = generator(seed + 100 + index);
  const pick = (rows: number[]) => rows[Math.floor(random() * rows.length)] as number;
  let expected: ReturnType<ByoTwin["corrupt"]> | undefined;
  for (const name of ["subjects.csv", "visits.csv", "adverse_events.csv"]) {
    const text = readFileSync(path.join(exampleDir, name), "utf-8");
    if (name !== twin.file) {
      writeFileSync(path.join(dir, name), text);
      continue;
    }
    const lines = text.split("\n");
    expected = twin.corrupt(lines, pick);
    writeFileSync(path.join(dir, name), lines.join("\n"));
  }
  return { config: path.join(dir, "study.json"), id, expected: expected as ReturnType<ByoTwin["corrupt"]> };
}
