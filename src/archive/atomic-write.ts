/**
 * Writes a file so that readers see either the old bytes or the new ones, never a part: the bytes
 * go to a temporary file in the same folder (same file system), which is then renamed over the
 * target. A failure removes the temporary file and leaves the target as it was.
 */
import { randomBytes } from "node:crypto";
import { rm, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export async function writeFileAtomic(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await writeFile(temp, data, mode === undefined ? {} : { mode });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
