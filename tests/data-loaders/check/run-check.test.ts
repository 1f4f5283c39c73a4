/**
 * `npm run check` (data-loaders/check/run-check.ts): exit status 2 on usage errors, 0 for a clean
 * study (with a JSON report), 0 with a note for a synthetic study (no source files).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../../data-loaders/check/run-check.ts";
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

  it("--exclusions needs a CDISC source (usage error otherwise)", async () => {
    const run = await runCheck(["--study", "BYO-HTN-EXAMPLE", "--exclusions", path.join(work, "x.json")], getStudy);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--exclusions needs a CDISC study");
  });
});
