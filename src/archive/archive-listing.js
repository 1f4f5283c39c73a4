/**
 * Rewrites the archive root's index.html from the ledger and each folder's manifest (optionally
 * with verification results). The index is a convenience view: it is in no manifest, and
 * regenerating it never touches a published folder.
 */
import path from "node:path";
import { writeArchiveIndex } from "./index-page.ts";
import { readLedger } from "./ledger.ts";
import { readManifest } from "./manifest.ts";
export async function archiveEntries(root) {
    const ledger = await readLedger(root);
    return Promise.all(ledger.map(async (entry) => ({ entry, manifest: await readManifest(path.join(root, ...entry.folder.split("/"))).catch(() => null) })));
}
export async function refreshArchiveIndex(root, generatedAt, statuses) {
    const entries = (await archiveEntries(root)).map((e) => {
        const status = statuses?.get(e.entry.folder);
        return status ? { ...e, status } : e;
    });
    await writeArchiveIndex(root, entries, generatedAt);
    return entries;
}
