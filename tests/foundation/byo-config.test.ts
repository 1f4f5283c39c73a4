/**
 * Bring-your-own configs: the worked example loads into the registry and its snapshot recovers the
 * known effect; the generator re-makes the committed CSV files byte for byte; a config that breaks
 * a rule is refused naming the file and the field.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { prepareByoSnapshot } from "../../data-loaders/sources/byo-snapshot.ts";
import { byoConfigFiles, byoStudyConfig, readByoConfig } from "../../src/foundation/byo-config.ts";
import { projectRoot } from "../../src/foundation/cdisc-pilot.ts";
import { getStudy } from "../../src/foundation/registry.ts";

const example = path.join(projectRoot, "examples/byo-study");
const work = mkdtempSync(path.join(tmpdir(), "byo-config-"));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await closeDuckDb();
});

describe("the worked example examples/byo-study", () => {
  it("is in the registry with the arms, covariates, outcome, criteria and subgroups of its config", () => {
    const study = getStudy("BYO-HTN-EXAMPLE");
    expect(study.source).toMatchObject({ kind: "byo", configFile: path.join(example, "study.json"), outcome: "continuous", assignment: "randomized" });
    expect(study.arms.map((a) => `${a.code}:${a.role}`)).toEqual(["PBO:control", "TRT:treated"]);
    expect(study.dataCuts).toEqual(["2025-09"]);
    expect(study.primaryOutcome).toBe("sbp_change_w12");
    expect(study.covariates).toEqual(["age", "female", "bmi", "baseline_sbp", "diabetes", "region"]);
    expect(study.subgroups).toEqual(["female", "region", "diabetes"]);
  });

  it("is re-made byte for byte by its seeded generator", () => {
    const run = spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), [path.join(example, "generate.ts"), work], { cwd: projectRoot });
    expect(run.status, run.stderr.toString()).toBe(0);
    for (const f of ["subjects.csv", "visits.csv", "adverse_events.csv"]) expect(readFileSync(path.join(work, f)).equals(readFileSync(path.join(example, f))), f).toBe(true);
  });

  it("recovers the known effect (−6.0 mmHg) within 3 standard errors from the snapshot's subjects", async () => {
    const prepared = await prepareByoSnapshot(getStudy("BYO-HTN-EXAMPLE"), "2025-09", "2025-09-30");
    const y = (t: number) => prepared.tables.subjects.filter((s) => s.treated === t && typeof s.sbp_change_w12 === "number").map((s) => s.sbp_change_w12 as number);
    const [y1, y0] = [y(1), y(0)];
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const variance = (v: number[]) => v.reduce((a, b) => a + (b - mean(v)) ** 2, 0) / (v.length - 1);
    const estimate = mean(y1) - mean(y0);
    const se = Math.sqrt(variance(y1) / y1.length + variance(y0) / y0.length);
    expect(Math.abs(estimate - -6)).toBeLessThan(3 * se);
    expect(estimate).toBeLessThan(-3);
    expect(prepared.truth.ground_truth).toBeNull();
    expect(prepared.sourceFiles.map((f) => f.path)).toEqual(["study.json", "subjects.csv", "visits.csv", "adverse_events.csv"]);
  });

  it("$TRIAL_BYO_CONFIGS adds configs after the example", () => {
    expect(byoConfigFiles("/p", { TRIAL_BYO_CONFIGS: "a/one.json,/abs/two.json" })).toEqual(["/p/examples/byo-study/study.json", "/p/a/one.json", "/abs/two.json"]);
  });
});

describe("a BYO config that breaks a rule", () => {
  const base = JSON.parse(readFileSync(path.join(example, "study.json"), "utf-8")) as Record<string, any>;
  const write = (name: string, patch: (c: Record<string, any>) => void) => {
    const c = structuredClone(base);
    patch(c);
    const file = path.join(work, `${name}.json`);
    writeFileSync(file, JSON.stringify(c));
    return file;
  };
  it.each([
    ["two control arms", (c: Record<string, any>) => (c.treatment.arms[1].role = "control"), /field treatment.arms: needs exactly one arm with role "control"/],
    ["an unknown covariate", (c: Record<string, any>) => c.covariates.push("shoe_size"), /field covariates\[6\]: must name a column of files.subjects \(got "shoe_size"\)/],
    ["a bad data cut", (c: Record<string, any>) => (c.dataCut = "2025-13"), /field dataCut: must be a month YYYY-MM/],
    ["an unknown column type", (c: Record<string, any>) => (c.files.subjects.columns[3].type = "float"), /field files.subjects.columns\[3\].type: must be one of string, number, integer, date, boolean01/],
  ])("is refused: %s", (_name, patch, message) => {
    const file = write(String(_name).replaceAll(" ", "-"), patch);
    expect(() => byoStudyConfig(readByoConfig(file))).toThrow(message);
    expect(() => readByoConfig(file)).toThrow(file);
  });
});
