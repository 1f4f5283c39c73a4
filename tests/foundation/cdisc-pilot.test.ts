/**
 * The CDISC pilot's presence check: present → in the registry; absent → skipped with a plain
 * message, or an error when CI=true; a malformed file halts the loader naming the file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CDISC_REQUIRED_FILES, cdiscDataDir, cdiscPilotIfPresent, cdiscSdtmFormat, projectRoot } from "../../src/foundation/cdisc-pilot.ts";
import { cdiscDataDir as testDataDir } from "../data-loaders/readers/cdisc-data.ts";

const empty = mkdtempSync(path.join(tmpdir(), "cdisc-absent-"));
const broken = mkdtempSync(path.join(tmpdir(), "cdisc-broken-"));
afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
});

describe("CDISC pilot source", () => {
  it("reads DM, DS, AE, EX and SV as XPT unless TRIAL_CDISC_FORMAT=dataset-json; another value is an error", () => {
    expect(cdiscSdtmFormat({})).toBe("xpt");
    expect(cdiscSdtmFormat({ TRIAL_CDISC_FORMAT: "dataset-json" })).toBe("dataset-json");
    expect(() => cdiscSdtmFormat({ TRIAL_CDISC_FORMAT: "json" })).toThrow('TRIAL_CDISC_FORMAT must be "xpt" or "dataset-json" (got "json")');
  });

  it("defaults to ../shared/data/cdiscpilot01 beside the project; TRIAL_CDISC_DIR overrides", () => {
    expect(cdiscDataDir({})).toBe(path.resolve(projectRoot, "../shared/data/cdiscpilot01"));
    expect(cdiscDataDir({ TRIAL_CDISC_DIR: "/data/pilot" })).toBe("/data/pilot");
  });

  it("is in the registry when the files are present", () => {
    const study = cdiscPilotIfPresent({ TRIAL_CDISC_DIR: testDataDir() });
    expect(study?.id).toBe("CDISCPILOT01");
    expect(study?.source).toMatchObject({ kind: "cdisc", dir: testDataDir() });
  });

  it("is skipped with a plain message when the files are absent", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(cdiscPilotIfPresent({ TRIAL_CDISC_DIR: empty })).toBeNull();
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(new RegExp(`CDISCPILOT01: source files absent in ${empty} .*set TRIAL_CDISC_DIR.*The study is skipped`));
    } finally {
      stderr.mockRestore();
    }
  });

  it("is an error in CI when the files are absent", () => {
    expect(() => cdiscPilotIfPresent({ TRIAL_CDISC_DIR: empty, CI: "true" })).toThrow(/source files absent .* In CI the CDISC pilot data is required/);
  });

  it("halts the loader on a truncated XPT file, naming it (exit 1, nothing on stdout)", () => {
    for (const file of CDISC_REQUIRED_FILES) {
      mkdirSync(path.join(broken, path.dirname(file)), { recursive: true });
      if (file === "sdtm/ds.xpt") writeFileSync(path.join(broken, file), readFileSync(path.join(testDataDir(), file)).subarray(0, 50_000));
      else symlinkSync(path.join(testDataDir(), file), path.join(broken, file));
    }
    const tsx = path.join(projectRoot, "node_modules/.bin/tsx");
    const run = spawnSync(tsx, [path.join(projectRoot, "data-loaders/snapshot/snapshot-cli.ts"), "--study=CDISCPILOT01", "--month=2015-03"], {
      cwd: projectRoot,
      env: { ...process.env, TRIAL_CDISC_DIR: broken, TRIAL_ONLY: "CDISCPILOT01" },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr.toString()).toMatch(/sdtm\/ds\.xpt: position \d+.*(multiple of 80|truncated)/);
  }, 60_000);
});
