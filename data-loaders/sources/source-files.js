/** SHA-256 and size of each input file of a real study, for `snapshot.json` (`source_files`). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sha256Hex } from "../snapshot/sha256.ts";
/**
 * @param files absolute paths of the files read
 * @param base the directory paths are recorded relative to (so that the record does not depend on
 *   where the data sits on this machine)
 */
export function sourceFileRecords(files, base) {
    return files.map((file) => {
        const bytes = readFileSync(file);
        return { path: path.relative(base, file).split(path.sep).join("/"), sha256: sha256Hex(bytes), bytes: bytes.length };
    });
}
