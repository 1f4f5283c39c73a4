/**
 * Contracts and malformed inputs halt the snapshot loader, run as Framework runs it (a separate
 * process, `data-loaders/snapshot/snapshot-cli.ts`) on a bring-your-own study: one bad fixture per rule
 * and per malformed case (tests/data-loaders/byo/fixtures/bad/). Each must exit non-zero, write
 * nothing on stdout (no zip, no Parquet), and say on stderr which file, row or subject, column,
 * value and rule. The table of these cases is in docs/data-contracts.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(root, "tests/data-loaders/byo/fixtures");
const tsx = path.join(root, "node_modules/.bin/tsx");
const work = mkdtempSync(path.join(tmpdir(), "byo-halting-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Table = "subjects" | "visits" | "adverse_events";
interface Case {
  name: string;
  table: Table;
  file: string;
  format?: "csv" | "xpt" | "dataset-json" | "parquet";
  config?: Record<string, unknown>;
  /** What stderr must say (file, row or subject, column, value, rule). */
  says: RegExp[];
}

/** Runs the loader on the fixture study with one input file replaced; returns the process result. */
function load(c: Pick<Case, "name" | "table" | "file" | "format" | "config"> | null) {
  const config = JSON.parse(readFileSync(path.join(fixtures, "study.json"), "utf-8")) as Record<string, any>;
  for (const table of ["subjects", "visits", "adverse_events"]) config.files[table].path = path.join(fixtures, config.files[table].path);
  if (c) {
    config.files[c.table].path = path.join(fixtures, "bad", c.file);
    if (c.format) config.files[c.table].format = c.format;
    Object.assign(config, c.config ?? {});
  }
  const file = path.join(work, `${c?.name ?? "valid"}.json`);
  writeFileSync(file, JSON.stringify(config));
  const env = { ...process.env, TRIAL_BYO_CONFIGS: file, TRIAL_ONLY: "BYO-FIXTURE" };
  return spawnSync(tsx, [path.join(root, "data-loaders/snapshot/snapshot-cli.ts"), "--study=BYO-FIXTURE", "--month=2025-03"], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
}

const HALTING_CASES: Case[] = [
  { name: "schema-type", table: "subjects", file: "subjects-bad-integer.csv", says: [/subjects-bad-integer\.csv/, /row 2/, /column age/, /"sixty-one"/, /integer/] },
  { name: "schema-columns", table: "subjects", file: "subjects-missing-column.csv", says: [/subjects-missing-column\.csv/, /baseline_sbp/, /header/i] },
  { name: "missing-id", table: "subjects", file: "subjects-missing-id.csv", says: [/subjects-missing-id\.csv/, /row 3/, /column patient_id/, /required|missing/] },
  { name: "missing-treatment", table: "subjects", file: "subjects-missing-treatment.csv", says: [/table subjects/, /subject P003/, /column arm/, /value null/, /required-values/] },
  {
    name: "unique-subject-ids",
    table: "subjects",
    file: "subjects-duplicate-id.csv",
    says: [/table subjects/, /row 5/, /subject P002/, /column subject_id/, /unique-subject-ids/],
  },
  { name: "treatment-in-arms", table: "subjects", file: "subjects-unknown-arm.csv", says: [/table subjects/, /subject P003/, /column arm/, /"drugX"/, /treatment-in-arms/] },
  { name: "foreign-keys", table: "visits", file: "visits-unknown-subject.csv", says: [/table visits/, /subject P999/, /column subject_id/, /foreign-keys/] },
  {
    name: "dates-within-cut",
    table: "visits",
    file: "visits-after-cut.csv",
    says: [/table visits/, /subject P004/, /column visit_date/, /"2025-04-02"/, /dates-within-cut: no date after the data cut 2025-03-31/],
  },
  {
    name: "events-after-enrolment",
    table: "adverse_events",
    file: "adverse-events-before-enrolment.csv",
    says: [/table adverse_events/, /subject P002/, /column onset_date/, /"2025-01-02"/, /events-after-enrolment/],
  },
  {
    name: "plausibility-heart-rate",
    table: "visits",
    file: "visits-heart-rate-250.csv",
    says: [/table visits/, /row 2/, /subject P001/, /column heart_rate/, /value 250/, /plausibility: heart rate, beats\/min must be between 40 and 200/],
  },
  {
    name: "plausibility-sbp",
    table: "visits",
    file: "visits-sbp-300.csv",
    says: [/table visits/, /subject P004/, /column sbp/, /value 300/, /plausibility: systolic blood pressure, mmHg must be between 60 and 250/],
  },
  {
    name: "plausibility-age",
    table: "subjects",
    file: "subjects-age-130.csv",
    config: { criteria: [] },
    says: [/table subjects/, /subject P004/, /column age/, /value 130/, /plausibility: age, years must be between 18 and 110/],
  },
  { name: "truncated-xpt", table: "subjects", file: "truncated.xpt", format: "xpt", says: [/truncated\.xpt/, /position \d+/, /truncated|multiple of 80|ends/i] },
  { name: "invalid-json", table: "subjects", file: "invalid.json", format: "dataset-json", says: [/invalid\.json/, /JSON/] },
  { name: "not-parquet", table: "subjects", file: "not-parquet.parquet", format: "parquet", says: [/not-parquet\.parquet/, /position 0/, /PAR1/] },
  { name: "wrong-encoding", table: "subjects", file: "subjects-latin1.csv", says: [/subjects-latin1\.csv/, /UTF-8/] },
  // The config itself (the clean subjects file, a config that breaks the schema): halted by the registry, one line per problem.
  {
    name: "config-unknown-key",
    table: "subjects",
    file: "../subjects.csv",
    config: { plausability: [] },
    says: [/config-unknown-key\.json: field plausability, value \[\]: unknown key; did you mean "plausibility"\?/, /registry: 1 problem in 1 bring-your-own config/],
  },
  {
    name: "config-bad-type",
    table: "subjects",
    file: "../subjects.csv",
    config: { covariates: "age" },
    says: [/config-bad-type\.json: field covariates, value "age": must be a list/],
  },
  {
    name: "config-analysis-trim",
    table: "subjects",
    file: "../subjects.csv",
    config: { analysis: { trim: { rule: "symmetric", threshold: 0.7 } } },
    says: [
      /config-analysis-trim\.json: field analysis\.trim\.threshold, value 0\.7: must be a number between 0 and 0\.5 \(exclusive\)/,
      /registry: 1 problem in 1 bring-your-own config/,
    ],
  },
  {
    name: "config-analysis-key",
    table: "subjects",
    file: "../subjects.csv",
    config: { analysis: { bootstap: { seed: 1 } } },
    says: [/config-analysis-key\.json: field analysis\.bootstap, value \{"seed":1\}: unknown key; did you mean "bootstrap"\?/],
  },
];

describe("the BYO fixture study", () => {
  it("loads when nothing is wrong", () => {
    const run = load(null);
    expect(run.stderr.toString()).toBe("");
    expect(run.status).toBe(0);
    const files = unzipSync(new Uint8Array(run.stdout));
    expect(Object.keys(files)).toContain("subjects.parquet");
    const consort = JSON.parse(new TextDecoder().decode(files["consort.json"])) as { screened: number; enrolled: number };
    expect([consort.screened, consort.enrolled]).toEqual([5, 4]);
  });
});

describe.each(HALTING_CASES)("halts on $name ($file)", (c) => {
  it("exits non-zero with nothing on stdout and names where and why", () => {
    const run = load(c);
    const stderr = run.stderr.toString();
    expect(run.status, stderr).not.toBe(0);
    expect(run.stdout.length).toBe(0);
    for (const pattern of c.says) if (!pattern.test(stderr)) throw new Error(`stderr ${JSON.stringify(stderr)} does not match ${pattern}`);
    expect(stderr, "no stack trace").not.toMatch(/\n\s+at /);
  });
});
