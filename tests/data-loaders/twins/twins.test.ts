/**
 * Bad twins (issue 13, item 8): each twin is a copy of the real inputs with one corruption
 * (tests/data-loaders/twins/make-twins.ts, made here in a temporary folder). For each: the check
 * exits 1 and reports the corruption with its file, row, subject, variable, value and rule id (and
 * the derived column where there is one), in the readable report and in the JSON report, with no
 * stack trace; the snapshot source halts, so nothing is written. Two twins also go through the
 * command-line entries (check and snapshot): exit status 1, nothing on stdout from the snapshot,
 * the message on stderr, no stack trace.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../../data-loaders/check/run-check.ts";
import { SourceRuleError } from "../../../data-loaders/cdisc/sdtm-rules.ts";
import { prepareByoSnapshot } from "../../../data-loaders/sources/byo-snapshot.ts";
import { prepareCdiscSnapshot } from "../../../data-loaders/sources/cdisc-snapshot.ts";
import { byoStudyConfig, readByoConfig } from "../../../src/foundation/byo-config.ts";
import { cdiscDataDir, cdiscPilotStudy, projectRoot } from "../../../src/foundation/cdisc-pilot.ts";
import type { StudyConfig } from "../../../src/foundation/study-config.ts";
import { ByoSourceRuleError } from "../../../data-loaders/byo/source-row-rules.ts";
import { BYO_SOURCE_ROW_TWINS, BYO_TWINS, CDISC_TWINS, makeByoTwin, makeCdiscTwin } from "./make-twins.ts";

const pilot = cdiscDataDir();
const havePilot = existsSync(path.join(pilot, "datasetjson", "dm.json"));
const work = mkdtempSync(path.join(tmpdir(), "bad-twins-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STACK = /\n\s+at .+\(.*:\d+:\d+\)|\n\s+at file:/;
const tsx = path.join(projectRoot, "node_modules/.bin/tsx");

const twinConfig = (dir: string): StudyConfig => ({ ...cdiscPilotStudy, source: { ...cdiscPilotStudy.source, dir, sdtmFormat: "dataset-json" } });

describe.skipIf(!havePilot)("CDISC bad twins (pilot Dataset-JSON copies, one corruption each)", () => {
  for (const twin of CDISC_TWINS) {
    it(`${twin.name}: the check exits 1 naming file, row, subject, variable, value and rule; the snapshot source halts`, async () => {
      const dir = path.join(work, twin.name);
      const expected = makeCdiscTwin(twin, pilot, dir);
      const config = twinConfig(dir);
      const jsonFile = path.join(work, `${twin.name}.report.json`);
      const run = await runCheck(["--study", "CDISCPILOT01", "--json", jsonFile], () => config);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("");
      expect(run.stdout).not.toMatch(STACK);
      const line = [
        `${expected.file} row ${expected.row}`,
        ...(expected.subject !== undefined ? [`USUBJID ${expected.subject}`] : []),
        `variable ${expected.variable}`,
        `value ${JSON.stringify(expected.value)}`,
      ].join(", ");
      const reported = run.stdout.split("\n").find((l) => l.includes(line));
      expect(reported, run.stdout).toBeDefined();
      expect(reported).toContain(`(rule ${expected.rule}: `);
      if (expected.derived !== undefined) expect(reported).toContain(`→ derived ${expected.derived}`);

      const report = JSON.parse(readFileSync(jsonFile, "utf-8")) as { status: string; total: number; findings: Array<Record<string, unknown>> };
      expect(report.status).toBe("violations");
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          kind: "sdtm",
          file: expected.file,
          row: expected.row,
          variable: expected.variable,
          value: expected.value,
          rule: expected.rule,
          ...(expected.subject !== undefined ? { subject: expected.subject } : {}),
          ...(expected.derived !== undefined ? { derived: expected.derived } : {}),
        }),
      );

      // The snapshot source halts with every violation, before deriving: no tables, nothing to write.
      const halted = await prepareCdiscSnapshot(config, "2015-03", "2015-03-31").then(
        () => null,
        (e: unknown) => e,
      );
      expect(halted).toBeInstanceOf(SourceRuleError);
      expect((halted as Error).message).toContain(line);
      expect((halted as Error).message).toMatch(/nothing was written/);
    });
  }

  it("the clean Dataset-JSON copies pass the check (exit 0)", async () => {
    const run = await runCheck(["--study", "CDISCPILOT01"], () => twinConfig(pilot));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("clean: no violation");
  });

  it("through the command-line entries: check exits 1, snapshot exits 1 with nothing on stdout; no stack trace", () => {
    const twin = CDISC_TWINS.find((t) => t.name === "rfendtc-before-rfstdtc")!;
    const dir = path.join(work, "cli-twin");
    const expected = makeCdiscTwin(twin, pilot, dir);
    const env = { ...process.env, TRIAL_CDISC_DIR: dir, TRIAL_CDISC_FORMAT: "dataset-json", TRIAL_ONLY: "CDISCPILOT01" };
    const check = spawnSync(tsx, [path.join(projectRoot, "data-loaders/check/check-cli.ts"), "--study", "CDISCPILOT01"], { cwd: projectRoot, env, encoding: "utf-8" });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${expected.file} row ${expected.row}, USUBJID ${expected.subject}, variable RFENDTC`);
    expect(check.stdout + check.stderr).not.toMatch(STACK);
    const snapshot = spawnSync(tsx, [path.join(projectRoot, "data-loaders/snapshot/snapshot-cli.ts"), "--study", "CDISCPILOT01", "--month", "2015-03"], {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(snapshot.status).toBe(1);
    expect(snapshot.stdout.length).toBe(0);
    const stderr = snapshot.stderr.toString();
    expect(stderr).toContain("snapshot CDISCPILOT01 2015-03: 1 source-row violation of 1 SDTM rule; nothing was written:");
    expect(stderr).toContain(`(rule SD1002: RFSTDTC must be on or before RFENDTC) → derived subjects.end_date`);
    expect(stderr).not.toMatch(STACK);
  }, 120_000);
});

/**
 * Makes a bring-your-own twin, runs `npm run check` on it, and asserts what every BYO twin must
 * give: exit 1, the expected message, no stack trace. Returns the run and its JSON report.
 */
