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
import { analysisSpec } from "../../src/foundation/analysis-input.ts";
import { ByoConfigError, byoConfigFiles, byoStudyConfig, readByoConfig } from "../../src/foundation/byo-config.ts";
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
  /** The error's lines, with the config file's path shortened to `F`. */
  const refusal = (file: string): string[] => {
    try {
      readByoConfig(file);
    } catch (error) {
      expect(error).toBeInstanceOf(ByoConfigError);
      return (error as Error).message.split("\n").map((line) => line.replace(`${file}: `, "F: "));
    }
    throw new Error(`${file} was accepted`);
  };
  it.each([
    [
      "two control arms",
      (c: Record<string, any>) => (c.treatment.arms[1].role = "control"),
      ['F: field treatment.arms, value ["PBO:control","TRT:control"]: needs exactly one arm with role "control" and at least one with role "treated"'],
    ],
    ["an unknown covariate", (c: Record<string, any>) => c.covariates.push("shoe_size"), ['F: field covariates[6], value "shoe_size": must name a column of files.subjects']],
    ["a bad data cut", (c: Record<string, any>) => (c.dataCut = "2025-13"), ['F: field dataCut, value "2025-13": must be a month YYYY-MM']],
    [
      "an unknown column type",
      (c: Record<string, any>) => (c.files.subjects.columns[3].type = "float"),
      ['F: field files.subjects.columns[3].type, value "float": must be one of string, number, integer, date, boolean01'],
    ],
    [
      "a misspelt top-level key",
      (c: Record<string, any>) => {
        c.plausability = c.plausibility;
        delete c.plausibility;
      },
      [/^F: field plausability, value \[\{"table":"subjects".*\.\.\.: unknown key; did you mean "plausibility"\?$/],
    ],
    [
      "a misspelt nested key",
      (c: Record<string, any>) => {
        c.files.visits.colums = c.files.visits.columns;
      },
      [/^F: field files\.visits\.colums, value \[\{"name":"patient_id",.*\.\.\.: unknown key; did you mean "columns"\?$/],
    ],
    [
      "swapped letters in a key",
      (c: Record<string, any>) => {
        c.ctiteria = c.criteria;
        delete c.criteria;
      },
      [/^F: field ctiteria, value .*: unknown key; did you mean "criteria"\?$/],
    ],
    [
      "a key far from every allowed one",
      (c: Record<string, any>) => (c.treatment.arms[0].colour = "red"),
      ['F: field treatment.arms[0].colour, value "red": unknown key; the keys here are value, code, label, role'],
    ],
    ["a missing required field", (c: Record<string, any>) => delete c.dates, ["F: field dates: is required"]],
    ["a string where a list belongs", (c: Record<string, any>) => (c.covariates = "age"), ['F: field covariates, value "age": must be a list [...]']],
    [
      "a rule with two operators",
      (c: Record<string, any>) => (c.criteria[0].rule.lt = 3),
      ['F: field criteria[0].rule, value {"column":"age","between":[40,80],"lt":3}: a rule names its column and exactly one of between, lt, gt, equals, in'],
    ],
    [
      "a column declared twice",
      (c: Record<string, any>) => c.files.visits.columns.push({ name: "sbp", type: "number" }),
      ['F: field files.visits.columns[5].name, value "sbp": a column is declared once'],
    ],
    [
      "a visit column that the visits file does not declare",
      (c: Record<string, any>) => (c.visitColumns.date = "visit_day"),
      ['F: field visitColumns.date, value "visit_day": must name a column of files.visits'],
    ],
    ["an inverted plausibility range", (c: Record<string, any>) => (c.plausibility[0].min = 200), ["F: field plausibility[0].min, value 200: must not exceed max (110)"]],
    [
      "several problems: every one reported, one line each",
      (c: Record<string, any>) => {
        c.dataCut = "Sept 2025";
        c.files.subjects.format = "excel";
        c.treatment.arms[0].rol = "control";
        c.subgrups = [];
      },
      [
        'F: field dataCut, value "Sept 2025": must be a month YYYY-MM',
        'F: field files.subjects.format, value "excel": must be one of csv, parquet, xpt, dataset-json',
        'F: field treatment.arms[0].rol, value "control": unknown key; did you mean "role"?',
        'F: field subgrups, value []: unknown key; did you mean "subgroups"?',
      ],
    ],
  ] as Array<[string, (c: Record<string, any>) => void, Array<string | RegExp>]>)("is refused: %s", (name, patch, lines) => {
    const file = write(name.replaceAll(" ", "-").replaceAll(":", ""), patch);
    const got = refusal(file).sort();
    expect(got).toHaveLength(lines.length);
    [...lines].sort().forEach((line, i) => (typeof line === "string" ? expect(got[i]).toBe(line) : expect(got[i]).toMatch(line)));
  });

  it("an unreadable file is one line naming it", () => {
    const file = path.join(work, "broken.json");
    writeFileSync(file, "{ not json");
    expect(() => readByoConfig(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: field \\(file\\): must be a readable JSON file \\([^\\n]*\\)$`));
  });

  it("accepts a $schema key for editors", () => {
    const file = write("with-schema", (c) => (c.$schema = "../../src/foundation/byo-config.schema.json"));
    expect(readByoConfig(file).config.id).toBe("BYO-HTN-EXAMPLE");
  });

  const plan = {
    title: "ANCOVA of the change in systolic blood pressure to week 12",
    reference: "SAP section 9.1",
    outcome: { column: "sbp_change_w12", label: "Change in SBP, mmHg", better: "lower" },
    visit: "Week 12",
    population: { label: "Full analysis set" },
    imputation: { rule: "none", description: "observed cases" },
    factors: ["region"],
    covariates: ["baseline_sbp"],
    method: { kind: "ancova", covariance: "HC3", lsMeanWeights: "proportional" },
  };
  it("accepts an optional pre-specified analysis and carries it into the registry entry", () => {
    const file = write("with-prespecified", (c) => (c.prespecified = plan));
    expect(byoStudyConfig(readByoConfig(file)).prespecified).toEqual(plan);
  });
  it.each([
    [
      "a contrast naming an unknown arm",
      { contrasts: [{ treated: "HIGH", reference: "PBO" }] },
      ['F: field prespecified.contrasts[0].treated, value "HIGH": must be an arm code (PBO, TRT)'],
    ],
    [
      "a model covariate that is not a subjects column",
      { covariates: ["baseline_dbp"] },
      ['F: field prespecified.covariates[0], value "baseline_dbp": must name a column of files.subjects'],
    ],
    [
      "standardization on a continuous outcome",
      { method: { kind: "standardization", variance: "sandwich" } },
      ['F: field prespecified.method.kind, value "standardization": standardization is for a binary primary outcome; use "ancova"'],
    ],
  ] as Array<[string, Record<string, unknown>, string[]]>)("refuses a pre-specified analysis with %s", (name, patch, lines) => {
    const file = write(`prespecified-${name.replaceAll(" ", "-")}`, (c) => (c.prespecified = { ...plan, ...patch }));
    expect(refusal(file)).toEqual(lines);
  });
  it("refuses an ANCOVA method without its standard-error type, or with a standardization's variance", () => {
    const file = write("prespecified-no-covariance", (c) => (c.prespecified = { ...plan, method: { kind: "ancova", lsMeanWeights: "equal", variance: "model" } }));
    expect(refusal(file).sort()).toEqual([
      'F: field prespecified.method.covariance: is required with kind "ancova"',
      'F: field prespecified.method.variance, value "model": does not apply to kind "ancova"',
    ]);
  });
});

describe("the outcome label of a BYO config", () => {
  const base = JSON.parse(readFileSync(path.join(example, "study.json"), "utf-8")) as Record<string, any>;
  it("names the primary outcome in the registry entry and the analysis spec when the config gives one", () => {
    const c = structuredClone(base);
    c.outcomes.primary.label = "Change in systolic blood pressure at week 12, mmHg";
    const file = path.join(work, "labelled.json");
    writeFileSync(file, JSON.stringify(c));
    const study = byoStudyConfig(readByoConfig(file));
    expect(study.primaryOutcomeLabel).toBe("Change in systolic blood pressure at week 12, mmHg");
    expect(analysisSpec({ ...study, outcome: study.source.outcome }, "2025-09").outcome.label).toBe("Change in systolic blood pressure at week 12, mmHg");
  });
  it("keeps the default wording without one (the worked example's analysis is unchanged)", () => {
    const study = getStudy("BYO-HTN-EXAMPLE");
    expect(study.primaryOutcomeLabel).toBeUndefined();
    expect(analysisSpec({ ...study, outcome: study.source.outcome }, "2025-09").outcome.label).toBe("Change from baseline at the primary visit (sbp_change_w12)");
    expect(analysisSpec({ ...study, outcome: "binary" }, "2025-09").outcome.label).toBe("Response at the primary visit (sbp_change_w12)");
  });
});

describe("the registry with a bad BYO config", () => {
  it("halts with the config's lines on stderr, exit 1, no stack trace; every bad config is reported", () => {
    const bad = (name: string, patch: (c: Record<string, any>) => void) => {
      const c = JSON.parse(readFileSync(path.join(example, "study.json"), "utf-8")) as Record<string, any>;
      c.id = name;
      patch(c);
      const file = path.join(work, `${name}.json`);
      writeFileSync(file, JSON.stringify(c));
      return file;
    };
    const one = bad("BAD-ONE", (c) => (c.plausability = []));
    const two = bad("BAD-TWO", (c) => (c.dataCut = "2025-9"));
    // A data loader, as the build runs it: the registry is loaded while its modules are imported.
    const run = spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["data-loaders/snapshot/snapshot-cli.ts", "--study=BYO-HTN-EXAMPLE", "--month=2025-09"], {
      cwd: projectRoot,
      env: { ...process.env, TRIAL_BYO_CONFIGS: `${one},${two}` },
    });
    const stderr = run.stderr.toString();
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(stderr.trimEnd().split("\n")).toEqual([
      `${one}: field plausability, value []: unknown key; did you mean "plausibility"?`,
      `${two}: field dataCut, value "2025-9": must be a month YYYY-MM`,
      "registry: 2 problems in 2 bring-your-own configs; fix them or remove them from $TRIAL_BYO_CONFIGS. The build halts here.",
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
