/**
 * Record accounting of the CDISC pilot (issue 13, item 1): every record of DM, DS, AE and SV is
 * kept in the snapshot or excluded with its reason; per file read = kept + excluded, and the kept
 * counts are the snapshot's row counts. Written by `npm run check -- --exclusions <file>`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../../data-loaders/check/run-check.ts";
import { cdiscDataDir, cdiscPilotStudy } from "../../../src/foundation/cdisc-pilot.ts";

const pilot = cdiscDataDir();
const work = mkdtempSync(path.join(tmpdir(), "accounting-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!existsSync(path.join(pilot, "sdtm", "dm.xpt")))("CDISC record accounting", () => {
  it("accounts for every DM, DS, AE and SV record: read = kept + excluded, kept = the snapshot's rows, each exclusion with its reason", async () => {
    const file = path.join(work, "exclusions.json");
    const run = await runCheck(["--study", "CDISCPILOT01", "--exclusions", file], () => ({
      ...cdiscPilotStudy,
      source: { ...cdiscPilotStudy.source, dir: pilot, sdtmFormat: "xpt" },
    }));
    expect(run.status).toBe(0);
    const log = JSON.parse(readFileSync(file, "utf-8")) as {
      files: Array<{ file: string; read: number; kept: number | null; excluded: number | null; reasons: Record<string, number> }>;
      excluded: Array<{ file: string; row: number; subject: string; rule: string; reason: string }>;
    };
    const byFile = new Map(log.files.map((f) => [f.file, f]));
    expect([...byFile.keys()].slice(0, 4)).toEqual(["sdtm/dm.xpt", "sdtm/ds.xpt", "sdtm/ae.xpt", "sdtm/sv.xpt"]);
    for (const f of log.files.slice(0, 4)) {
      expect(f.read).toBe((f.kept as number) + (f.excluded as number));
      expect(Object.values(f.reasons).reduce((a, b) => a + b, 0)).toBe(f.excluded);
      expect(log.excluded.filter((e) => e.file === f.file)).toHaveLength(f.excluded as number);
    }
    // kept = the snapshot's rows: 254 ITT subjects, 1821 visits, 1126 treatment-emergent adverse events
    expect(byFile.get("sdtm/dm.xpt")).toMatchObject({ read: 306, kept: 254, excluded: 52, reasons: { "screen-failure: screen failure (not randomized; CONSORT E1)": 52 } });
    expect(byFile.get("sdtm/ae.xpt")).toMatchObject({ read: 1191, kept: 1126, excluded: 65 });
    expect(byFile.get("sdtm/sv.xpt")).toMatchObject({ read: 3559, kept: 1821 });
    expect(byFile.get("sdtm/sv.xpt")?.reasons["screening-visit: screening visit (before baseline)"]).toBeGreaterThan(0);
    expect(log.excluded[0]).toEqual({ file: "sdtm/dm.xpt", row: 7, subject: "01-701-1057", rule: "screen-failure", reason: "screen failure (not randomized; CONSORT E1)" });
    expect(run.stdout).toContain("sdtm/dm.xpt: read 306 = kept 254 (subjects) + excluded 52");
  }, 120_000);
});
