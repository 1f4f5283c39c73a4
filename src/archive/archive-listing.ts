/**
 * Rewrites the archive root's index.html from the ledger and each folder's manifest and
 * signatures (optionally with verification results, and with the signatures checked against a
 * trusted-keys file). The index is a convenience view: it is in no manifest, and regenerating it
 * never touches a published folder.
 */
import path from "node:path";
import { sha256File } from "./hash-tree.ts";
import { writeArchiveIndex, type IndexEntry } from "./index-page.ts";
import { readLedgerLines, type LedgerEntry } from "./ledger.ts";
import { MANIFEST_FILE, readManifest } from "./manifest.ts";
import { readSignatureEntries } from "./signatures/signatures-file.ts";
import type { TrustedKeys } from "./signatures/trusted-keys.ts";
import { checkSignatures } from "./signatures/verify-signatures.ts";

export async function archiveEntries(root: string, trustedKeys?: TrustedKeys): Promise<IndexEntry[]> {
  const lines = await readLedgerLines(root);
  const publications = lines.filter((l): l is LedgerEntry => l.kind !== "signature");
  return Promise.all(
    publications.map(async (entry) => {
      const folder = path.join(root, ...entry.folder.split("/"));
      const manifest = await readManifest(folder).catch(() => null);
      if (!manifest) return { entry, manifest };
      const [entries, manifestSha256] = await Promise.all([readSignatureEntries(folder).catch(() => null), sha256File(path.join(folder, MANIFEST_FILE)).catch(() => null)]);
      if (entries === null || manifestSha256 === null) return { entry, manifest };
      return { entry, manifest, signatures: checkSignatures({ rel: entry.folder, manifest, manifestSha256, entries, ledger: lines, trustedKeys }) };
    }),
  );
}

export async function refreshArchiveIndex(
  root: string,
  generatedAt: string,
  statuses?: ReadonlyMap<string, { ok: boolean; summary: string }>,
  trustedKeys?: TrustedKeys,
): Promise<IndexEntry[]> {
  const entries = (await archiveEntries(root, trustedKeys)).map((e) => {
    const status = statuses?.get(e.entry.folder);
    return status ? { ...e, status } : e;
  });
  await writeArchiveIndex(root, entries, generatedAt);
  return entries;
}
