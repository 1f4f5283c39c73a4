/**
 * Friction removed from bring-your-own inputs (issue 13, item 6): a file may declare its own
 * missing-value tokens; CSV columns may come in any order, and undeclared columns are allowed, not
 * read, and listed in snapshot.json (`ignored_columns`). Each checked against the clean load of the
 * fixture study (tests/data-loaders/byo/fixtures/).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prepareByoSnapshot } from "../../../data-loaders/sources/byo-snapshot.ts";
import { byoStudyConfig, readByoConfig } from "../../../src/foundation/byo-config.ts";
import { projectRoot } from "../../../src/foundation/cdisc-pilot.ts";

const fixtures = path.join(projectRoot, "tests/data-loaders/byo/fixtures");
const work = mkdtempSync(path.join(tmpdir(), "byo-friction-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture study with its subjects file replaced by `subjectsCsv` and the config patched. */
async function load(name: string, subjectsCsv: string | null, patch: (c: Record<string, any>) => void = () => {}) {
  const config = JSON.parse(readFileSync(path.join(fixtures, "study.json"), "utf-8")) as Record<string, any>;
  for (const table of ["subjects", "visits", "adverse_events"]) config.files[table].path = path.join(fixtures, config.files[table].path);
  if (subjectsCsv !== null) {
    config.files.subjects.path = path.join(work, `${name}.csv`);
    writeFileSync(config.files.subjects.path, subjectsCsv);
  }
  patch(config);
  const file = path.join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  return prepareByoSnapshot(byoStudyConfig(readByoConfig(file)), "2025-03", "2025-03-31");
}

const clean = readFileSync(path.join(fixtures, "subjects.csv"), "utf-8");

describe("missing-value tokens declared per file", () => {
  const withTokens = clean
    .replace("P001,placebo,2025-01-10,54,1,151.2,North", "P001,placebo,2025-01-10,54,1,151.2,NA")
    .replace("P002,drug,2025-01-17,61,0,147.9", "P002,drug,2025-01-17,61,.,NA");

  it('reads "NA" and "." as missing in number, integer and string columns when the file declares them', async () => {
    const base = await load("clean", null);
    const got = await load("tokens", withTokens, (c) => (c.files.subjects.missing = ["NA", "."]));
    const byId = new Map(got.tables.subjects.map((s) => [s.subject_id, s]));
    expect(byId.get("P001")?.region).toBeNull();
    expect(byId.get("P002")?.female).toBeNull();
    expect(byId.get("P002")?.baseline_sbp).toBeNull();
    const expected = base.tables.subjects.map((s) => (s.subject_id === "P001" ? { ...s, region: null } : s.subject_id === "P002" ? { ...s, female: null, baseline_sbp: null } : s));
    expect(got.tables.subjects).toEqual(expected);
  });

  it("halts on the same file when the tokens are not declared, naming file, row, column, value and rule", async () => {
    await expect(load("undeclared-tokens", withTokens)).rejects.toThrow(/undeclared-tokens\.csv.*row 2.*column female.*"\.".*integer/);
  });

  it("still refuses a token in a required column", async () => {
    const csv = clean.replace("P003,drug,2025-02-03,48", "P003,drug,2025-02-03,NA");
    await expect(load("required-token", csv, (c) => (c.files.subjects.missing = ["NA"]))).rejects.toThrow(/required-token\.csv.*row 3.*column age.*required/);
  });
});

describe("CSV columns in any order, undeclared columns ignored and listed", () => {
  const rows = clean
    .trimEnd()
    .split("\n")
    .map((line) => line.split(","));
  const order = [6, 3, 0, 5, 1, 4, 2]; // region, age, patient_id, baseline_sbp, group, female, randomization_date
  const shuffled = `${rows.map((r, i) => [...order.map((k) => r[k]), i === 0 ? "site_note" : `note ${i}`, i === 0 ? "height_cm" : "170"].join(",")).join("\n")}\n`;

  it("gives the same snapshot tables as the declared order, and snapshot.json lists the ignored columns", async () => {
    const base = await load("clean-order", null);
    const got = await load("shuffled", shuffled);
    expect(got.tables).toEqual(base.tables);
    expect(got.screened).toEqual(base.screened);
    expect(got.record.ignored_columns).toEqual({ [path.join(work, "shuffled.csv")]: ["site_note", "height_cm"] });
    expect(base.record).not.toHaveProperty("ignored_columns");
  });

  it("halts when a declared column is absent, naming it", async () => {
    const csv = shuffled.replace("baseline_sbp", "sbp_baseline");
    await expect(load("absent-column", csv)).rejects.toThrow(
      /absent-column\.csv.*column baseline_sbp.*header must name every declared column \(in any order\); baseline_sbp is missing/,
    );
  });

  it("halts when a declared column appears twice in the header", async () => {
    const csv = clean.replace("region\n", "region,age\n").replace(/\n(P\d+[^\n]*)/g, "\n$1,1");
    await expect(load("twice", csv)).rejects.toThrow(/twice\.csv.*column age.*header names the column age twice/);
  });
});
