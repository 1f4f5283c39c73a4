import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256File } from "../../src/archive/hash-tree.ts";
import { folderName, readLedger, readLedgerLines, studyEntries, type LedgerEntry } from "../../src/archive/ledger.ts";
import { addYears, readManifest, readSeal, SEAL_FILE, writeManifest } from "../../src/archive/manifest.ts";
import type { Manifest } from "../../src/archive/types.ts";
import { tempArchiveRoot } from "./archive-fixture.ts";

let dir: string;
beforeAll(async () => {
  dir = await tempArchiveRoot("manifest");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const minimal = { format: "trial-archive-manifest/1", publication: { study: "S", folder: "2026-01" }, files: [] } as unknown as Manifest;

describe("manifest", () => {
  it("is written as pretty JSON with a newline and sealed by its SHA-256 in sha256sum format", async () => {
    const sha = await writeManifest(dir, minimal);
    expect(sha).toBe(await sha256File(path.join(dir, "manifest.json")));
    expect(await readFile(path.join(dir, SEAL_FILE), "utf-8")).toBe(`${sha}  manifest.json\n`);
    expect(await readSeal(dir)).toBe(sha);
    expect(await readManifest(dir)).toEqual(minimal);
  });

  it("reading names the file when it is not JSON or not a manifest", async () => {
    await writeFile(path.join(dir, "manifest.json"), "{");
    await expect(readManifest(dir)).rejects.toThrow(/manifest\.json: not valid JSON/);
    await writeFile(path.join(dir, "manifest.json"), "{}");
    await expect(readManifest(dir)).rejects.toThrow(/manifest\.json: not a trial archive manifest/);
    await writeFile(path.join(dir, SEAL_FILE), "not a seal\n");
    expect(await readSeal(dir)).toBeNull();
  });

  it("retention: 15 calendar years later (a leap day rolls to 1 March)", () => {
    expect(addYears("2026-11-28T01:02:03.000Z", 15)).toBe("2041-11-28");
    expect(addYears("2028-02-29T12:00:00.000Z", 15)).toBe("2043-03-01");
  });
});

describe("ledger", () => {
  it("names folders <month> and <month>-rN", () => {
    expect(folderName("2026-02", 0)).toBe("2026-02");
    expect(folderName("2026-02", 2)).toBe("2026-02-r2");
  });

  it("reads a ledger written before signatures existed, and skips signature lines for publications", async () => {
    const old = '{"study":"S","month":"2026-01","revision":0,"folder":"S/2026-01","sequence":1,"manifestSha256":"aa","publishedAt":"t","override":false}';
    const sig =
      '{"kind":"signature","study":"S","month":"2026-01","folder":"S/2026-01","signer":"K","keyId":"k","meaning":"approved","signedAt":"t","manifestSha256":"aa","signature":"s"}';
    await writeFile(path.join(dir, "ledger.jsonl"), `${old}\n${sig}\n`);
    expect(await readLedger(dir)).toEqual([JSON.parse(old)]);
    expect((await readLedgerLines(dir)).map((l) => l.kind ?? "publication")).toEqual(["publication", "signature"]);
    await writeFile(path.join(dir, "ledger.jsonl"), `${old}\n{"kind":"revocation"}\n`);
    await expect(readLedger(dir)).rejects.toThrow(/ledger\.jsonl: line 2 has kind "revocation"; this version reads "publication" and "signature" lines only/);
  });

  it("orders a study's entries by sequence", () => {
    const e = (study: string, sequence: number) => ({ study, sequence }) as LedgerEntry;
    expect(studyEntries([e("A", 2), e("B", 1), e("A", 1)], "A").map((x) => x.sequence)).toEqual([1, 2]);
  });
});
