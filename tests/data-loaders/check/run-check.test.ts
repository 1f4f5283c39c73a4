/**
 * `npm run check` (data-loaders/check/run-check.ts): exit status 2 on usage errors, 0 for a clean
 * study (with a JSON report), 0 with a note for a synthetic study (no source files).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../../data-loaders/check/run-check.ts";
import { prepareByoSnapshot } from "../../../data-loaders/sources/byo-snapshot.ts";
import { getStudy } from "../../../src/foundation/registry.ts";

const work = mkdtempSync(path.join(tmpdir(), "run-check-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run check", () => {
  it("exits 2 on a usage error, with the usage or the reason on stderr and nothing on stdout", async () => {
    for (const argv of [["--bogus"], [], ["--study", "NOPE"], ["--study", "SYN-LIN-C", "--month", "1999-01"], ["--study", "SYN-LIN-C", "extra"]]) {
      const run = await runCheck(argv, getStudy);
      expect(run.status, argv.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^check/);
    }
    expect((await runCheck(["--study", "SYN-LIN-C", "--month", "1999-01"], getStudy)).stderr).toContain('month "1999-01" is not a published data cut of SYN-LIN-C');
  });

  it("a synthetic study has no source files: exit 0 and says so", async () => {
    const run = await runCheck(["--study", "SYN-LIN-C"], getStudy);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("SYN-LIN-C is a synthetic study: it has no source files to check");
  });

  it("the bring-your-own example is clean: exit 0, the files read, and a JSON report", async () => {
    const file = path.join(work, "report.json");
    const run = await runCheck(["--study", "BYO-HTN-EXAMPLE", "--json", file], getStudy);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("files: study.json, subjects.csv, visits.csv, adverse_events.csv");
    expect(run.stdout).toContain("clean: no violation");
    expect(JSON.parse(readFileSync(file, "utf-8"))).toMatchObject({ study: "BYO-HTN-EXAMPLE", month: "2025-09", source_kind: "byo", status: "clean", total: 0, findings: [] });
  });

  it("--exclusions on the bring-your-own example writes the snapshot's record accounting: read = kept + excluded per file, each excluded row with its rule", async () => {
    const file = path.join(work, "exclusions.json");
    const run = await runCheck(["--study", "BYO-HTN-EXAMPLE", "--exclusions", file], getStudy);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("records (read = kept + excluded):");
    const log = JSON.parse(readFileSync(file, "utf-8")) as {
      study: string;
      files: Array<{ file: string; read: number; kept: number; excluded: number }>;
      excluded: Array<{ file: string; rule: string }>;
    };
    expect(log.study).toBe("BYO-HTN-EXAMPLE");
    expect(log.files.map((f) => f.file)).toEqual(["subjects.csv", "visits.csv", "adverse_events.csv"]);
    for (const f of log.files) expect(f.read, f.file).toBe(f.kept + f.excluded);
    expect(log.files[0]!.excluded).toBe(log.excluded.filter((e) => e.file === "subjects.csv").length);
    expect(log.files[0]!.excluded).toBeGreaterThan(0);
    // The same accounting the snapshot step writes (prepareByoSnapshot's).
    const prepared = await prepareByoSnapshot(getStudy("BYO-HTN-EXAMPLE"), "2025-09", "2025-09-30");
    expect(log.files).toEqual(prepared.accounting.files);
    expect(log.excluded).toEqual(prepared.accounting.excluded);
  });

  it("--exclusions on a synthetic study: a usage error (no source files; its log is written with the snapshot)", async () => {
    const run = await runCheck(["--study", "SYN-LIN-C", "--exclusions", path.join(work, "x.json")], getStudy);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("a synthetic study's exclusion log is written with its snapshot");
  });
});
