/**
 * Key pairs on disk (`npm run keys -- new`), opening a key with its passphrase, and the
 * trusted-keys file (`npm run keys -- trust`).
 */
import { createHash, createPublicKey, sign, verify } from "node:crypto";
import { copyFile, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeyPair, loadSigningKey, publicFileOf, type NewKeyFiles } from "../../../src/archive/signatures/key-pair.ts";
import { readPassphrase } from "../../../src/archive/signatures/passphrase.ts";
import { readTrustedKeys, trustKey } from "../../../src/archive/signatures/trusted-keys.ts";
import { tempArchiveRoot } from "../archive-fixture.ts";

let dir: string;
let dana: NewKeyFiles;
let kim: NewKeyFiles;
const PASS = "correct horse battery";

beforeAll(async () => {
  dir = await tempArchiveRoot("keys");
  dana = await createKeyPair({
    name: "  Dana   Statistician ",
    email: "dana@example.org",
    outDir: path.join(dir, "dana"),
    passphrase: PASS,
    now: () => new Date("2026-01-05T08:00:00Z"),
  });
  kim = await createKeyPair({ name: "Kim Reviewer", outDir: path.join(dir, "kim"), passphrase: "another passphrase" });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("keys new", () => {
  it("writes <id>.key.pem (0600, encrypted) and <id>.pub.json with keyId = SHA-256 of the raw public key", async () => {
    const pub = JSON.parse(await readFile(dana.publicFile, "utf-8"));
    expect(pub).toMatchObject({ format: "trial-signing-key/1", name: "Dana Statistician", email: "dana@example.org", created: "2026-01-05T08:00:00.000Z" });
    const raw = Buffer.from(createPublicKey({ key: Buffer.from(pub.publicKey, "base64"), format: "der", type: "spki" }).export({ format: "jwk" }).x as string, "base64url");
    expect(raw).toHaveLength(32);
    expect(pub.keyId).toBe(createHash("sha256").update(raw).digest("hex"));
    expect(path.basename(dana.keyFile)).toBe(`${pub.keyId.slice(0, 16)}.key.pem`);
    expect((await stat(dana.keyFile)).mode & 0o777).toBe(0o600);
    const pem = await readFile(dana.keyFile, "utf-8");
    expect(pem).toMatch(/^-----BEGIN TRIAL ARCHIVE ENCRYPTED SIGNING KEY-----\n/);
    expect(pem).not.toContain("PRIVATE KEY-----"); // never a plain PKCS#8 PEM
  });

  it("refuses an empty name and a bad e-mail, writing nothing", async () => {
    await expect(createKeyPair({ name: " ", outDir: path.join(dir, "none"), passphrase: PASS })).rejects.toThrow(/^--name: \[no-name\]/);
    await expect(createKeyPair({ name: "X", email: "not an address", outDir: path.join(dir, "none"), passphrase: PASS })).rejects.toThrow(/^--email: \[bad-email\]/);
    await expect(stat(path.join(dir, "none"))).rejects.toThrow(/ENOENT/);
  });
});

describe("opening a key", () => {
  it("with its passphrase gives a key that signs for its public key", async () => {
    const key = await loadSigningKey(dana.keyFile, PASS);
    expect(key.record.name).toBe("Dana Statistician");
    const pub = createPublicKey({ key: Buffer.from(key.record.publicKey, "base64"), format: "der", type: "spki" });
    expect(verify(null, Buffer.from("x"), pub, sign(null, Buffer.from("x"), key.privateKey))).toBe(true);
  });

  it("with the wrong passphrase is a one-line error naming the key file", async () => {
    const attempt = loadSigningKey(dana.keyFile, "wrong passphrase!");
    await expect(attempt).rejects.toThrow(`${dana.keyFile}: [wrong-passphrase] the passphrase does not open this key`);
    await expect(attempt).rejects.not.toThrow(/\n/);
  });

  it("refuses a key file whose .pub.json beside it is another person's key", async () => {
    const moved = path.join(dir, "mixed.key.pem");
    await copyFile(dana.keyFile, moved);
    await copyFile(kim.publicFile, publicFileOf(moved));
    await expect(loadSigningKey(moved, PASS)).rejects.toThrow(/mixed\.pub\.json: \[key-id-mismatch\] is the public key [0-9a-f]{64}, not the key/);
  });

  it("refuses a file that is not a key", async () => {
    await writeFile(path.join(dir, "junk.key.pem"), "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n");
    await expect(loadSigningKey(path.join(dir, "junk.key.pem"), PASS)).rejects.toThrow(/junk\.key\.pem: \[not-a-key-file\]/);
  });
});

describe("passphrase", () => {
  it("comes from TRIAL_KEY_PASSPHRASE; a new key's must be 10 characters or more", async () => {
    expect(await readPassphrase({ purpose: "k", env: { TRIAL_KEY_PASSPHRASE: "abc" } })).toBe("abc");
    await expect(readPassphrase({ purpose: "k", isNew: true, env: { TRIAL_KEY_PASSPHRASE: "short" } })).rejects.toThrow(/\[weak-passphrase\]/);
    await expect(readPassphrase({ purpose: "k", env: { TRIAL_KEY_PASSPHRASE: "" } })).rejects.toThrow(/\[no-passphrase\] the passphrase is empty/);
  });

  // Vitest workers have no terminal on stdin; on one, this would prompt instead.
  it.skipIf(Boolean(process.stdin.isTTY))("without the variable and without a terminal is an error, not a hang", async () => {
    await expect(readPassphrase({ purpose: "the key x", env: {} })).rejects.toThrow(/^TRIAL_KEY_PASSPHRASE: \[no-passphrase\] not set and no terminal/);
  });
});

describe("trusted keys", () => {
  it("trust appends a key (creating the file), refuses it twice, and reads back checked", async () => {
    const file = path.join(dir, "qms", "trusted-keys.json");
    // The QMS folder must exist: nothing is created around the file.
    await expect(trustKey(dana.publicFile, file)).rejects.toThrow(`${file}: [unwritable] cannot be written (ENOENT)`);
    const trusted = path.join(dir, "trusted-keys.json");
    await trustKey(dana.publicFile, trusted, () => new Date("2026-01-06T00:00:00Z"));
    await trustKey(kim.publicFile, trusted);
    await expect(trustKey(dana.publicFile, trusted)).rejects.toThrow(
      /trusted-keys\.json: \[already-trusted\] already holds key [0-9a-f]{64} \(Dana Statistician, trusted 2026-01-06T00:00:00\.000Z\)/,
    );
    const read = await readTrustedKeys(trusted);
    expect(read.keys.map((k) => k.name)).toEqual(["Dana Statistician", "Kim Reviewer"]);
  });

  it("refuses a public key whose keyId was pasted from another key", async () => {
    const pub = JSON.parse(await readFile(dana.publicFile, "utf-8"));
    pub.keyId = JSON.parse(await readFile(kim.publicFile, "utf-8")).keyId;
    const forged = path.join(dir, "forged.pub.json");
    await writeFile(forged, JSON.stringify(pub));
    await expect(trustKey(forged, path.join(dir, "trusted-2.json"))).rejects.toThrow(
      /forged\.pub\.json: \[key-id-mismatch\] keyId [0-9a-f]{64} is not the SHA-256 of its publicKey/,
    );
    const list = path.join(dir, "trusted-3.json");
    await writeFile(list, JSON.stringify({ format: "trial-trusted-keys/1", keys: [pub] }));
    await expect(readTrustedKeys(list)).rejects.toThrow(/trusted-3\.json keys\[0\]: \[key-id-mismatch\]/);
  });
});
