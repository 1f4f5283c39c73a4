/**
 * The snapshot command `data-loaders/snapshot/snapshot-cli.ts` (`npm run snapshot`), run as a
 * separate process with `--study=… --month=…`.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../data-loaders/snapshot/sha256.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const run = (...args: string[]) => spawnSync(tsx, [path.join(root, "data-loaders/snapshot/snapshot-cli.ts"), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });

describe("data-loaders/snapshot/snapshot-cli.ts", () => {
  it("writes the snapshot zip, byte-identical across processes (both argument styles)", () => {
    const a = run("--study=SYN-SEL-B", "--month=2026-02");
    const b = run("--study", "SYN-SEL-B", "--month", "2026-02");
    expect(a.stderr.toString()).toBe("");
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(sha256Hex(b.stdout)).toBe(sha256Hex(a.stdout));
    const files = unzipSync(new Uint8Array(a.stdout));
    expect(Object.keys(files)).toEqual(["subjects.parquet", "visits.parquet", "adverse_events.parquet", "consort.json", "truth.json", "snapshot.json"]);
    const record = JSON.parse(new TextDecoder().decode(files["snapshot.json"])) as { members: Array<{ name: string; sha256: string }> };
    for (const m of record.members) expect(sha256Hex(files[m.name]!)).toBe(m.sha256);
  });

  it("fails with a message naming study and month, a non-zero status and nothing on stdout", () => {
    const unknownMonth = run("--study=SYN-SEL-B", "--month=2019-01");
    expect(unknownMonth.status).not.toBe(0);
    expect(unknownMonth.stdout.length).toBe(0);
    expect(unknownMonth.stderr.toString()).toMatch(/SYN-SEL-B 2019-01: month "2019-01" is not a published data cut of SYN-SEL-B/);
    const unknownStudy = run("--study=NOPE", "--month=2025-12");
    expect(unknownStudy.status).not.toBe(0);
    expect(unknownStudy.stdout.length).toBe(0);
    expect(unknownStudy.stderr.toString()).toMatch(/NOPE 2025-12: Unknown study "NOPE"/);
    const missing = run("--study=SYN-SEL-B");
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.toString()).toMatch(/needs --study and --month/);
  });
});
