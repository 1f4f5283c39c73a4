/**
 * Patient-level site files encrypted (issue 16) on fixture folders, without a site build: the
 * fixture goes through encryptSiteData as publish --encrypt-with-env does; verify finds no clear
 * patient-level file, reads the manifest's record, and with the passphrase decrypts each file to the
 * frozen data/ bytes; every departure is one line naming the file and the rule; encryptSiteData's
 * refusals write nothing.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptSiteData, passphraseFromEnv, patientLevelSiteFiles, siteMonthDir } from "../../src/archive/encryption/site-encryption.ts";
import { readEncryptedHeader } from "../../src/foundation/encrypted-file.ts";
import type { Manifest } from "../../src/archive/types.ts";
import { encryptionReadme } from "../../src/archive/readme-text.ts";
import { verifyArchive } from "../../src/archive/verify.ts";
import { fixturePublication, flipByte, forgeManifest, projectRoot, tempArchiveRoot } from "./archive-fixture.ts";

const PASSPHRASE = "escrowed study passphrase 2026";
let root: string;
let folder: string;
let manifest: Manifest;
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

beforeAll(async () => {
  root = await tempArchiveRoot("encrypt");
  ({ folder, manifest } = await fixturePublication(root, { study: "ENC-A", encryptWith: PASSPHRASE }));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const siteFile = (name: string) => path.join(folder, ...siteMonthDir("ENC-A", "2026-01").split("/"), name);

describe("encrypted patient-level site files", () => {
  it("publish's encryption: the site copies of the three tables, the exclusion log and the model's test rows are encrypted; the manifest records them, their plaintext SHA-256 and the KDF", async () => {
    const enc = manifest.encryption;
    expect(enc?.kdf).toMatchObject({ name: "PBKDF2-SHA-256", iterations: 600_000 });
    expect(enc?.kdf.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(enc?.files.map((f) => f.path)).toEqual([
      "site/_file/data/built/ENC-A/2026-01/adverse_events.89abef01.parquet",
      "site/_file/data/built/ENC-A/2026-01/consort.2468ace1.json",
      "site/_file/data/built/ENC-A/2026-01/exclusions.13579bdf.json",
      "site/_file/data/built/ENC-A/2026-01/models/dropout.2468ace0.json",
      "site/_file/data/built/ENC-A/2026-01/subjects.0123abcd.parquet",
      "site/_file/data/built/ENC-A/2026-01/tables/14-3.01.0246bdf1.csv",
      "site/_file/data/built/ENC-A/2026-01/tables/trial-tables.1357acef.json",
      "site/_file/data/built/ENC-A/2026-01/visits.4567cdef.parquet",
    ]);
    expect(enc?.files.map((f) => f.name)).toEqual([
      "adverse_events.parquet",
      "consort.json",
      "exclusions.json",
      "models/dropout.json",
      "subjects.parquet",
      "tables/14-3.01.csv",
      "tables/trial-tables.json",
      "visits.parquet",
    ]);
    expect(enc?.scope).toEqual([
      "subjects.parquet",
      "visits.parquet",
      "adverse_events.parquet",
      "exclusions.json",
      "models/dropout.json",
      "models/adverse-events.json",
      "models/monitoring.json",
      "consort.json",
      "survival.json",
      "tables/trial-tables.json",
      "tables/*.csv",
      "tables/*.rtf",
    ]);
    // The locked view stays in the clear: it is what a reader without the passphrase sees.
    expect(JSON.parse(await readFile(siteFile("locked/consort.0a1b2c3d.json"), "utf-8")).locked).toEqual({ threshold: 5, suppressed: 1 });
    for (const f of enc?.files ?? []) {
      const bytes = await readFile(path.join(folder, f.path));
      expect(bytes.subarray(0, 4).toString("latin1"), f.path).not.toBe("PAR1");
      // No subject identifier or fixture text survives in the ciphertext.
      for (const clear of ["fixture", "01-701-10", "screen-failure", "p_mlp", "adverse event", "2 (2.4%)"])
        expect(bytes.includes(Buffer.from(clear)), `${f.path}: ${clear}`).toBe(false);
      if (!f.name.includes("/")) expect(f.plaintextSha256).toBe(sha(await readFile(path.join(folder, "data", f.name))));
      expect(readEncryptedHeader(bytes, f.path).header).toMatchObject({ name: f.name, sha256: f.plaintextSha256, kdf: enc?.kdf });
    }
    // README.txt's paragraph names the files, the KDF and where the passphrase is (not here).
    const readme = encryptionReadme(enc);
    expect(readme).toContain("  site/_file/data/built/ENC-A/2026-01/subjects.0123abcd.parquet\n");
    expect(readme).toContain("data/exclusions.json, models/dropout.json, data/subjects.parquet");
    expect(readme).toContain(`PBKDF2-SHA-256, 600000 iterations, salt ${enc?.kdf.salt}`);
    expect(readme).toContain("escrowed in the\n  sponsor's quality system");
    expect(readme).not.toContain(PASSPHRASE);
    expect(encryptionReadme(undefined)).toBe("");
    // The manifest lists (and so seals) the encrypted bytes.
    expect(manifest.files.map((f) => f.path)).toContain("site/_file/data/built/ENC-A/2026-01/visits.4567cdef.parquet");
  });

  it("verify: no clear patient-level file; without the passphrase a note, with it every file decrypts to data/", async () => {
    const plain = await verifyArchive(folder, { recompute: false });
    expect(plain.problems).toEqual([]);
    expect(plain.passed).toContainEqual(
      expect.stringMatching(
        /^8 site file\(s\) encrypted \(AES-256-GCM, PBKDF2-SHA-256 × 600,000\): the patient-level rows and the aggregates with cells of fewer than 5 subjects; none in the clear/,
      ),
    );
    expect(plain.notes).toContainEqual(expect.stringMatching(/the 8 encrypted file\(s\) were not decrypted/));
    const withKey = await verifyArchive(folder, { recompute: false, passphrase: PASSPHRASE, requireEncrypted: true });
    expect(withKey.ok).toBe(true);
    expect(withKey.passed).toContain(
      "8 encrypted file(s) decrypt with the study passphrase to the frozen data/ bytes or, in a sub-folder (models/, tables/), the manifest's plaintext SHA-256",
    );
  });

  it("verify with a wrong passphrase: one line per file naming it", async () => {
    const report = await verifyArchive(folder, { recompute: false, passphrase: "not the study passphrase at all" });
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(8);
    expect(report.problems[3]).toMatch(/^site\/_file\/data\/built\/ENC-A\/2026-01\/models\/dropout\.2468ace0\.json \(models\/dropout\.json\): \[wrong-passphrase\]/);
    expect(report.problems[4]).toMatch(
      /^site\/_file\/data\/built\/ENC-A\/2026-01\/subjects\.0123abcd\.parquet \(subjects\.parquet\): \[wrong-passphrase\] wrong passphrase or altered file/,
    );
  });

  it("a clear-text patient-level file in the published site is an error naming it, even with the manifest re-sealed", async () => {
    const target = siteFile("visits.4567cdef.parquet");
    const encrypted = await readFile(target);
    await writeFile(target, await readFile(path.join(folder, "data", "visits.parquet")));
    const restore = await forgeManifest(root, folder, (m) => {
      const entry = m.files.find((f) => f.path.endsWith("visits.4567cdef.parquet"));
      if (entry) entry.sha256 = createHash("sha256").update(Buffer.from(`PAR1 fixture visits ENC-A 2026-01 r0 PAR1`)).digest("hex");
    });
    try {
      const report = await verifyArchive(folder, { recompute: false });
      expect(report.problems).toEqual([
        "site/_file/data/built/ENC-A/2026-01/visits.4567cdef.parquet: [clear-patient-data] a Parquet file in the clear (PAR1): a published site must hold no patient-level rows in the clear (the manifest records it as encrypted)",
      ]);
    } finally {
      await restore();
      await writeFile(target, encrypted);
    }
    expect((await verifyArchive(folder, { recompute: false })).ok).toBe(true);
  });

  it("a model's test rows or the exclusion log in the clear are named; an archive published before they were covered gets a note, and fails --require-encrypted", async () => {
    const models = siteFile("models/dropout.2468ace0.json");
    const encrypted = await readFile(models);
    const clear = Buffer.from(`${JSON.stringify({ task: "dropout", test: { columns: ["subject_id"], rows: [["01-701-1023"]] } })}\n`);
    await writeFile(models, clear);
    const reseal = (dropRecord: boolean) =>
      forgeManifest(root, folder, (m) => {
        const entry = m.files.find((f) => f.path.endsWith("models/dropout.2468ace0.json"));
        if (entry) entry.sha256 = sha(clear);
        if (dropRecord && m.encryption) {
          // As published when the rule covered the three Parquet tables only.
          delete m.encryption.scope;
          m.encryption.files = m.encryption.files.filter((f) => !f.name.startsWith("models/"));
        }
      });
    let restore = await reseal(false);
    try {
      const report = await verifyArchive(folder, { recompute: false });
      expect(report.problems).toEqual([
        "site/_file/data/built/ENC-A/2026-01/models/dropout.2468ace0.json: [clear-patient-data] a JSON file in the clear: a published site must hold no patient-level rows in the clear (the manifest records it as encrypted)",
      ]);
      await restore();
      restore = await reseal(true);
      const old = await verifyArchive(folder, { recompute: false });
      expect(old.problems).toEqual([]);
      expect(old.notes).toContainEqual(
        expect.stringMatching(
          /^published before the exclusion log and the models' rows were encrypted: site\/_file\/data\/built\/ENC-A\/2026-01\/models\/dropout\.2468ace0\.json hold patient-level rows in the clear/,
        ),
      );
      const strict = await verifyArchive(folder, { recompute: false, requireEncrypted: true });
      expect(strict.problems).toContainEqual(expect.stringMatching(/models\/dropout\.2468ace0\.json: \[clear-patient-data\] a JSON file in the clear/));
    } finally {
      await restore();
      await writeFile(models, encrypted);
    }
    expect((await verifyArchive(folder, { recompute: false })).ok).toBe(true);
  });

  it("an aggregate with small cells in the clear (a trial table's CSV) is named; an archive published before the aggregates were covered gets a note, and fails --require-encrypted", async () => {
    const table = siteFile("tables/14-3.01.0246bdf1.csv");
    const encrypted = await readFile(table);
    const clear = Buffer.from("row,Placebo\r\nadverse event,2 (2.4%)\r\n");
    await writeFile(table, clear);
    const reseal = (asBefore: boolean) =>
      forgeManifest(root, folder, (m) => {
        const entry = m.files.find((f) => f.path.endsWith("tables/14-3.01.0246bdf1.csv"));
        if (entry) entry.sha256 = sha(clear);
        if (asBefore && m.encryption) {
          // As published when the rule covered the patient-level files only.
          m.encryption.scope = m.encryption.scope?.filter((name) => !/^(consort|survival)\.json$|^tables\//.test(name));
          m.encryption.files = m.encryption.files.filter((f) => f.name !== "tables/14-3.01.csv");
        }
      });
    let restore = await reseal(false);
    try {
      expect((await verifyArchive(folder, { recompute: false })).problems).toEqual([
        "site/_file/data/built/ENC-A/2026-01/tables/14-3.01.0246bdf1.csv: [clear-small-cells] an aggregate in the clear that holds cells of fewer than 5 subjects: a published site must show only its locked view in the clear (the manifest records it as encrypted)",
      ]);
      await restore();
      restore = await reseal(true);
      const old = await verifyArchive(folder, { recompute: false });
      expect(old.problems).toEqual([]);
      expect(old.notes).toContainEqual(
        "published before the aggregates with small cells were encrypted: 1 file(s) (site/_file/data/built/ENC-A/2026-01/tables/14-3.01.0246bdf1.csv) show cells of fewer than 5 subjects in the clear (verify --require-encrypted fails it)",
      );
      const strict = await verifyArchive(folder, { recompute: false, requireEncrypted: true });
      expect(strict.problems).toContainEqual(expect.stringMatching(/tables\/14-3\.01\.0246bdf1\.csv: \[clear-small-cells\]/));
    } finally {
      await restore();
      await writeFile(table, encrypted);
    }
    expect((await verifyArchive(folder, { recompute: false })).ok).toBe(true);
  });

  it("a flipped ciphertext byte is named twice: by its SHA-256 and, given the passphrase, by the GCM tag", async () => {
    const restore = await flipByte(siteFile("subjects.0123abcd.parquet"), -20);
    try {
      const report = await verifyArchive(folder, { recompute: false, passphrase: PASSPHRASE });
      expect(report.problems).toContainEqual(expect.stringMatching(/^site\/_file\/data\/built\/ENC-A\/2026-01\/subjects\.0123abcd\.parquet: changed: SHA-256/));
      expect(report.problems).toContainEqual(
        expect.stringMatching(/^site\/_file\/data\/built\/ENC-A\/2026-01\/subjects\.0123abcd\.parquet \(subjects\.parquet\): \[altered-file\]/),
      );
    } finally {
      await restore();
    }
  });

  it("a manifest forged to record another plaintext SHA-256 (re-sealed) is caught without the passphrase", async () => {
    const restore = await forgeManifest(root, folder, (m) => {
      const entry = m.encryption?.files.find((f) => f.name === "adverse_events.parquet");
      if (entry) entry.plaintextSha256 = "0".repeat(64);
    });
    try {
      const report = await verifyArchive(folder, { recompute: false });
      expect(report.problems).toContainEqual(
        expect.stringMatching(
          /^site\/_file\/data\/built\/ENC-A\/2026-01\/adverse_events\.89abef01\.parquet: \[encryption-mismatch\] the header's plaintext SHA-256 [0-9a-f]{64} differs from the manifest's 0{64}$/,
        ),
      );
    } finally {
      await restore();
    }
  });

  it("an unencrypted publication: a note that the site holds patient-level rows in the clear; an error with requireEncrypted", async () => {
    const { folder: clear } = await fixturePublication(root, { study: "ENC-B" });
    const report = await verifyArchive(clear, { recompute: false });
    expect(report.ok).toBe(true);
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^the site holds 1 patient-level file\(s\) in the clear \(subjects\.parquet\): published without --encrypt-with-env; do not host this site publicly$/),
    );
    const strict = await verifyArchive(clear, { recompute: false, requireEncrypted: true });
    expect(strict.problems).toEqual([
      "site/_file/data/built/ENC-B/2026-01/subjects.0123abcd.parquet: [clear-patient-data] not an encrypted file: a published site must hold no patient-level rows in the clear (published without --encrypt-with-env)",
    ]);
  });

  it("encryptSiteData refuses, writing nothing: a short passphrase, fewer than 600,000 iterations, a site copy that is not the frozen data, a file already encrypted", async () => {
    const { folder: staging } = await fixturePublication(root, { study: "ENC-C", encryptWith: PASSPHRASE });
    const { folder: clear } = await fixturePublication(root, { study: "ENC-D" });
    const site = path.join(clear, ...siteMonthDir("ENC-D", "2026-01").split("/"), "subjects.0123abcd.parquet");
    const before = await readFile(site);
    await expect(encryptSiteData({ folder: clear, study: "ENC-D", month: "2026-01", passphrase: "short" })).rejects.toThrow(
      "publish --encrypt-with-env: [weak-passphrase] the study passphrase has 5 characters; at least 16 are required",
    );
    await expect(encryptSiteData({ folder: clear, study: "ENC-D", month: "2026-01", passphrase: PASSPHRASE, iterations: 100_000 })).rejects.toThrow(
      /\[weak-kdf\] PBKDF2 with 100000 iterations is refused/,
    );
    // The default fixture's bytes do not start with PAR1.
    await expect(encryptSiteData({ folder: clear, study: "ENC-D", month: "2026-01", passphrase: PASSPHRASE })).rejects.toThrow(
      "site/_file/data/built/ENC-D/2026-01/subjects.0123abcd.parquet: [not-clear-parquet] does not start with PAR1 (already encrypted, or not a Parquet file); nothing was encrypted",
    );
    expect((await readFile(site)).equals(before)).toBe(true);
    await expect(encryptSiteData({ folder: staging, study: "ENC-C", month: "2026-01", passphrase: PASSPHRASE })).rejects.toThrow(
      /adverse_events\.89abef01\.parquet: \[not-clear-parquet\]/,
    );
    // A site copy that differs from data/: nothing is written, the other files stay clear.
    const { folder: fresh } = await fixturePublication(root, { study: "ENC-E", encryptWith: PASSPHRASE });
    const dir = path.join(fresh, ...siteMonthDir("ENC-E", "2026-01").split("/"));
    for (const f of await patientLevelSiteFiles(fresh, "ENC-E", "2026-01"))
      await writeFile(path.join(fresh, ...f.rel.split("/")), f.name.includes("/") ? '{"task": "dropout"}\n' : await readFile(path.join(fresh, "data", f.name)));
    await writeFile(path.join(dir, "visits.4567cdef.parquet"), "PAR1 other rows PAR1");
    await expect(encryptSiteData({ folder: fresh, study: "ENC-E", month: "2026-01", passphrase: PASSPHRASE })).rejects.toThrow(
      /visits\.4567cdef\.parquet: \[not-frozen-data\] SHA-256 [0-9a-f]{64} is not that of data\/visits\.parquet/,
    );
    expect((await readFile(path.join(dir, "adverse_events.89abef01.parquet"))).subarray(0, 4).toString("latin1")).toBe("PAR1");
    expect((await readFile(path.join(dir, "subjects.0123abcd.parquet"))).subarray(0, 4).toString("latin1")).toBe("PAR1");
  });

  it("the passphrase comes from an environment variable, never the command line", () => {
    expect(passphraseFromEnv("STUDY_PASS", "publish --encrypt-with-env", { STUDY_PASS: PASSPHRASE })).toBe(PASSPHRASE);
    expect(() => passphraseFromEnv("STUDY_PASS", "publish --encrypt-with-env", {})).toThrow(
      "publish --encrypt-with-env STUDY_PASS: [no-passphrase] the environment variable STUDY_PASS is not set or empty",
    );
    expect(() => passphraseFromEnv("my secret phrase", "verify --decrypt-with-env", {})).toThrow(/\[bad-variable\] give the name of an environment variable/);
  });

  it("npm run verify -- <folder> --decrypt-with-env VAR --require-encrypted (the CLI, one tsx process)", async () => {
    const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
    const run = (env: NodeJS.ProcessEnv) =>
      promisify(execFile)(tsx, [path.join(projectRoot, "src", "archive", "cli", "verify.ts"), folder, "--hashes-only", "--decrypt-with-env", "STUDY_PASS", "--require-encrypted"], {
        cwd: projectRoot,
        env: { ...process.env, ...env },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const good = await run({ STUDY_PASS: PASSPHRASE });
    expect(good.code, good.out).toBe(0);
    expect(good.out).toContain(
      "ok    8 encrypted file(s) decrypt with the study passphrase to the frozen data/ bytes or, in a sub-folder (models/, tables/), the manifest's plaintext SHA-256",
    );
    const bad = await run({ STUDY_PASS: "a wrong study passphrase" });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/FAIL {2}site\/_file\/data\/built\/ENC-A\/2026-01\/visits\.4567cdef\.parquet \(visits\.parquet\): \[wrong-passphrase\]/);
  }, 60_000);
});
