/**
 * A signer's public key as it travels (`<id>.pub.json`, and each entry of a trusted-keys file):
 * the printed name of the person, the key's id, the Ed25519 public key, and when it was made.
 *
 * keyId = SHA-256 (hex) of the raw 32-byte Ed25519 public key; `publicKey` is the base64 DER
 * SubjectPublicKeyInfo (what `openssl pkey -pubin -inform DER` reads). Reading a record checks
 * that the id is the hash of the key it carries, so an id cannot be pasted onto another key.
 */
import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import { SignatureError } from "./signature-error.ts";

export interface PublicKeyRecord {
  format: "trial-signing-key/1";
  /** The signer's printed name, as it appears on every signature made with this key (§11.50). */
  name: string;
  email?: string;
  keyId: string;
  /** Base64 DER SubjectPublicKeyInfo of the Ed25519 key. */
  publicKey: string;
  /** UTC ISO time the key pair was made. */
  created: string;
}

/** SHA-256 (hex) of the raw 32-byte Ed25519 public key. */
export function keyIdOf(publicKey: KeyObject): string {
  const x = publicKey.export({ format: "jwk" }).x;
  if (publicKey.asymmetricKeyType !== "ed25519" || typeof x !== "string") throw new Error("keyIdOf: not an Ed25519 public key");
  return createHash("sha256").update(Buffer.from(x, "base64url")).digest("hex");
}

export function publicKeyRecord(publicKey: KeyObject, name: string, created: string, email?: string): PublicKeyRecord {
  return {
    format: "trial-signing-key/1",
    name,
    ...(email ? { email } : {}),
    keyId: keyIdOf(publicKey),
    publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
    created,
  };
}

/** The key object of a record (already checked by `parsePublicKeyRecord`). */
export function publicKeyObject(record: PublicKeyRecord): KeyObject {
  return createPublicKey({ key: Buffer.from(record.publicKey, "base64"), format: "der", type: "spki" });
}

/**
 * Checks an untrusted value read from `where` (a file, or a file and an index) and returns it as a
 * record: the fields present, an Ed25519 key, and keyId equal to the key's hash.
 */
export function parsePublicKeyRecord(value: unknown, where: string): PublicKeyRecord {
  const r = value as Partial<PublicKeyRecord> | null;
  if (typeof r !== "object" || r === null || r.format !== "trial-signing-key/1")
    throw new SignatureError(where, "not-a-public-key", 'expected a public key record with format "trial-signing-key/1"');
  for (const field of ["name", "keyId", "publicKey", "created"] as const) {
    if (typeof r[field] !== "string" || (r[field] as string).trim() === "") throw new SignatureError(where, "not-a-public-key", `field ${field} is missing or empty`);
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(r.publicKey as string, "base64"), format: "der", type: "spki" });
  } catch (error) {
    throw new SignatureError(where, "not-a-public-key", `publicKey is not a DER SubjectPublicKeyInfo (${(error as Error).message})`);
  }
  if (key.asymmetricKeyType !== "ed25519") throw new SignatureError(where, "not-a-public-key", `publicKey is a ${key.asymmetricKeyType} key, not Ed25519`);
  const actual = keyIdOf(key);
  if (actual !== r.keyId) throw new SignatureError(where, "key-id-mismatch", `keyId ${r.keyId} is not the SHA-256 of its publicKey (${actual})`);
  return r as PublicKeyRecord;
}
