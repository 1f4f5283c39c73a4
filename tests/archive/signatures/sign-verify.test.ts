/**
 * Signing and verifying publication folders (fixture folders, no site build): the round trip
 * author → reviewed → approved, and each rejection with its named rule.
 */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshArchiveIndex } from "../../../src/archive/archive-listing.ts";
import { readLedger, readLedgerLines } from "../../../src/archive/ledger.ts";
import { createKeyPair, loadSigningKey, type SigningKey } from "../../../src/archive/signatures/key-pair.ts";
import { appendSignature, signPublication } from "../../../src/archive/signatures/sign-publication.ts";
import { signManifest, type SignatureRecord } from "../../../src/archive/signatures/signature-record.ts";
import { SIGNATURES_FILE } from "../../../src/archive/signatures/signatures-file.ts";
import { readTrustedKeys, trustKey, type TrustedKeys } from "../../../src/archive/signatures/trusted-keys.ts";
import { verifyArchive } from "../../../src/archive/verify.ts";
import type { Manifest } from "../../../src/archive/types.ts";
import { fixturePublication, flipByte, forgeManifest, tempArchiveRoot } from "../archive-fixture.ts";

let root: string;
let keysDir: string;
let trusted: TrustedKeys;
const keys: Record<string, SigningKey> = {};
const PASS = "fixture passphrase";

beforeAll(async () => {
  root = await tempArchiveRoot("sign");
  keysDir = await tempArchiveRoot("sign-keys");
  const trustedFile = path.join(keysDir, "trusted-keys.json");
  const people: Array<[string, string, boolean]> = [
    ["dana", "Dana Statistician", true],
    ["dana2", "Dana Statistician", true], // the author's second key, same name
    ["kim", "Kim Reviewer", true],
    ["lee", "Lee Approver", true],
    ["mallory", "Mallory Outsider", false],
  ];
  for (const [id, name, trust] of people) {
    const made = await createKeyPair({ name, outDir: path.join(keysDir, id), passphrase: PASS });
    if (trust) await trustKey(made.publicFile, trustedFile);
    keys[id] = await loadSigningKey(made.keyFile, PASS);
  }
  trusted = await readTrustedKeys(trustedFile);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(keysDir, { recursive: true, force: true });
});

const at = (minute: number) => () => new Date(Date.UTC(2026, 1, 2, 10, minute));

/** A fixture publication signed "authored" by Dana, through the last step of `publish --key` (sealPublication). */
async function authored(study: string): Promise<{ folder: string; manifest: Manifest }> {
  const { folder, manifest, authored: signature } = await fixturePublication(root, { study, signingKey: keys.dana, signedAt: "2026-02-01T09:30:00.000Z" });
  expect(signature?.meaning).toBe("authored");
  expect(manifest.publication.signingKey).toEqual({ name: "Dana Statistician", keyId: keys.dana?.record.keyId });
  return { folder, manifest };
}

const sign = (folder: string, who: string, meaning: "reviewed" | "approved", minute = 0) => signPublication({ folder, key: keys[who] as SigningKey, meaning, now: at(minute) });
const check = (folder: string, options: { requireApproved?: boolean; noKeys?: boolean } = {}) =>
  verifyArchive(folder, { recompute: false, ...(options.noKeys ? {} : { trustedKeys: trusted }), requireApproved: options.requireApproved });

async function editSignatures(folder: string, change: (signatures: SignatureRecord[]) => void): Promise<void> {
  const file = path.join(folder, SIGNATURES_FILE);
  const doc = JSON.parse(await readFile(file, "utf-8"));
  change(doc.signatures);
  await writeFile(file, JSON.stringify(doc, null, 2));
}

