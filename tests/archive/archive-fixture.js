/**
 * Helpers for the archive tests: a temporary archive root, the project root, flipping one byte of
 * a file (and restoring it), and rewriting a manifest with its seal and ledger line (a forgery that
 * only the re-computation can catch).
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sha256File } from "../../src/archive/hash-tree.ts";
import { LEDGER_FILE } from "../../src/archive/ledger.ts";
import { manifestBytes, MANIFEST_FILE, SEAL_FILE } from "../../src/archive/manifest.ts";
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const tempArchiveRoot = (label) => mkdtemp(path.join(tmpdir(), `archive-${label}-`));
/** Flips the bits of the byte at `offset` (from the end when negative); returns a restore function. */
export async function flipByte(file, offset = -1) {
    const original = await readFile(file);
    const changed = Buffer.from(original);
    const at = offset < 0 ? changed.length + offset : offset;
    changed[at] = changed[at] ^ 0xff;
    await writeFile(file, changed);
    return () => writeFile(file, original);
}
/** Rewrites manifest.json, its seal and its ledger line consistently; returns a restore function. */
export async function forgeManifest(root, folder, change) {
    const file = path.join(folder, MANIFEST_FILE);
    const originals = await Promise.all([file, path.join(folder, SEAL_FILE), path.join(root, LEDGER_FILE)].map(async (f) => [f, await readFile(f)]));
    const oldHash = await sha256File(file);
    const manifest = JSON.parse(await readFile(file, "utf-8"));
    change(manifest);
    await writeFile(file, manifestBytes(manifest));
    const newHash = await sha256File(file);
    await writeFile(path.join(folder, SEAL_FILE), `${newHash}  ${MANIFEST_FILE}\n`);
    const ledger = await readFile(path.join(root, LEDGER_FILE), "utf-8");
    await writeFile(path.join(root, LEDGER_FILE), ledger.replace(oldHash, newHash));
    return async () => {
        for (const [f, bytes] of originals)
            await writeFile(f, bytes);
    };
}
