/**
 * Checks that a built site carries the frozen snapshot: every snapshot file that the site copied
 * (Framework writes `_file/data/built/<study>/<month>/<name>.<hash>.<ext>`) is byte-identical to
 * `data/<name>` of the archive (sub-folders hold other loaders' outputs, e.g. `models/`, and are
 * covered by the manifest's hashes only). The encrypted patient-level copies are skipped here and
 * checked by `encryption/site-encryption.ts` (decrypted, given the passphrase). Returns one line per mismatch (empty when the site agrees).
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { sha256File } from "./hash-tree.ts";

export async function siteSnapshotMismatches(siteDir: string, dataDir: string, study: string, month: string, encrypted: ReadonlySet<string> = new Set()): Promise<string[]> {
  const dir = path.join(siteDir, "_file", "data", "built", study, month);
  // The month folder's own files are the snapshot's members and analysis.json; sub-folders (models/) are other steps' outputs.
  const files = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).map((e) => e.name);
  if (files.length === 0) return [`site/_file/data/built/${study}/${month}/: the site has no snapshot files for ${study} ${month}`];
  const problems: string[] = [];
  for (const file of files) {
    // Encrypted copies (their file names in `encrypted`) are checked by encryption/site-encryption.ts.
    if (encrypted.has(file)) continue;
    const match = /^(.*)\.[0-9a-f]{8}(\.[^.]+)$/.exec(file);
    const name = match ? `${match[1]}${match[2]}` : file;
    const site = await sha256File(path.join(dir, file));
    const frozen = await sha256File(path.join(dataDir, name)).catch(() => null);
    if (frozen === null) problems.push(`site/_file/data/built/${study}/${month}/${file}: no data/${name} in the archive`);
    else if (site !== frozen) problems.push(`site/_file/data/built/${study}/${month}/${file}: SHA-256 ${site} differs from data/${name} (${frozen})`);
  }
  return problems;
}