describe("round trip: authored → reviewed → approved", () => {
  it("is a draft until someone else approves, then approved by them; every signature verifies", async () => {
    const { folder } = await authored("RT");
    let report = await check(folder);
    expect(report.problems).toEqual([]);
    expect(report.signatures?.statusText).toBe("draft");

    await sign(folder, "kim", "reviewed", 1);
    report = await check(folder);
    expect(report.ok).toBe(true);
    expect(report.signatures?.statusText).toBe("draft");

    await sign(folder, "lee", "approved", 2);
    report = await check(folder, { requireApproved: true });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.signatures?.statusText).toBe("approved by Lee Approver");
    expect(report.signatures?.valid).toEqual([
      expect.stringMatching(/^authored by Dana Statistician \(key [0-9a-f]{16}…\) at 2026-02-01T09:30:00\.000Z$/),
      expect.stringMatching(/^reviewed by Kim Reviewer \(key [0-9a-f]{16}…\) at 2026-02-02T10:01:00\.000Z$/),
      expect.stringMatching(/^approved by Lee Approver \(key [0-9a-f]{16}…\) at 2026-02-02T10:02:00\.000Z$/),
    ]);
    expect(report.passed).toContain("3 signature(s) verified against the trusted keys");

    // The ledger has a line per signature, each after its publication's line; the publication lines read as before.
    const lines = await readLedgerLines(root);
    expect(lines.filter((l) => l.folder === "RT/2026-01").map((l) => l.kind ?? "publication")).toEqual(["publication", "signature", "signature", "signature"]);
    expect(lines.filter((l) => l.kind === "signature" && l.folder === "RT/2026-01").map((l) => (l as { meaning: string }).meaning)).toEqual(["authored", "reviewed", "approved"]);
    expect((await readLedger(root)).filter((e) => e.folder === "RT/2026-01")).toHaveLength(1);
  });

  it("without trusted keys, verify says the signatures were not checked (and still passes the rest)", async () => {
    const { folder } = await authored("NOKEYS");
    const report = await check(folder, { noKeys: true });
    expect(report.ok).toBe(true);
    expect(report.signatures?.checked).toBe(false);
    expect(report.notes).toContainEqual(expect.stringMatching(/1 signature\(s\) NOT checked: no trusted-keys file given/));
    expect((await check(folder, { noKeys: true, requireApproved: true })).problems).toContainEqual(expect.stringMatching(/\[not-checked\]/));
  });

  it("an unsigned publication is a draft with a note, and an error when approval is required", async () => {
    const { folder } = await fixturePublication(root, { study: "UNSIGNED" });
    const report = await check(folder);
    expect(report.ok).toBe(true);
    expect(report.notes).toContain("no signatures (signatures.json absent or empty)");
    expect((await check(folder, { requireApproved: true })).problems).toEqual([expect.stringMatching(/^signatures\.json: \[not-approved\] the report is a draft/)]);
  });
});

