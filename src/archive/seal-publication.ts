/**
 * The last step of a publication, once every file is in the staging folder: write and seal the
 * manifest, sign it "authored" when a key is given (signatures.json, beside the manifest and not
 * in it: the signature covers the manifest's SHA-256), rename the staging folder into place, and
 * record it in the archive root's ledger: the publication line, then the signature line. Shared
 * by `publish` and the archive tests' fixture folders, so the signing path is tested without a
 * site build.
 */
import { chmod, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { appendLedger } from "./ledger.ts";
import { writeManifest } from "./manifest.ts";
import type { SigningKey } from "./signatures/key-pair.ts";
import { signatureLedgerLine } from "./signatures/sign-publication.ts";
import { signManifest, type SignatureRecord } from "./signatures/signature-record.ts";
import { writeSignatures } from "./signatures/signatures-file.ts";
import type { Manifest } from "./types.ts";

export interface SealOptions {
  staging: string;
  archiveRoot: string;
  /** The manifest to write (its `files` already hashed from the staging folder). */
  manifest: Manifest;
  signingKey?: SigningKey;
  now: () => Date;
}

export interface Sealed {
  folder: string;
  manifestSha256: string;
  authored: SignatureRecord | null;
}

export async function sealPublication(options: SealOptions): Promise<Sealed> {
  const { staging, archiveRoot, manifest, signingKey } = options;
  const p = manifest.publication;
  const target = path.join(archiveRoot, p.study, p.folder);
  const manifestSha256 = await writeManifest(staging, manifest);
  const authored = signingKey ? signManifest(signingKey, "authored", p, manifestSha256, options.now().toISOString()) : null;
  if (authored) await writeSignatures(staging, [authored]);
  await mkdir(path.join(archiveRoot, p.study), { recursive: true });
  await chmod(staging, 0o755);
  await rename(staging, target);
  await appendLedger(archiveRoot, {
    study: p.study,
    month: p.month,
    revision: p.revision,
    folder: `${p.study}/${p.folder}`,
    sequence: manifest.sequence,
    manifestSha256,
    publishedAt: p.publishedAt,
    override: p.override !== null,
  });
  if (authored) await appendLedger(archiveRoot, signatureLedgerLine(p, authored));
  return { folder: target, manifestSha256, authored };
}
