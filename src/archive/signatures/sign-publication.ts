/**
 * `npm run sign`: adds a signature (reviewed or approved) to a published folder. Before signing
 * it verifies the folder's hashes, seal, ledger line and chain (not the analysis re-run: run
 * `npm run verify` for that before you review), because a signature says "this manifest, and so
 * every file it lists, is what I reviewed". It refuses: a folder that does not verify
 * [not-verified], the author reviewing or approving their own report [author-self-signature],
 * a second signature of the same meaning with the same key [already-signed].
 * The new signatures.json is written whole (temporary file, rename), then the ledger line is
 * appended; if the ledger cannot be written, the previous signatures.json is put back.
 */
import path from "node:path";
import { sha256File } from "../hash-tree.ts";
import { appendLedger, type SignatureLedgerEntry } from "../ledger.ts";
import { MANIFEST_FILE, readManifest } from "../manifest.ts";
import type { PublicationRecord } from "../types.ts";
import { verifyArchive } from "../verify.ts";
import { sameName } from "./approval.ts";
import type { SigningKey } from "./key-pair.ts";
import { signManifest, type Meaning, type SignatureRecord } from "./signature-record.ts";
import { SignatureError } from "./signature-error.ts";
import { readSignatureEntries, SIGNATURES_FILE, writeSignatures } from "./signatures-file.ts";

export interface SignOptions {
  /** The publication folder `<root>/<study>/<YYYY-MM>[-rN]`. */
  folder: string;
  key: SigningKey;
  meaning: Exclude<Meaning, "authored">;
  now?: () => Date;
}

export interface Signed {
  folder: string;
  record: SignatureRecord;
}

/** The ledger's copy of a signature of `publication` (folder relative to the root: `<study>/<folder>`). */
export function signatureLedgerLine(publication: Pick<PublicationRecord, "study" | "month" | "folder">, record: SignatureRecord): SignatureLedgerEntry {
  return { kind: "signature", study: publication.study, month: publication.month, folder: `${publication.study}/${publication.folder}`, ...record };
}

/**
 * Stores a signature: signatures.json (rewritten whole) and its ledger line. No policy here; the
 * rules are `signPublication`'s (and verify's, for a file written by anything else).
 */
export async function appendSignature(folder: string, publication: PublicationRecord, record: SignatureRecord): Promise<void> {
  const root = path.dirname(path.dirname(folder));
  const before = await readSignatureEntries(folder);
  await writeSignatures(folder, [...before, record]);
  try {
    await appendLedger(root, signatureLedgerLine(publication, record));
  } catch (error) {
    await writeSignatures(folder, before);
    throw error;
  }
}

export async function signPublication(options: SignOptions): Promise<Signed> {
  const folder = path.resolve(options.folder);
  const { key, meaning } = options;
  const report = await verifyArchive(folder, { recompute: false });
  if (!report.ok)
    throw new SignatureError(
      folder,
      "not-verified",
      `does not verify, so it cannot be signed: ${report.problems[0]}${report.problems.length > 1 ? ` (and ${report.problems.length - 1} more; run npm run verify -- ${folder})` : ""}`,
    );
  const manifest = await readManifest(folder);
  const manifestSha256 = await sha256File(path.join(folder, MANIFEST_FILE));
  const entries = (await readSignatureEntries(folder)) as SignatureRecord[];
  const p = manifest.publication;
  const authors = entries.filter((e) => e.meaning === "authored");
  const isAuthor = sameName(key.record.name, p.analyst) || authors.some((a) => a.keyId === key.record.keyId || sameName(a.signer, key.record.name));
  if (isAuthor)
    throw new SignatureError(
      `${folder}/${SIGNATURES_FILE}`,
      "author-self-signature",
      `${key.record.name} (key ${key.record.keyId.slice(0, 16)}…) is the author of ${p.study} ${p.folder}; the author cannot sign it "${meaning}" (someone else must)`,
    );
  if (entries.some((e) => e.keyId === key.record.keyId && e.meaning === meaning))
    throw new SignatureError(`${folder}/${SIGNATURES_FILE}`, "already-signed", `${key.record.name} already signed ${p.study} ${p.folder} "${meaning}" with this key`);
  const signedAt = (options.now ?? (() => new Date()))().toISOString();
  const record = signManifest(key, meaning, p, manifestSha256, signedAt);
  await appendSignature(folder, p, record);
  return { folder, record };
}