describe("verify names", () => {
  it("[manifest-changed]: a manifest edited and re-sealed after it was signed", async () => {
    const { folder } = await authored("EDIT");
    await sign(folder, "lee", "approved");
    await forgeManifest(root, folder, (m) => {
      m.publication.analyst = "Someone Else";
    });
    const report = await check(folder);
    expect(report.ok).toBe(false);
    // The seal and ledger were rewritten consistently, so only the signatures can tell.
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(
      /^signatures\.json: signature #1 \(authored by Dana Statistician, key [0-9a-f]{16}…\): \[manifest-changed\] covers manifest SHA-256 [0-9a-f]{64}, but manifest\.json is now [0-9a-f]{64}/,
    );
    expect(report.problems[1]).toMatch(/signature #2 \(approved by Lee Approver.*\[manifest-changed\]/);
    expect(report.signatures?.statusText).toBe("draft");
  });

  it("[untrusted-key]: a signature by a key not in the trusted-keys file", async () => {
    const { folder, manifest } = await authored("UNTRUSTED");
    const sha = (await readLedger(root)).find((e) => e.folder === "UNTRUSTED/2026-01")?.manifestSha256 as string;
    await appendSignature(folder, manifest.publication, signManifest(keys.mallory as SigningKey, "approved", manifest.publication, sha, "2026-02-02T10:00:00.000Z"));
    const report = await check(folder, { requireApproved: true });
    expect(report.problems[0]).toMatch(
      /^signatures\.json: signature #2 \(approved by Mallory Outsider, key [0-9a-f]{16}…\): \[untrusted-key\] key [0-9a-f]{64} is not in the trusted-keys file$/,
    );
    expect(report.signatures?.statusText).toBe("draft");
  });

  it("[forged-signature]: the signed bytes changed (time, meaning) after signing", async () => {
    const { folder } = await authored("FORGED");
    await sign(folder, "kim", "reviewed");
    await editSignatures(folder, (s) => {
      (s[1] as SignatureRecord).meaning = "approved"; // a review turned into an approval
    });
    let report = await check(folder);
    expect(report.problems).toEqual([
      expect.stringMatching(/^signatures\.json: signature #2 \(approved by Kim Reviewer, .*\[forged-signature\] the Ed25519 signature does not match the signed fields/),
    ]);
    expect(report.signatures?.statusText).toBe("draft");
    await editSignatures(folder, (s) => {
      (s[1] as SignatureRecord).meaning = "reviewed";
      (s[0] as SignatureRecord).signedAt = "2026-02-01T09:30:01.000Z"; // one second later
    });
    report = await check(folder);
    expect(report.problems).toEqual([expect.stringMatching(/signature #1 \(authored by Dana.*\[forged-signature\]/)]);
  });

  it("[signer-name-mismatch]: a signature whose printed name is not its key's", async () => {
    const { folder } = await authored("RENAMED");
    await editSignatures(folder, (s) => {
      (s[0] as SignatureRecord).signer = "Dana Statistician PhD";
    });
    expect((await check(folder)).problems).toEqual([
      expect.stringMatching(/\[signer-name-mismatch\] signed as "Dana Statistician PhD", but the trusted-keys file gives key [0-9a-f]{16}… to "Dana Statistician"/),
    ]);
  });

  it("[copied-signature]: an approval copied from one folder to another, as is or re-pointed", async () => {
    const a = await authored("COPY-A");
    const b = await authored("COPY-B");
    const { record } = await sign(a.folder, "lee", "approved");
    // As is (and with the copier adding a ledger line too): it covers A's manifest.
    await appendSignature(b.folder, b.manifest.publication, record);
    let report = await check(b.folder, { requireApproved: true });
    expect(report.problems).toContainEqual(
      expect.stringMatching(
        /^signatures\.json: signature #2 \(approved by Lee Approver, .*\): \[copied-signature\] covers the manifest of COPY-A\/2026-01 \(SHA-256 [0-9a-f]{64}\), not this publication's COPY-B\/2026-01/,
      ),
    );
    expect(report.signatures?.statusText).toBe("draft");
    // Re-pointed at B's manifest hash: the signed bytes no longer match.
    const bSha = (await readLedger(root)).find((e) => e.folder === "COPY-B/2026-01")?.manifestSha256 as string;
    await editSignatures(b.folder, (s) => {
      (s[1] as SignatureRecord).manifestSha256 = bSha;
    });
    report = await check(b.folder);
    expect(report.problems).toEqual([expect.stringMatching(/signature #2 \(approved by Lee Approver.*\[forged-signature\]/)]);
    // A is untouched and approved.
    expect((await check(a.folder, { requireApproved: true })).signatures?.statusText).toBe("approved by Lee Approver");
  });

  it("[author-approval]: an approval by the author alone (same key, or another key under the same name) leaves a draft", async () => {
    const { folder, manifest } = await authored("SELF");
    await expect(sign(folder, "dana", "approved")).rejects.toThrow(
      /\[author-self-signature\] Dana Statistician \(key [0-9a-f]{16}…\) is the author of SELF 2026-01; the author cannot sign it "approved"/,
    );
    await expect(sign(folder, "dana2", "reviewed")).rejects.toThrow(/\[author-self-signature\]/);
    // Written anyway by other means (both the author's keys are trusted): verify still says draft.
    const sha = (await readLedger(root)).find((e) => e.folder === "SELF/2026-01")?.manifestSha256 as string;
    for (const who of ["dana", "dana2"]) {
      await appendSignature(folder, manifest.publication, signManifest(keys[who] as SigningKey, "approved", manifest.publication, sha, "2026-02-02T11:00:00.000Z"));
    }
    let report = await check(folder);
    expect(report.ok).toBe(true);
    expect(report.signatures?.valid).toHaveLength(3);
    expect(report.signatures?.statusText).toBe("draft");
    expect(report.notes).toContainEqual(expect.stringMatching(/^signatures\.json: \[author-approval\] approved only by the author \(Dana Statistician\)/));
    report = await check(folder, { requireApproved: true });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/\[author-approval\] approved only by the author/)]);
  });

  it("[signature-removed] and [not-in-ledger]: signatures.json and the ledger disagree", async () => {
    const { folder } = await authored("LEDGER");
    await sign(folder, "lee", "approved");
    const saved = await readFile(path.join(folder, SIGNATURES_FILE), "utf-8");
    await editSignatures(folder, (s) => void s.pop()); // the approval deleted
    expect((await check(folder)).problems).toEqual([
      expect.stringMatching(/^signatures\.json: \[signature-removed\] the ledger records a signature \(approved by Lee Approver at 2026-02-02T10:00:00\.000Z\)/),
    ]);
    await writeFile(path.join(folder, SIGNATURES_FILE), saved);
    await sign(folder, "kim", "reviewed");
    const lines = (await readFile(path.join(root, "ledger.jsonl"), "utf-8")).trimEnd().split("\n");
    await writeFile(path.join(root, "ledger.jsonl"), `${lines.slice(0, -1).join("\n")}\n`); // its ledger line lost
    expect((await check(folder)).problems).toEqual([expect.stringMatching(/signature #3 \(reviewed by Kim Reviewer.*\[not-in-ledger\]/)]);
  });

  it("[moved-publication]: a signed folder copied whole to another place in the archive", async () => {
    const { folder } = await authored("MOVE");
    await sign(folder, "lee", "approved");
    const copy = path.join(root, "MOVE", "2026-02");
    await cp(folder, copy, { recursive: true });
    const problems = (await check(copy)).problems.join("\n");
    expect(problems).toMatch(/^signatures\.json: \[moved-publication\] the manifest and its signatures are for MOVE\/2026-01, but this folder is MOVE\/2026-02/m);
    expect((await check(folder)).ok).toBe(true);
  });

  it("[signed-before-publication]: a signature dated before the publication", async () => {
    const { folder, manifest } = await fixturePublication(root, { study: "EARLY" });
    const sha = (await readLedger(root)).find((e) => e.folder === "EARLY/2026-01")?.manifestSha256 as string;
    await appendSignature(folder, manifest.publication, signManifest(keys.dana as SigningKey, "authored", manifest.publication, sha, "2026-01-31T00:00:00.000Z"));
    expect((await check(folder)).problems).toEqual([
      expect.stringMatching(/\[signed-before-publication\] signed at 2026-01-31T00:00:00\.000Z, before the publication started at 2026-02-01T09:00:00\.000Z/),
    ]);
  });

  it("[malformed-signature] and a signatures.json that is not JSON", async () => {
    const { folder } = await authored("MALFORMED");
    await editSignatures(folder, (s) => {
      (s[0] as { meaning: string }).meaning = "witnessed";
    });
    expect((await check(folder)).problems).toContainEqual(
      expect.stringMatching(/signature #1 .*\[malformed-signature\] meaning "witnessed" is not one of authored, reviewed, approved/),
    );
    await writeFile(path.join(folder, SIGNATURES_FILE), "{");
    expect((await check(folder)).problems).toEqual([expect.stringMatching(/signatures\.json: \[not-json\]/)]);
  });
});

describe("the archive index", () => {
  it("shows each publication once, Draft or Approved with the signers, checked against the trusted keys when given", async () => {
    const { folder } = await authored("INDEX");
    await sign(folder, "lee", "approved");
    const publications = (await readLedger(root)).length;
    let entries = await refreshArchiveIndex(root, "now");
    expect(entries).toHaveLength(publications); // signature lines are not rows
    let html = await readFile(path.join(root, "index.html"), "utf-8");
    const row = (h: string) => h.split('<tr data-folder="INDEX/2026-01">')[1]?.split("</tr>")[0] ?? "";
    expect(row(html)).toContain('<span class="badge ok">Approved</span> by Lee Approver');
    expect(row(html)).toContain("not checked against a trusted-keys file");
    entries = await refreshArchiveIndex(root, "now", undefined, trusted);
    html = await readFile(path.join(root, "index.html"), "utf-8");
    expect(row(html)).not.toContain("not checked");
    expect(row(html)).toContain("authored: Dana Statistician");
    expect(html.split('<tr data-folder="RT/2026-01">')[1]?.split("</tr>")[0]).toContain("Approved");
    expect(html.split('<tr data-folder="UNTRUSTED/2026-01">')[1]?.split("</tr>")[0]).toMatch(/badge draft">Draft<.*\[untrusted-key\]/s);
  });
});

describe("sign refuses", () => {
  it("a folder that does not verify, writing nothing", async () => {
    const { folder } = await authored("CHANGED");
    const before = await readFile(path.join(folder, SIGNATURES_FILE), "utf-8");
    const ledgerBefore = await readFile(path.join(root, "ledger.jsonl"), "utf-8");
    const restore = await flipByte(path.join(folder, "data", "subjects.parquet"));
    await expect(sign(folder, "lee", "approved")).rejects.toThrow(/\[not-verified\] does not verify, so it cannot be signed: data\/subjects\.parquet: changed/);
    expect(await readFile(path.join(folder, SIGNATURES_FILE), "utf-8")).toBe(before);
    expect(await readFile(path.join(root, "ledger.jsonl"), "utf-8")).toBe(ledgerBefore);
    await restore();
  });

  it("the same meaning twice with the same key", async () => {
    const { folder } = await authored("TWICE");
    await sign(folder, "kim", "reviewed");
    await expect(sign(folder, "kim", "reviewed")).rejects.toThrow(/\[already-signed\] Kim Reviewer already signed TWICE 2026-01 "reviewed"/);
  });
});
