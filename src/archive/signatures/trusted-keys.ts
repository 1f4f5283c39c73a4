/**
 * The trusted-keys file: the public keys whose signatures a reviewer accepts. It belongs to the
 * reviewer's quality system (QMS), not to the archive: a signature proves something only against
 * a key list that the signer could not edit. `npm run keys -- trust <pub.json> --trusted-keys <file>`
 * adds a key (the file is created if absent; a key already in it is refused).
 *
 *   { "format": "trial-trusted-keys/1", "keys": [ { ...public key record, "trustedAt": "<UTC>" } ] }
 */
import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../atomic-write.ts";
import { readPublicKeyFile } from "./key-pair.ts";
import { parsePublicKeyRecord, type PublicKeyRecord } from "./public-key.ts";
import { SignatureError } from "./signature-error.ts";

export interface TrustedKey extends PublicKeyRecord {
  trustedAt: string;
}

export interface TrustedKeys {
  format: "trial-trusted-keys/1";
  keys: TrustedKey[];
}

/** Reads and checks a trusted-keys file (every key's id is re-derived from its public key). */
export async function readTrustedKeys(file: string, options: { missingIsEmpty?: boolean } = {}): Promise<TrustedKeys> {
  let text: string;
  try {
    text = await readFile(file, "utf-8");
  } catch (error) {
    if (options.missingIsEmpty && (error as NodeJS.ErrnoException).code === "ENOENT") return { format: "trial-trusted-keys/1", keys: [] };
    throw new SignatureError(file, "unreadable", `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: Partial<TrustedKeys>;
  try {
    value = JSON.parse(text) as Partial<TrustedKeys>;
  } catch (error) {
    throw new SignatureError(file, "not-json", (error as Error).message);
  }
  if (value?.format !== "trial-trusted-keys/1" || !Array.isArray(value.keys))
    throw new SignatureError(file, "not-trusted-keys", 'expected {"format": "trial-trusted-keys/1", "keys": [...]}');
  const seen = new Set<string>();
  const keys = value.keys.map((k, i) => {
    const record = parsePublicKeyRecord(k, `${file} keys[${i}]`);
    if (seen.has(record.keyId)) throw new SignatureError(`${file} keys[${i}]`, "duplicate-key", `key ${record.keyId} is listed twice`);
    seen.add(record.keyId);
    return k as TrustedKey;
  });
  return { format: "trial-trusted-keys/1", keys };
}

/** Adds the key of `publicFile` to `trustedFile` (written whole to a temporary file, then renamed). */
export async function trustKey(publicFile: string, trustedFile: string, now: () => Date = () => new Date()): Promise<TrustedKey> {
  const record = await readPublicKeyFile(publicFile);
  const trusted = await readTrustedKeys(trustedFile, { missingIsEmpty: true });
  const existing = trusted.keys.find((k) => k.keyId === record.keyId);
  if (existing) throw new SignatureError(trustedFile, "already-trusted", `already holds key ${record.keyId} (${existing.name}, trusted ${existing.trustedAt})`);
  const added: TrustedKey = { ...record, trustedAt: now().toISOString() };
  await writeFileAtomic(trustedFile, `${JSON.stringify({ format: trusted.format, keys: [...trusted.keys, added] }, null, 2)}\n`).catch((error: NodeJS.ErrnoException) => {
    throw new SignatureError(trustedFile, "unwritable", `cannot be written (${error.code ?? error.message})`);
  });
  return added;
}
