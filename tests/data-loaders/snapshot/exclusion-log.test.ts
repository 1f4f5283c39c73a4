/**
 * The record-level exclusion log beside every snapshot (issue 13, requirement 1): for the synthetic,
 * bring-your-own and CDISC routes, per source file read = kept + excluded, kept = the snapshot's
 * rows, each excluded record with its file, row, subject and rule; the log names the snapshot.json
 * it accounts for; the snapshot members are unchanged by it; a record that cannot be placed halts.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSnapshot, type Snapshot } from "../../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../../data-loaders/snapshot/duckdb.ts";
import { SnapshotError } from "../../../data-loaders/snapshot/errors.ts";
import { assertAccounted, type ExclusionLog } from "../../../data-loaders/snapshot/exclusion-log.ts";
import { sha256Hex } from "../../../data-loaders/snapshot/sha256.ts";
import { cdiscDataDir } from "../../../src/foundation/cdisc-pilot.ts";

afterAll(() => closeDuckDb());

const logOf = (s: Snapshot) => JSON.parse(new TextDecoder().decode(s.exclusionLog.bytes)) as ExclusionLog;
const snapshotJson = (s: Snapshot) => s.members.find((m) => m.name === "snapshot.json")?.bytes as Uint8Array;

function expectBalanced(s: Snapshot, log: ExclusionLog): void {
  expect(s.exclusionLog.name).toBe("exclusions.json");
  expect(s.members.map((m) => m.name)).toEqual(["subjects.parquet", "visits.parquet", "adverse_events.parquet", "consort.json", "truth.json", "snapshot.json"]);
  expect(log.snapshot_sha256).toBe(sha256Hex(snapshotJson(s)));
  const rows: Record<string, number | undefined> = {
    subjects: s.record.subjects,
    visits: s.record.members.find((m) => m.name === "visits.parquet")?.rows,
    adverse_events: s.record.members.find((m) => m.name === "adverse_events.parquet")?.rows,
  };
  for (const f of log.files.filter((x) => x.kept !== null)) {
    expect(f.read, f.file).toBe((f.kept as number) + (f.excluded as number));
    expect(
      log.excluded.filter((e) => e.file === f.file),
      f.file,
    ).toHaveLength(f.excluded as number);
    expect(Object.values(f.reasons).reduce((a, b) => a + b, 0)).toBe(f.excluded);
    if (f.keptIn !== null && f.keptIn in rows) expect(f.kept, f.file).toBe(rows[f.keptIn]);
  }
  for (const e of log.excluded) {
    expect(Object.keys(e)).toEqual(["file", "row", "subject", "rule", "reason"]);
    expect(e.row).toBeGreaterThan(0);
    expect(e.subject).not.toBe("");
  }
}

describe("exclusion log beside the snapshot", () => {
  it("synthetic: the generator's records at the cut, screen failures excluded at their first failed criterion (as the CONSORT log counts them)", async () => {
    const s = await buildSnapshot("SYN-SEL-B", "2025-12");
    const log = logOf(s);
    expectBalanced(s, log);
    expect(log).toMatchObject({ study: "SYN-SEL-B", month: "2025-12", source_kind: "synthetic" });
    expect(log.files.map((f) => f.file)).toEqual(["generator/screened", "generator/visits", "generator/adverse_events"]);
    const screened = log.files[0];
    expect(screened?.read).toBe(s.consort.screened);
    for (const step of s.consort.exclusions) expect(log.excluded.filter((e) => e.rule === `criterion ${step.id}`)).toHaveLength(step.excluded);
  }, 120_000);

  it("bring-your-own example: subjects.csv rows excluded by the criteria, with row and subject; every visit and adverse event kept", async () => {
    const s = await buildSnapshot("BYO-HTN-EXAMPLE", "2025-09");
    const log = logOf(s);
    expectBalanced(s, log);
    expect(log.files.map((f) => [f.file, f.keptIn])).toEqual([
      ["subjects.csv", "subjects"],
      ["visits.csv", "visits"],
      ["adverse_events.csv", "adverse_events"],
    ]);
    expect(log.files[0]?.read).toBe(360);
    expect(log.files[0]?.excluded).toBe(360 - s.record.subjects);
    const first = log.excluded[0];
    expect(first?.file).toBe("subjects.csv");
    expect(first?.rule).toMatch(/^criterion [IE]\d+$/);
    expect(log.files[1]?.excluded).toBe(0);
  }, 120_000);

  it.skipIf(!existsSync(path.join(cdiscDataDir(), "sdtm", "dm.xpt")))(
    "CDISC pilot: DM 306 = 254 + 52 screen failures, AE 1191 = 1126 + 65, SV kept = the visits table",
    async () => {
      const s = await buildSnapshot("CDISCPILOT01", "2015-03");
      const log = logOf(s);
      expectBalanced(s, log);
      const byFile = new Map(log.files.map((f) => [f.file, f]));
      expect(byFile.get("sdtm/dm.xpt")).toMatchObject({ read: 306, kept: 254, excluded: 52 });
      expect(byFile.get("sdtm/ae.xpt")).toMatchObject({ read: 1191, kept: 1126, excluded: 65 });
      expect(log.excluded[0]).toEqual({ file: "sdtm/dm.xpt", row: 7, subject: "01-701-1057", rule: "screen-failure", reason: "screen failure (not randomized; CONSORT E1)" });
    },
    180_000,
  );

  it("halts when a record cannot be placed (read ≠ kept + excluded), naming the file and the counts", () => {
    const accounting = {
      files: [{ file: "visits.csv", read: 10, kept: 8, keptIn: "visits", excluded: 1, reasons: { x: 1 } }],
      excluded: [{ file: "visits.csv", row: 3, subject: "P1", rule: "x", reason: "x" }],
    };
    expect(() => assertAccounted("S", "2025-01", accounting, () => 8)).toThrow(SnapshotError);
    expect(() => assertAccounted("S", "2025-01", accounting, () => 8)).toThrow(
      /S 2025-01: record accounting: visits\.csv: read 10 ≠ kept 8 \+ excluded 1 .*1 record\(s\) cannot be placed/,
    );
    const balanced = { ...accounting, files: [{ ...accounting.files[0]!, read: 9 }] };
    expect(() => assertAccounted("S", "2025-01", balanced, () => 7)).toThrow(/kept 8 but the snapshot table visits has 7 rows/);
    expect(() => assertAccounted("S", "2025-01", balanced, () => 8)).not.toThrow();
  });
});
