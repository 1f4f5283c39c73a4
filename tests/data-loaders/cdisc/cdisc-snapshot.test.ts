/**
 * The CDISCPILOT01 snapshot end to end (registry → loader → members), and the same snapshot from
 * the Dataset-JSON copies of DM, DS, AE, EX and SV as from their XPT files.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSnapshot, type Snapshot } from "../../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../../data-loaders/snapshot/duckdb.ts";
import { writeParquet } from "../../../data-loaders/snapshot/parquet-writer.ts";
import { sha256Hex } from "../../../data-loaders/snapshot/sha256.ts";
import { prepareCdiscSnapshot } from "../../../data-loaders/sources/cdisc-snapshot.ts";
import { cdiscPilotStudy } from "../../../src/foundation/cdisc-pilot.ts";
import { getStudy } from "../../../src/foundation/registry.ts";
import { cdiscDataDir } from "../readers/cdisc-data.ts";

const dir = cdiscDataDir();
let snapshot: Snapshot;
const text = (name: string) => JSON.parse(new TextDecoder().decode(snapshot.members.find((m) => m.name === name)!.bytes)) as Record<string, unknown>;

beforeAll(async () => {
  snapshot = await buildSnapshot("CDISCPILOT01", "2015-03");
}, 120_000);
afterAll(async () => {
  await closeDuckDb();
});

describe("CDISCPILOT01 snapshot", () => {
  it("is in the registry with one control and two treated arms and a single data cut 2015-03", () => {
    const study = getStudy("CDISCPILOT01");
    expect(study.arms.map((a) => `${a.code}:${a.role}`)).toEqual(["Pbo:control", "Xan_Lo:treated", "Xan_Hi:treated"]);
    expect(study.dataCuts).toEqual(["2015-03"]);
    expect(study.source.kind).toBe("cdisc");
  });

  it("records the source kind and every input file with its SHA-256", () => {
    const record = text("snapshot.json");
    expect(record.source_kind).toBe("cdisc");
    const files = record.source_files as Array<{ path: string; sha256: string; bytes: number }>;
    expect(files.map((f) => f.path)).toContain("sdtm/dm.xpt");
    expect(files.map((f) => f.path)).toContain("adam/adadas.xpt");
    for (const f of files)
      expect(f.sha256, f.path).toBe(
        createHash("sha256")
          .update(readFileSync(path.join(dir, f.path)))
          .digest("hex"),
      );
    expect(record.subjects).toBe(254);
  });

  it("has no ground truth", () => {
    expect(text("truth.json").ground_truth).toBeNull();
  });

  it("CONSORT: 306 screened, 52 screen failures, 254 randomized: 86 / 84 / 84", () => {
    const c = snapshot.consort;
    expect(c.screened).toBe(306);
    expect(c.exclusions.map((e) => [e.id, e.excluded])).toEqual([
      ["E1", 52],
      ["I1", 0],
    ]);
    expect(c.enrolled).toBe(254);
    expect(c.arms.map((a) => [a.code, a.allocated])).toEqual([
      ["Pbo", 86],
      ["Xan_Lo", 84],
      ["Xan_Hi", 84],
    ]);
    const discontinued = c.arms.reduce((s, a) => s + a.discontinued, 0);
    expect(discontinued).toBe(254 - 110);
    expect(c.arms.every((a) => a.discontinuedReasons.reduce((s, r) => s + r.n, 0) === a.discontinued)).toBe(true);
  });
});

describe("CDISCPILOT01 from Dataset-JSON instead of XPT", () => {
  it("gives byte-identical Parquet tables", async () => {
    const months = { month: "2015-03", cut: "2015-03-31" };
    const xpt = await prepareCdiscSnapshot({ ...cdiscPilotStudy, source: { ...cdiscPilotStudy.source, dir, sdtmFormat: "xpt" } }, months.month, months.cut);
    const json = await prepareCdiscSnapshot({ ...cdiscPilotStudy, source: { ...cdiscPilotStudy.source, dir, sdtmFormat: "dataset-json" } }, months.month, months.cut);
    expect(json.sourceFiles.map((f) => f.path)).toContain("datasetjson/dm.json");
    for (const spec of xpt.schema) {
      const a = await writeParquet(spec, xpt.tables[spec.name], { table: spec.name });
      const b = await writeParquet(spec, json.tables[spec.name], { table: spec.name });
      expect(sha256Hex(b), spec.name).toBe(sha256Hex(a));
    }
    expect(json.screened).toEqual(xpt.screened);
  }, 120_000);
});
