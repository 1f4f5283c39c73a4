/**
 * SHA-256 of every file under a folder, in a stable order (`/`-separated relative paths sorted
 * by code unit), streamed so that large files do not sit in memory.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
export function sha256File(file) {
    return new Promise((resolve, reject) => {
        const hash = createHash("sha256");
        createReadStream(file)
            .on("error", reject)
            .on("data", (chunk) => hash.update(chunk))
            .on("end", () => resolve(hash.digest("hex")));
    });
}
/** Relative paths of every regular file under `root`, sorted; symbolic links are refused. */
export async function listFiles(root) {
    const out = [];
    const walk = async (dir, prefix) => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
            const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                await walk(path.join(dir, entry.name), rel);
            else if (entry.isFile())
                out.push(rel);
            else
                throw new Error(`${path.join(dir, entry.name)}: not a regular file or folder (an archive holds only files)`);
        }
    };
    await walk(root, "");
    return out.sort();
}
/** Hashes every file under `root` except the relative paths in `exclude`. */
export async function hashTree(root, exclude = new Set()) {
    const files = (await listFiles(root)).filter((rel) => !exclude.has(rel));
    const hashed = [];
    for (const rel of files) {
        const file = path.join(root, ...rel.split("/"));
        hashed.push({ path: rel, bytes: (await stat(file)).size, sha256: await sha256File(file) });
    }
    return hashed;
}
