/**
 * `signatures.json` beside manifest.json in a publication folder: the list of signature records,
 * in the order they were made.
 *
 *   { "format": "trial-archive-signatures/1", "signatures": [ SignatureRecord, ... ] }
 *
 * Why not in the manifest: a signature covers the manifest's SHA-256, and a file cannot contain
 * a signature over its own hash; and signatures are added after publication (review, approval),
 * when the sealed manifest may no longer change. So the manifest does not list signatures.json
 * (it is in UNLISTED_FILES, like the manifest and its seal), and each signature binds itself to
 * the manifest instead: `manifestSha256` inside the signed bytes must equal the current
 * manifest's SHA-256 (verify-signatures.ts). The ledger keeps a copy of every signature line, so
 * removing one from this file is detected too.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileAtomic } from "../atomic-write.ts";
import { SignatureError } from "./signature-error.ts";

export const SIGNATURES_FILE = "signatures.json";

interface SignaturesDocument {
  format: "trial-archive-signatures/1";
  signatures: unknown[];
}

/**
 * The raw entries of a folder's signatures.json (each still to be checked: they are untrusted),
 * or [] when the folder has none. A file that is not JSON or not a signatures document is an error.
 */
export async function readSignatureEntries(folder: string): Promise<unknown[]> {
  const file = path.join(folder, SIGNATURES_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf-8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new SignatureError(file, "unreadable", `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: Partial<SignaturesDocument>;
  try {
    value = JSON.parse(text) as Partial<SignaturesDocument>;
  } catch (error) {
    throw new SignatureError(file, "not-json", (error as Error).message);
  }
  if (value?.format !== "trial-archive-signatures/1" || !Array.isArray(value.signatures))
    throw new SignatureError(file, "not-signatures", 'expected {"format": "trial-archive-signatures/1", "signatures": [...]}');
  return value.signatures;
}

/** Writes the folder's signatures.json whole (temporary file, then rename). */
export async function writeSignatures(folder: string, signatures: readonly unknown[]): Promise<void> {
  const document: SignaturesDocument = { format: "trial-archive-signatures/1", signatures: [...signatures] };
  await writeFileAtomic(path.join(folder, SIGNATURES_FILE), `${JSON.stringify(document, null, 2)}\n`);
}
