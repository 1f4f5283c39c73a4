/**
 * A signer's key pair on disk, made by `npm run keys -- new`:
 *   <dir>/<id>.key.pem   the Ed25519 private key, encrypted (private-key-file.ts), mode 0600
 *   <dir>/<id>.pub.json  the public key record (public-key.ts) to hand to the reviewer's QMS
 * where <id> is the first 16 hex digits of the key id. `loadSigningKey` opens a key file with its
 * passphrase and reads the .pub.json beside it, checking that both hold the same key.
 */
import { generateKeyPairSync, createPublicKey, type KeyObject } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../atomic-write.ts";
import { decryptPrivateKey, encryptPrivateKey, keyIdOfKeyFile } from "./private-key-file.ts";
import { keyIdOf, parsePublicKeyRecord, publicKeyRecord, type PublicKeyRecord } from "./public-key.ts";
import { SignatureError } from "./signature-error.ts";

export const KEY_SUFFIX = ".key.pem";
export const PUBLIC_SUFFIX = ".pub.json";

/** A decrypted private key and the public record of the same key (name, key id). */
export interface SigningKey {
  privateKey: KeyObject;
  record: PublicKeyRecord;
  /** The key file it was read from. */
  file: string;
}

export interface NewKeyOptions {
  name: string;
  email?: string;
  outDir: string;
  passphrase: string;
  now?: () => Date;
}

export interface NewKeyFiles {
  keyFile: string;
  publicFile: string;
  record: PublicKeyRecord;
}

export async function createKeyPair(options: NewKeyOptions): Promise<NewKeyFiles> {
  const name = options.name.trim().replace(/\s+/g, " ");
  if (name === "") throw new SignatureError("--name", "no-name", 'a key needs the printed name of its owner (--name "Dana Statistician")');
  const email = options.email?.trim();
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new SignatureError("--email", "bad-email", `${JSON.stringify(options.email)} is not an e-mail address`);
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const record = publicKeyRecord(publicKey, name, (options.now ?? (() => new Date()))().toISOString(), email);
  const id = record.keyId.slice(0, 16);
  await mkdir(options.outDir, { recursive: true });
  const keyFile = path.join(options.outDir, `${id}${KEY_SUFFIX}`);
  const publicFile = path.join(options.outDir, `${id}${PUBLIC_SUFFIX}`);
  for (const file of [keyFile, publicFile]) if (existsSync(file)) throw new SignatureError(file, "exists", "already exists; a key file is never overwritten");
  await writeFileAtomic(keyFile, encryptPrivateKey(privateKey, record.keyId, options.passphrase), 0o600);
  try {
    await writeFileAtomic(publicFile, `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    await rm(keyFile, { force: true }); // a key pair is written whole or not at all
    throw error;
  }
  return { keyFile, publicFile, record };
}

/** Reads and checks a `.pub.json` file. */
export async function readPublicKeyFile(file: string): Promise<PublicKeyRecord> {
  let text: string;
  try {
    text = await readFile(file, "utf-8");
  } catch (error) {
    throw new SignatureError(file, "unreadable", `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SignatureError(file, "not-json", (error as Error).message);
  }
  return parsePublicKeyRecord(value, file);
}

/** The .pub.json beside a key file (`x.key.pem` → `x.pub.json`). */
export function publicFileOf(keyFile: string): string {
  return keyFile.endsWith(KEY_SUFFIX) ? keyFile.slice(0, -KEY_SUFFIX.length) + PUBLIC_SUFFIX : `${keyFile}${PUBLIC_SUFFIX}`;
}

/** The key id a key file holds, without decrypting it (to name the key in a passphrase prompt). */
export async function keyFileId(keyFile: string): Promise<string> {
  const pem = await readFile(keyFile, "utf-8").catch((error: NodeJS.ErrnoException) => {
    throw new SignatureError(keyFile, "unreadable", `cannot be read (${error.code ?? error.message})`);
  });
  return keyIdOfKeyFile(pem, keyFile);
}

/** Opens `keyFile` with `passphrase`; its .pub.json must be beside it and hold the same key. */
export async function loadSigningKey(keyFile: string, passphrase: string): Promise<SigningKey> {
  const file = path.resolve(keyFile);
  const pem = await readFile(file, "utf-8").catch((error: NodeJS.ErrnoException) => {
    throw new SignatureError(file, "unreadable", `cannot be read (${error.code ?? error.message})`);
  });
  const { privateKey, keyId } = decryptPrivateKey(pem, passphrase, file);
  const actual = keyIdOf(createPublicKey(privateKey));
  if (actual !== keyId) throw new SignatureError(file, "key-id-mismatch", `says it holds key ${keyId} but holds ${actual}`);
  const publicFile = publicFileOf(file);
  const record = await readPublicKeyFile(publicFile);
  if (record.keyId !== keyId) throw new SignatureError(publicFile, "key-id-mismatch", `is the public key ${record.keyId}, not the key ${keyId} of ${path.basename(file)}`);
  return { privateKey, record, file };
}
