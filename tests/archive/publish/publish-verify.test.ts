/**
 * Publishes two consecutive months of one synthetic study into a temporary archive root (two
 * TRIAL_ONLY builds), verifies both, then tampers with one byte at a time (a data file, a page,
 * the manifest, the earlier month's manifest) and checks that verify names the file each time;
 * a forged manifest (seal and ledger rewritten to match) is caught by the re-computation. Also:
 * re-publishing refuses and nothing partial is left by a refusal.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish, type Published } from "../../../src/archive/publish.ts";
import { readLedger } from "../../../src/archive/ledger.ts";
import { verifyArchive } from "../../../src/archive/verify.ts";
import { flipByte, forgeManifest, projectRoot, tempArchiveRoot } from "../archive-fixture.ts";

const STUDY = "SYN-CONF-C";
const [FIRST, SECOND] = ["2025-10", "2025-11"];
let root: string;
let first: Published;
let second: Published;

beforeAll(async () => {
  root = await tempArchiveRoot("chain");
  first = await publish({ study: STUDY, month: FIRST, analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true });
  second = await publish({ study: STUDY, month: SECOND, analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true });
}, 1_200_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("publish", () => {
  it("writes the documented layout, and the manifest hashes every other file", async () => {
    const names = (await readdir(second.folder)).sort();
    expect(names).toEqual(["README.txt", "data", "logs", "manifest.json", "manifest.json.sha256", "pdf", "serve.mjs", "site", "source"]);
    const listed = second.manifest.files.map((f) => f.path);
    for (const expected of [
      "data/subjects.parquet",
      "data/analysis.json",
      "data/snapshot.json",
      "source/source.tar.gz",
      "source/package-lock.json",
      "pdf/01-overview.pdf",
      "pdf/02-cohort.pdf",
      "serve.mjs",
      "README.txt",
      `site/study/${STUDY}/${SECOND}/index.html`,
    ]) {
      expect(listed).toContain(expected);
    }
    expect(listed).not.toContain("manifest.json");
    const pdf = await readFile(path.join(second.folder, "pdf", "01-overview.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await stat(path.join(second.folder, "site", "index.html"))).isFile()).toBe(true);
  });

  it("records versions, study config, parameters, analyst, timestamps, retention, gates and headline", () => {
    const m = second.manifest;
    expect(m.versions.node).toBe(process.version);
    for (const key of ["framework", "duckdb-wasm", "tfjs"]) expect(m.versions[key]).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.study.id).toBe(STUDY);
    expect(m.study.source).toMatchObject({ seed: 1201 });
    expect(m.analysis.parameters).toHaveProperty("bootstrap.seed");
    expect(m.publication.analyst).toBe("Test Analyst");
    expect(m.startedAt <= m.finishedAt).toBe(true);
    expect(Number(m.publication.retentionUntil.slice(0, 4)) - Number(m.startedAt.slice(0, 4))).toBe(15);
    expect(m.gates.length).toBeGreaterThan(0);
    expect(m.gates.every((g) => g.passed)).toBe(true);
    expect(m.headline[0]?.label).toMatch(/AIPW mean difference/);
    expect(Number.isFinite(m.headline[0]?.estimate)).toBe(true);
    expect(m.git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(m.git.allowDirty).toBe(true);
    // The browser that printed the PDFs recomputed the build's numbers: every badge identical, and
    // the engines on both sides recorded.
    const checks = (m.browserAgreement ?? []).flatMap((p) => p.checks.map((c) => ({ page: p.page, ...c })));
    expect(checks.map((c) => c.page)).toEqual(expect.arrayContaining(["propensity", "balance", "analysis", "sensitivity"]));
    for (const c of checks) {
      expect(c.status, `${c.page} #${c.id}`).toBe("identical");
      expect(c.engines).toMatch(/^Node v\d+.*V8.* \| (Chromium|HeadlessChrome|Chrome)/);
    }
  });

  it("chains the second month to the first month's manifest", async () => {
    expect(first.manifest.sequence).toBe(1);
    expect(first.manifest.previous).toBeNull();
    expect(second.manifest.sequence).toBe(2);
    expect(second.manifest.previous).toEqual({ folder: `${STUDY}/${FIRST}`, manifestSha256: first.manifestSha256 });
    expect((await readLedger(root)).map((e) => e.folder)).toEqual([`${STUDY}/${FIRST}`, `${STUDY}/${SECOND}`]);
  });

  it("refuses to publish an archived month again, and leaves nothing behind", async () => {
    await expect(publish({ study: STUDY, month: SECOND, analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true })).rejects.toThrow(
      /already archived.*--revise/s,
    );
    await expect(publish({ study: STUDY, month: "2026-01", analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true, revise: "fix" })).rejects.toThrow(
      /never been published/,
    );
    expect((await readdir(root)).filter((n) => n.startsWith(".staging"))).toEqual([]);
    expect(await readLedger(root)).toHaveLength(2);
  });
});

describe("verify", () => {
  it("passes on both months: files, seal, ledger, chain, snapshot, re-computed headline", async () => {
    for (const folder of [first.folder, second.folder]) {
      const report = await verifyArchive(folder);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
    }
  }, 300_000);

  const tamper = async (file: string, expected: RegExp, folder = () => second.folder) => {
    const restore = await flipByte(file);
    try {
      const report = await verifyArchive(folder(), { recompute: false });
      expect(report.ok).toBe(false);
      expect(report.problems.join("\n")).toMatch(expected);
    } finally {
      await restore();
    }
  };

  it("detects one changed byte in a data file, naming it", async () => {
    await tamper(path.join(second.folder, "data", "subjects.parquet"), /^data\/subjects\.parquet: changed: SHA-256/m);
  });

  it("detects one changed byte in a page, naming it", async () => {
    await tamper(path.join(second.folder, "site", "study", STUDY, SECOND, "index.html"), new RegExp(`^site/study/${STUDY}/${SECOND}/index\\.html: changed`, "m"));
  });

  it("detects one changed byte in the manifest", async () => {
    const manifest = path.join(second.folder, "manifest.json");
    const text = await readFile(manifest, "utf-8");
    await tamper(manifest, /^manifest\.json: changed: SHA-256 .* its seal/m);
    // a byte inside the JSON (the analyst's name), so the manifest still parses
    const restore = await flipByte(manifest, Buffer.byteLength(text.slice(0, text.indexOf("Test Analyst") + 1)));
    try {
      const report = await verifyArchive(second.folder, { recompute: false });
      expect(report.problems.join("\n")).toMatch(/^manifest\.json: changed: SHA-256 .* its seal/m);
      expect(report.problems.join("\n")).toMatch(/^manifest\.json: changed: SHA-256 .* the ledger records/m);
    } finally {
      await restore();
    }
  });

  it("detects one changed byte in the earlier month's manifest through the hash chain", async () => {
    await tamper(path.join(first.folder, "manifest.json"), new RegExp(`^hash chain: ${STUDY}/${FIRST}/manifest\\.json changed`, "m"));
  });

  it("detects a forged headline number even when seal and ledger are rewritten to match", async () => {
    const restore = await forgeManifest(root, second.folder, (m) => {
      (m.headline[0] as { estimate: number }).estimate += 1e-12;
    });
    try {
      const report = await verifyArchive(second.folder);
      expect(report.ok).toBe(false);
      expect(report.problems.join("\n")).toMatch(/^manifest\.json: headline .*recorded .*re-computed from data\//m);
    } finally {
      await restore();
    }
  }, 300_000);

  it("passes again once every byte is restored", async () => {
    const report = await verifyArchive(second.folder, { recompute: false });
    expect(report.problems).toEqual([]);
    expect(existsSync(path.join(root, "index.html"))).toBe(true);
  });
});
