/**
 * The encrypted-file format (issue 16, patient-level data only for those who hold the key), in
 * Node's WebCrypto: the round trip; a wrong passphrase; a flipped byte in the magic, the header
 * length, the header, the ciphertext and the tag, each refused naming the file; the decrypted
 * bytes' SHA-256 equals the header's; fixed salt and IV give the same bytes twice; an unknown
 * version and fewer than 600,000 PBKDF2 iterations are refused. Keys are derived a few times only
 * (about half a second each at 600,000 iterations).
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  decryptFile,
  deriveFileKey,
  encryptFile,
  EncryptedFileError,
  isEncryptedFile,
  MIN_PBKDF2_ITERATIONS,
  readEncryptedHeader,
  type FileKey,
} from "../../src/foundation/encrypted-file.ts";

const PASSPHRASE = "correct horse battery staple";
const SALT = "000102030405060708090a0b0c0d0e0f";
const IV = "a0a1a2a3a4a5a6a7a8a9aaab";
const plain = new Uint8Array(Buffer.concat([Buffer.from("PAR1"), Buffer.from("subject rows ".repeat(50)), Buffer.from("PAR1")]));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let key: FileKey;
let sealed: Uint8Array;

beforeAll(async () => {
  key = await deriveFileKey(PASSPHRASE, { name: "PBKDF2-SHA-256", iterations: MIN_PBKDF2_ITERATIONS, salt: SALT });
  sealed = await encryptFile(plain, key, { name: "subjects.parquet", iv: IV });
});

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const i = at < 0 ? copy.length + at : at;
  copy[i] = (copy[i] as number) ^ 0x01;
  return copy;
}

async function rejection(promise: Promise<unknown>): Promise<EncryptedFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EncryptedFileError);
  return error as EncryptedFileError;
}

describe("encrypted files (AES-256-GCM, PBKDF2-SHA-256 ≥ 600,000)", () => {
  it("round trip with the passphrase and with the derived key; the SHA-256 of the decrypted bytes is the header's", async () => {
    expect(isEncryptedFile(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed.subarray(0, 4))).not.toBe("PAR1");
    const { header } = readEncryptedHeader(sealed, "x");
    expect(header).toMatchObject({
      version: 1,
      name: "subjects.parquet",
      bytes: plain.length,
      kdf: { name: "PBKDF2-SHA-256", iterations: 600_000, salt: SALT },
      cipher: { name: "AES-256-GCM", iv: IV },
    });
    const byPassphrase = await decryptFile(sealed, PASSPHRASE);
    expect(Buffer.from(byPassphrase.bytes).equals(Buffer.from(plain))).toBe(true);
    expect(sha(byPassphrase.bytes)).toBe(header.sha256);
    expect(header.sha256).toBe(sha(plain));
    const byKey = await decryptFile(sealed, key);
    expect(Buffer.from(byKey.bytes).equals(Buffer.from(plain))).toBe(true);
    const byRing = await decryptFile(sealed, async () => key);
    expect(byRing.bytes.length).toBe(plain.length);
    // The plaintext does not appear in the file.
    expect(Buffer.from(sealed).includes(Buffer.from("subject rows"))).toBe(false);
  });

  it("is deterministic given a fixed salt and IV (test-only injection), random otherwise", async () => {
    const again = await encryptFile(plain, PASSPHRASE, { name: "subjects.parquet", salt: SALT, iv: IV });
    expect(sha(again)).toBe(sha(sealed));
    const random = await encryptFile(plain, key, { name: "subjects.parquet" });
    expect(sha(random)).not.toBe(sha(sealed));
    expect(readEncryptedHeader(random, "x").header.kdf.salt).toBe(SALT);
  });

  it("a wrong passphrase: 'wrong passphrase or altered file <name>'", async () => {
    const error = await rejection(decryptFile(sealed, "Correct horse battery staple", { file: "site/_file/data/built/S/2026-01/subjects.0123abcd.parquet" }));
    expect(error.rule).toBe("wrong-passphrase");
    expect(error.message).toContain("wrong passphrase or altered file site/_file/data/built/S/2026-01/subjects.0123abcd.parquet (subjects.parquet)");
    expect(error.message.split("\n")).toHaveLength(1);
  });

  it("a flipped byte in the magic, the header length, the header, the ciphertext or the tag is refused naming the file", async () => {
    const { prefixLength } = readEncryptedHeader(sealed, "x");
    const file = "archive/S/2026-01/site/subjects.enc";
    const cases: Array<[string, number, string[]]> = [
      ["magic", 0, ["not-encrypted"]],
      ["header length", 10, ["malformed-header"]],
      ["header JSON (structure)", 12, ["malformed-header"]],
      ["header: the file name", Buffer.from(sealed).indexOf("subjects.parquet") + 2, ["altered-file"]],
      ["header: the plaintext SHA-256", Buffer.from(sealed).indexOf('"sha256":"') + 12, ["altered-file", "malformed-header"]],
      ["header: the key check", Buffer.from(sealed).indexOf('"keyCheck":"') + 14, ["wrong-passphrase", "malformed-header"]],
      ["ciphertext (first byte)", prefixLength, ["altered-file"]],
      ["ciphertext (middle)", prefixLength + 100, ["altered-file"]],
      ["tag (last byte)", -1, ["altered-file"]],
      ["tag (first byte)", -16, ["altered-file"]],
    ];
    for (const [where, at, rules] of cases) {
      const error = await rejection(decryptFile(flipped(sealed, at), key, { file }));
      expect(rules, `${where}: ${error.message}`).toContain(error.rule);
      expect(error.message.startsWith(file), where).toBe(true);
      expect(error.message).not.toContain("\n");
    }
    // The same with the passphrase (the key is derived from the header's parameters).
    const error = await rejection(decryptFile(flipped(sealed, prefixLength + 5), PASSPHRASE, { file }));
    expect(error.rule).toBe("altered-file");
    expect(error.message).toContain(`altered file ${file}`);
  });

  it("a truncated file and a clear-text Parquet file are refused naming the file", async () => {
    expect((await rejection(decryptFile(sealed.subarray(0, 40), key, { file: "a.enc" }))).rule).toBe("malformed-header");
    const parquet = await rejection(decryptFile(plain, key, { file: "subjects.parquet" }));
    expect(parquet.rule).toBe("not-encrypted");
    expect(parquet.message).toContain("PAR1");
  });

  it("an unknown version and fewer than 600,000 iterations are refused", async () => {
    const { prefixLength } = readEncryptedHeader(sealed, "x");
    const rewrite = (change: (h: Record<string, unknown>) => void): Uint8Array => {
      const header = JSON.parse(new TextDecoder().decode(sealed.subarray(12, prefixLength))) as Record<string, unknown>;
      change(header);
      const json = new TextEncoder().encode(JSON.stringify(header));
      const out = new Uint8Array(12 + json.length + sealed.length - prefixLength);
      out.set(sealed.subarray(0, 8), 0);
      new DataView(out.buffer).setUint32(8, json.length, false);
      out.set(json, 12);
      out.set(sealed.subarray(prefixLength), 12 + json.length);
      return out;
    };
    const v2 = await rejection(
      decryptFile(
        rewrite((h) => (h.version = 2)),
        key,
        { file: "v2.enc" },
      ),
    );
    expect(v2.rule).toBe("unknown-version");
    expect(v2.message).toMatch(/^v2\.enc: \[unknown-version\] format version 2 is unknown/);
    const weak = await rejection(
      decryptFile(
        rewrite((h) => ((h.kdf as { iterations: number }).iterations = 100_000)),
        PASSPHRASE,
        { file: "weak.enc" },
      ),
    );
    expect(weak.rule).toBe("weak-kdf");
    expect(weak.message).toContain("100000 iterations is refused");
    expect((await rejection(encryptFile(plain, PASSPHRASE, { name: "subjects.parquet", iterations: 599_999 }))).rule).toBe("weak-kdf");
    await expect(deriveFileKey(PASSPHRASE, { name: "PBKDF2-SHA-256", iterations: 1000, salt: SALT })).rejects.toThrow(/weak-kdf/);
  });
});
