/**
 * One electronic signature of an archived publication (21 CFR 11.50, 11.70): who signed (printed
 * name and key id), what the signature means, when (UTC), and which manifest it covers.
 *
 * The signed bytes are the canonical JSON (canonical-json.ts) of
 *   {format, study, month, folder, manifestSha256, signer, keyId, meaning, signedAt}
 * where study, month and folder are the publication's (`SYN-CONF-C`, `2026-02`, `2026-02-r1`).
 * Verification rebuilds those bytes from the folder being verified, never from the record, so a
 * signature copied into another publication's signatures.json, or with its name, meaning or time
 * edited, no longer verifies (§11.70: a signature cannot be excised, copied or transferred).
 * `format` separates these bytes from anything else the key might ever sign.
 */
import { sign, verify, type KeyObject } from "node:crypto";
import type { PublicationRecord } from "../types.ts";
import { canonicalJson } from "./canonical-json.ts";
import type { SigningKey } from "./key-pair.ts";

export const SIGNATURE_FORMAT = "trial-archive-signature/1";
export const MEANINGS = ["authored", "reviewed", "approved"] as const;
export type Meaning = (typeof MEANINGS)[number];

export interface SignatureRecord {
  signer: string;
  keyId: string;
  meaning: Meaning;
  /** UTC ISO time of signing. */
  signedAt: string;
  /** SHA-256 of the manifest.json bytes this signature covers. */
  manifestSha256: string;
  /** Base64 Ed25519 signature (64 bytes) over `signedBytes`. */
  signature: string;
}

/** The publication a signature belongs to, as the folder being verified records it. */
export type SignedPublication = Pick<PublicationRecord, "study" | "month" | "folder">;

export function signedBytes(record: Omit<SignatureRecord, "signature">, publication: SignedPublication): Buffer {
  return Buffer.from(
    canonicalJson({
      format: SIGNATURE_FORMAT,
      study: publication.study,
      month: publication.month,
      folder: publication.folder,
      manifestSha256: record.manifestSha256,
      signer: record.signer,
      keyId: record.keyId,
      meaning: record.meaning,
      signedAt: record.signedAt,
    }),
    "utf-8",
  );
}

/** Signs a publication's manifest with `key` for `meaning`. */
export function signManifest(key: SigningKey, meaning: Meaning, publication: SignedPublication, manifestSha256: string, signedAt: string): SignatureRecord {
  const unsigned = { signer: key.record.name, keyId: key.record.keyId, meaning, signedAt, manifestSha256 };
  return { ...unsigned, signature: sign(null, signedBytes(unsigned, publication), key.privateKey).toString("base64") };
}

/** True when `record.signature` is a valid Ed25519 signature by `publicKey` over the rebuilt bytes. */
export function signatureHolds(record: SignatureRecord, publication: SignedPublication, publicKey: KeyObject): boolean {
  const signature = Buffer.from(record.signature, "base64");
  return signature.length === 64 && verify(null, signedBytes(record, publication), publicKey, signature);
}

/** Why an untrusted value is not a signature record (null when it is one). */
export function malformedReason(value: unknown): string | null {
  const r = value as Partial<Record<keyof SignatureRecord, unknown>> | null;
  if (typeof r !== "object" || r === null) return "not an object";
  for (const field of ["signer", "keyId", "meaning", "signedAt", "manifestSha256", "signature"] as const) {
    if (typeof r[field] !== "string" || (r[field] as string).trim() === "") return `field ${field} is missing or empty`;
  }
  if (!(MEANINGS as readonly unknown[]).includes(r.meaning)) return `meaning ${JSON.stringify(r.meaning)} is not one of ${MEANINGS.join(", ")}`;
  if (!/^[0-9a-f]{64}$/.test(r.keyId as string)) return "keyId is not 64 hex digits";
  if (!/^[0-9a-f]{64}$/.test(r.manifestSha256 as string)) return "manifestSha256 is not 64 hex digits";
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(r.signedAt as string) || Number.isNaN(Date.parse(r.signedAt as string)))
    return `signedAt ${JSON.stringify(r.signedAt)} is not a UTC ISO time`;
  if (!/^[A-Za-z0-9+/]{86}==$/.test(r.signature as string)) return "signature is not a base64 Ed25519 signature (64 bytes)";
  return null;
}