async function checkByoTwin(twin: Parameters<typeof makeByoTwin>[0], example: string) {
  const made = makeByoTwin(twin, example, path.join(work, twin.name));
  const config = byoStudyConfig(readByoConfig(made.config));
  const jsonFile = path.join(work, `${twin.name}.report.json`);
  const run = await runCheck(["--study", made.id, "--json", jsonFile], () => config);
  expect(run.status).toBe(1);
  expect(run.stdout).toMatch(made.expected.message);
  expect(run.stdout).not.toMatch(STACK);
  const report = JSON.parse(readFileSync(jsonFile, "utf-8")) as { findings: Array<Record<string, unknown>> };
  return { made, config, run, report };
}

describe("BYO bad twins (examples/byo-study, one corruption each)", () => {
  const example = path.join(projectRoot, "examples/byo-study");
  for (const twin of BYO_TWINS) {
    it(`${twin.name}: the check exits 1 naming the rule, subject, column and value; the snapshot source halts`, async () => {
      const { made, config, run, report } = await checkByoTwin(twin, example);
      const finding = report.findings.find((f) => f.rule === made.expected.rule);
      expect(finding, JSON.stringify(report.findings)).toBeDefined();
      if (made.expected.rule === "reader") {
        expect(finding).toMatchObject({ file: expect.stringContaining(twin.file), row: made.expected.row, value: made.expected.value });
      } else {
        expect(finding).toMatchObject({ file: twin.file, row: made.expected.row, subject: made.expected.subject, variable: made.expected.variable, value: made.expected.value });
        expect(run.stdout).toContain(`${twin.file} row ${made.expected.row}: `);
      }
      // The loader halts on the same input (the reader, or the first contract in buildSnapshot): nothing written.
      const prepared = await prepareByoSnapshot(config, "2025-09", "2025-09-30").then(
        (p) => p,
        (e: unknown) => e as Error,
      );
      if (prepared instanceof Error) expect(prepared.message).toMatch(made.expected.message);
      else expect(run.stdout).toContain(`contract ${made.expected.rule}`);
    });
  }
});

describe("BYO source-row twins (a corruption in a row the criteria exclude, which no contract sees)", () => {
  const example = path.join(projectRoot, "examples/byo-study");
  for (const twin of BYO_SOURCE_ROW_TWINS) {
    it(`${twin.name}: the check exits 1 naming file, row, subject, column, value and rule; the loader halts before deriving`, async () => {
      const { made, config, report } = await checkByoTwin(twin, example);
      expect(report.findings, JSON.stringify(report.findings)).toHaveLength(1);
      const finding = report.findings[0]!;
      expect(finding).toMatchObject({
        kind: "byo-source",
        rule: made.expected.rule,
        file: "subjects.csv",
        row: made.expected.row,
        subject: made.expected.subject,
        variable: made.expected.variable,
      });
      expect(String(finding.value)).toBe(made.expected.value);
      expect(finding.derived).toMatch(/^subjects\./);
      const halted = await prepareByoSnapshot(config, "2025-09", "2025-09-30").then(
        () => null,
        (e: unknown) => e,
      );
      expect(halted).toBeInstanceOf(ByoSourceRuleError);
      expect((halted as Error).message).toMatch(/^1 source-row violation of 1 rule in rows the criteria exclude; nothing was written:/);
      expect((halted as Error).message).toContain(`subjects.csv row ${made.expected.row}, subject ${made.expected.subject}, column ${made.expected.variable}`);
    });
  }

  it("through the snapshot command: exit 1, nothing on stdout, the line on stderr, no stack trace", () => {
    const twin = BYO_SOURCE_ROW_TWINS[0]!;
    const made = makeByoTwin(twin, example, path.join(work, "cli-byo-source-twin"));
    const env = { ...process.env, TRIAL_BYO_CONFIGS: made.config, TRIAL_ONLY: made.id };
    const snapshot = spawnSync(tsx, [path.join(projectRoot, "data-loaders/snapshot/snapshot-cli.ts"), "--study", made.id, "--month", "2025-09"], {
      cwd: projectRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    const stderr = snapshot.stderr.toString();
    expect(snapshot.status, stderr).toBe(1);
    expect(snapshot.stdout.length).toBe(0);
    expect(stderr).toContain(`snapshot ${made.id} 2025-09: 1 source-row violation of 1 rule in rows the criteria exclude; nothing was written:`);
    expect(stderr).toMatch(made.expected.message);
    expect(stderr).not.toMatch(STACK);
  }, 120_000);
});
