/**
 * The archive root's ledger (`ledger.jsonl`): appended and never rewritten. Two kinds of line:
 *   - a publication (no `kind` field, as in every ledger written before signatures existed):
 *     where each manifest is and its SHA-256. It gives every study its hash chain (the previous
 *     publication of a study is the study's last publication line) and a second seal of each
 *     manifest besides the folder's own `manifest.json.sha256`;
 *   - a signature (`kind: "signature"`): a copy of one electronic signature added to a folder's
 *     `signatures.json`, so that a signature removed from that file later is still on record.
 * `readLedger` returns the publication lines only (what the hash chain, the index and `verify`
 * of a root walk); `readLedgerLines` returns both kinds. A line of an unknown kind halts.
 */
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";

export const LEDGER_FILE = "ledger.jsonl";

/** A publication line. Lines written before signatures existed have no `kind`; they still read. */
export interface LedgerEntry {
  kind?: "publication";
  study: string;
  month: string;
  revision: number;
  /** Folder relative to the archive root: `SYN-CONF-C/2026-02-r1`. */
  folder: string;
  sequence: number;
  manifestSha256: string;
  publishedAt: string;
  override: boolean;
}

/** A signature line: the record of `signatures.json` with the folder it belongs to. */
export interface SignatureLedgerEntry {
  kind: "signature";
  study: string;
  month: string;
  /** Folder relative to the archive root: `SYN-CONF-C/2026-02-r1`. */
  folder: string;
  signer: string;
  keyId: string;
  meaning: string;
  signedAt: string;
  manifestSha256: string;
  signature: string;
}

export type LedgerLine = LedgerEntry | SignatureLedgerEntry;

/** The publication lines of the ledger, in file order (signature lines are skipped). */
export async function readLedger(root: string): Promise<LedgerEntry[]> {
  return (await readLedgerLines(root)).filter((line): line is LedgerEntry => line.kind !== "signature");
}

/** Every line of the ledger, publications and signatures, in file order. */
export async function readLedgerLines(root: string): Promise<LedgerLine[]> {
  const file = path.join(root, LEDGER_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf-8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      let parsed: LedgerLine;
      try {
        parsed = JSON.parse(line) as LedgerLine;
      } catch (error) {
        throw new Error(`${file}: line ${i + 1} is not valid JSON (${(error as Error).message})`);
      }
      const kind = (parsed as { kind?: unknown }).kind;
      if (kind !== undefined && kind !== "publication" && kind !== "signature") {
        throw new Error(`${file}: line ${i + 1} has kind ${JSON.stringify(kind)}; this version reads "publication" and "signature" lines only`);
      }
      return parsed;
    });
}

export async function appendLedger(root: string, entry: LedgerLine): Promise<void> {
  await appendFile(path.join(root, LEDGER_FILE), `${JSON.stringify(entry)}\n`);
}

/** The study's entries in publication order. */
export function studyEntries(ledger: LedgerEntry[], study: string): LedgerEntry[] {
  return ledger.filter((e) => e.study === study).sort((a, b) => a.sequence - b.sequence);
}

/** The folder name of a publication: `2026-02` for revision 0, `2026-02-r2` for revision 2. */
export function folderName(month: string, revision: number): string {
  return revision === 0 ? month : `${month}-r${revision}`;
}
