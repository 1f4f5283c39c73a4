/**
 * Publication refusals that happen before anything is built: a dirty working tree (unless
 * `allowDirty`), no analyst, a signing key that is not the analyst's, an unknown data cut, an
 * empty override or revision reason, a study passphrase too short to encrypt with. Each is a PublishRefused and leaves the archive root without
 * a trace of the attempt.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish, PublishRefused, type PublishOptions } from "../../src/archive/publish.ts";
import { createKeyPair, loadSigningKey, type SigningKey } from "../../src/archive/signatures/key-pair.ts";
import { projectRoot, tempArchiveRoot } from "./archive-fixture.ts";

let root: string;
let repo: string;
let kim: SigningKey;

beforeAll(async () => {
  root = await tempArchiveRoot("refusals");
  repo = await mkdtemp(path.join(tmpdir(), "archive-dirty-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@local", ...args], { cwd: repo });
  git("init", "-q");
  await writeFile(path.join(repo, "committed.txt"), "a\n");
  git("add", "committed.txt");
  git("commit", "-qm", "initial");
  await writeFile(path.join(repo, "committed.txt"), "changed\n");
  await writeFile(path.join(repo, "uncommitted.txt"), "x\n");
  const made = await createKeyPair({ name: "Kim Reviewer", outDir: path.join(repo, "keys"), passphrase: "kim passphrase" });
  kim = await loadSigningKey(made.keyFile, "kim passphrase");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(repo, { recursive: true, force: true });
});

const base = (): PublishOptions => ({ study: "SYN-CONF-C", month: "2026-01", analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true });

describe("publish refuses", () => {
  it("a working tree with uncommitted changes, listing them", async () => {
    const attempt = publish({ ...base(), projectRoot: repo, allowDirty: false });
    await expect(attempt).rejects.toBeInstanceOf(PublishRefused);
    await expect(attempt).rejects.toThrow(/uncommitted changes.*--allow-dirty.*committed\.txt.*uncommitted\.txt/s);
  });

  it("a publication without an analyst", async () => {
    await expect(publish({ ...base(), analyst: "  " })).rejects.toThrow(/--analyst <name> is required/);
  });

  it("a signing key whose printed name is not the --analyst given", async () => {
    const attempt = publish({ ...base(), signingKey: kim });
    await expect(attempt).rejects.toBeInstanceOf(PublishRefused);
    await expect(attempt).rejects.toThrow(/--analyst "Test Analyst" is not the printed name of the signing key [0-9a-f]{16}… \("Kim Reviewer"\)/);
  });

  it("but with a key and no --analyst, the key's name is the analyst (the next rule is reached)", async () => {
    await expect(publish({ ...base(), analyst: undefined, signingKey: kim, projectRoot: repo, allowDirty: false })).rejects.toThrow(/uncommitted changes/);
    await expect(publish({ ...base(), analyst: " kim  reviewer ", signingKey: kim, month: "2031-01" })).rejects.toThrow(/has no data cut 2031-01/);
  });

  it("a month that is not a data cut of the study", async () => {
    await expect(publish({ ...base(), month: "2031-01" })).rejects.toThrow(/SYN-CONF-C has no data cut 2031-01/);
  });

  it("an override or a revision without a reason", async () => {
    await expect(publish({ ...base(), override: "" })).rejects.toThrow(/--override needs a non-empty reason/);
    await expect(publish({ ...base(), revise: " " })).rejects.toThrow(/--revise needs a non-empty reason/);
  });

  it("a study passphrase too short to encrypt the site's patient-level files with (before anything is built)", async () => {
    const attempt = publish({ ...base(), encryptionPassphrase: "letmein" });
    await expect(attempt).rejects.toBeInstanceOf(PublishRefused);
    await expect(attempt).rejects.toThrow("publish --encrypt-with-env: [weak-passphrase] the study passphrase has 7 characters; at least 16 are required");
  });

  it("and leaves the archive root empty", async () => {
    expect(await readdir(root)).toEqual([]);
  });
});
