/**
 * Where the tests find the real CDISC pilot files: `$CDISC_DATA_DIR`, else
 * `../shared/data/cdiscpilot01` beside the repository. They are public data supplied outside the
 * repository (never committed). CI has them, so a missing directory fails the tests loudly rather
 * than skipping them.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
/** The repository root (this file is tests/data-loaders/readers/cdisc-data.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** The CDISC pilot data directory; throws when it is absent. */
export function cdiscDataDir() {
    const dir = process.env.CDISC_DATA_DIR ?? path.resolve(repoRoot, "../shared/data/cdiscpilot01");
    const probe = path.join(dir, "sdtm", "dm.xpt");
    if (!existsSync(probe)) {
        throw new Error(`CDISC pilot data not found: ${probe} does not exist. These tests read the real files; ` +
            `put them at ../shared/data/cdiscpilot01 beside the repository or set CDISC_DATA_DIR.`);
    }
    return dir;
}
